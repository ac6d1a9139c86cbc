import { createHash, randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseForTests, type Database } from '@/db/client';
import { getApproverHome } from '@/db/queries/decision-home';
import { getDecisionCandidates, getDecisionForViewer, listDecisionsForViewer, readCertificate, readDecisionDocument } from '@/db/queries/decision-pages';
import { verifyCode, VERIFY_RATE_LIMIT } from '@/db/queries/decision-verification';
import { revokeNomination } from '@/db/queries/workflow/actions';
import { createDecisionDraft, declineDecisionItem, discardDecisionDraft, issueDecisionDraft, removeDecisionItem, updateDecisionDraft } from '@/db/queries/workflow/decisions';
import { auditEvents, awardHistory, awardTypes, decisionItems, decisionRecipients, decisions, documentBlobs, households, nominations, people, rateLimitHits, units } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
import { pdfText } from './pdf-text';
import { contextOf, verifyChain, viewerOf } from './workflow-helpers';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error.refusal;
    throw error;
  }
  throw new Error('expected a refusal');
}

const HEADER = {
  signerName: 'Trịnh Văn Lâm',
  signerTitleVi: 'Chủ tịch UBND tỉnh',
  signerTitleEn: 'Chairman of the Provincial People’s Committee',
  legalBases: 'Luật Tổ chức chính quyền địa phương\nLuật Thi đua, khen thưởng số 06/2022/QH15\nTờ trình số 351/TTr-SNV ngày 23/11/2026 của Sở Nội vụ',
};

/** The nomination of a reserved nominee (a unit by code, a person by full name, a household by its head). */
async function nominationOf(database: Database, nominee: { unit: string } | { person: string } | { household: string }) {
  const db = database.db;
  const where =
    'unit' in nominee
      ? inArray(nominations.nomineeUnitId, db.select({ id: units.id }).from(units).where(eq(units.code, nominee.unit)))
      : 'person' in nominee
        ? inArray(nominations.nomineePersonId, db.select({ id: people.id }).from(people).where(eq(people.fullName, nominee.person)))
        : inArray(nominations.nomineeHouseholdId, db.select({ id: households.id }).from(households).where(eq(households.headName, nominee.household)));
  const [row] = await db.select().from(nominations).where(and(where, eq(nominations.status, 'awaiting_decision')));
  if (!row) throw new Error(`no nomination awaiting a decision for ${JSON.stringify(nominee)}`);
  return row;
}

/** Everything a refused decision action must leave as it was. */
async function decisionSnapshot(database: Database): Promise<string> {
  const db = database.db;
  const rows = await db.select({ id: nominations.id, status: nominations.status, version: nominations.version }).from(nominations).orderBy(asc(nominations.id));
  const [events] = await db.select({ n: count() }).from(auditEvents);
  const ds = await db.select({ id: decisions.id, state: decisions.state, number: decisions.number, signedOn: decisions.signedOn, sha: decisions.documentSha256 }).from(decisions).orderBy(asc(decisions.id));
  const items = await db.select().from(decisionItems).orderBy(asc(decisionItems.decisionId), asc(decisionItems.position));
  const [recipients] = await db.select({ n: count() }).from(decisionRecipients);
  const [history] = await db.select({ n: count() }).from(awardHistory);
  const [blobs] = await db.select({ n: count() }).from(documentBlobs);
  return JSON.stringify({ rows, events: events?.n, ds, items, recipients: recipients?.n, history: history?.n, blobs: blobs?.n });
}

describeEachDatabase(
  'the approver’s decision: draft, edit, decline, issue, documents, verification',
  (get) => {
    let approver: Viewer;
    let auditor: Viewer;
    beforeAll(async () => {
      setDatabaseForTests(get());
      approver = await viewerOf(get(), 'chutich');
      auditor = await viewerOf(get(), 'thanhtra');
    });

    const draft = (refs: { id: number; version: number }[], number: string, signedOn: string, viewer = approver) =>
      createDecisionDraft(contextOf(viewer), { idempotencyKey: randomUUID(), number, signedOn, ...HEADER, nominations: refs });

    let issuedId = 0;

    it('drafts from nominations awaiting a decision, prizes live at the base salary of the date, declines one, issues the rest with their golden-book numbers, prizes, history and stored PDF', async () => {
      const flag = await nominationOf(get(), { unit: 'P-HOALU' });
      const household = await nominationOf(get(), { household: 'Đinh Công Tráng' });
      const duc = await nominationOf(get(), { person: 'Hoàng Minh Đức' });
      const candidates = await getDecisionCandidates(approver);
      const offered = candidates!.groups.flatMap((g) => g.items.map((i) => i.id));
      expect(offered).toEqual(expect.arrayContaining([flag.id, household.id, duc.id]));

      // Dated the first day of the higher base salary: 8.0 × 2,530,000 and 1.0 × 2,530,000 × 1.5.
      const created = await draft([duc, household, flag].map((n) => ({ id: n.id, version: n.version })), '501/QĐ-UBND', '2026-07-01');
      let page = (await getDecisionForViewer(approver, created.decisionId))!;
      expect(page.state).toBe('draft');
      expect(page.canEdit).toBe(true);
      // Golden-book order: by award in the catalogue (the flag first), then the individual, then the household.
      expect(page.items.map((i) => [i.goldenBookNo, i.nominationId])).toEqual([
        [1, flag.id],
        [2, duc.id],
        [3, household.id],
      ]);
      expect(page.items.map((i) => i.prizeVnd)).toEqual([20_240_000, 2_530_000, 3_795_000]);
      expect(page.baseSalary?.amountVnd).toBe(2_530_000);
      // The candidates no longer offer what a draft holds.
      const after = (await getDecisionCandidates(approver))!.groups.flatMap((g) => g.items.map((i) => i.id));
      expect(after).not.toContain(flag.id);

      // The day before: the base salary then in force, 2,340,000.
      await updateDecisionDraft(contextOf(approver), { decisionId: created.decisionId, number: '501/QĐ-UBND', signedOn: '2026-06-30', ...HEADER });
      page = (await getDecisionForViewer(approver, created.decisionId))!;
      expect(page.items.map((i) => i.prizeVnd)).toEqual([18_720_000, 2_340_000, 3_510_000]);
      expect(page.totalPrizeVnd).toBe(24_570_000);

      // The auditor reads, and changes nothing.
      const read = (await getDecisionForViewer(auditor, created.decisionId))!;
      expect(read.canEdit).toBe(false);
      const before = await decisionSnapshot(get());
      expect(await refusal(issueDecisionDraft(contextOf(auditor), { decisionId: created.decisionId, fingerprint: page.fingerprint!, idempotencyKey: randomUUID() }))).toBe('role_not_permitted');
      expect(await refusal(removeDecisionItem(contextOf(auditor), { decisionId: created.decisionId, nominationId: duc.id }))).toBe('role_not_permitted');
      // A unit head learns nothing about it.
      const head = await viewerOf(get(), 'thutruong.hoalu');
      expect(await getDecisionForViewer(head, created.decisionId)).toBeNull();
      expect(await refusal(removeDecisionItem(contextOf(head), { decisionId: created.decisionId, nominationId: duc.id }))).toBe('not_found');
      expect(await decisionSnapshot(get())).toBe(before);

      // Declining one: rejected with its reason, out of the draft.
      const ducNow = page.items.find((i) => i.nominationId === duc.id)!;
      const declined = await declineDecisionItem(contextOf(approver), { decisionId: created.decisionId, nominationId: duc.id, version: ducNow.version, reason: 'Thành tích chưa tiêu biểu so với các trường hợp cùng đợt.', idempotencyKey: randomUUID() });
      expect(declined).toMatchObject({ from: 'awaiting_decision', to: 'rejected' });
      const [rejectEvent] = await get().db.select().from(auditEvents).where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, duc.id), eq(auditEvents.action, 'reject')));
      expect(rejectEvent).toMatchObject({ reason: 'Thành tích chưa tiêu biểu so với các trường hợp cùng đợt.', role: 'approver', toStatus: 'rejected' });
      page = (await getDecisionForViewer(approver, created.decisionId))!;
      expect(page.items.map((i) => [i.goldenBookNo, i.nominationId])).toEqual([
        [1, flag.id],
        [2, household.id],
      ]);

      // A stale page is refused, and changes nothing.
      const stale = page.fingerprint!;
      await updateDecisionDraft(contextOf(approver), { decisionId: created.decisionId, number: '501/QĐ-UBND', signedOn: '2026-06-30', ...HEADER, legalBases: `${HEADER.legalBases}\nQuy chế công tác thi đua, khen thưởng tỉnh Ninh Bình` });
      const beforeStale = await decisionSnapshot(get());
      expect(await refusal(issueDecisionDraft(contextOf(approver), { decisionId: created.decisionId, fingerprint: stale, idempotencyKey: randomUUID() }))).toBe('decision_changed');
      expect(await decisionSnapshot(get())).toBe(beforeStale);

      // Issued: both approved in one transaction, in golden-book order.
      page = (await getDecisionForViewer(approver, created.decisionId))!;
      const key = randomUUID();
      const eventsBefore = await verifyChain(get());
      const result = await issueDecisionDraft(contextOf(approver, key), { decisionId: created.decisionId, fingerprint: page.fingerprint!, idempotencyKey: key });
      expect(result.approved.map((a) => [a.nominationId, a.to])).toEqual([
        [flag.id, 'approved'],
        [household.id, 'approved'],
      ]);
      expect(await verifyChain(get())).toBe(eventsBefore + 2);
      // The same form again: the first result, nothing new.
      const again = await issueDecisionDraft(contextOf(approver, key), { decisionId: created.decisionId, fingerprint: page.fingerprint!, idempotencyKey: key });
      expect(again.decisionId).toBe(result.decisionId);
      expect(await verifyChain(get())).toBe(eventsBefore + 2);

      const recipients = await get().db.select().from(decisionRecipients).where(eq(decisionRecipients.decisionId, created.decisionId)).orderBy(asc(decisionRecipients.goldenBookNo));
      expect(recipients.map((r) => [r.goldenBookNo, r.nominationId, r.baseSalaryVnd, r.prizeVnd])).toEqual([
        [1, flag.id, 2_340_000, 18_720_000],
        [2, household.id, 2_340_000, 3_510_000],
      ]);
      const history = await get().db.select().from(awardHistory).where(inArray(awardHistory.nominationId, [flag.id, household.id])).orderBy(asc(awardHistory.nominationId));
      expect(history).toHaveLength(2);
      for (const h of history) expect(h).toMatchObject({ decisionNumber: '501/QĐ-UBND', decisionDate: '2026-06-30', year: 2026 });
      expect(history.map((h) => h.titleCode).sort()).toEqual(['certificate_household', 'provincial_flag']);

      // The stored document: its hash recorded, in each approval's audit event too, and re-checked on reading.
      const [issued] = await get().db.select().from(decisions).where(eq(decisions.id, created.decisionId));
      expect(issued).toMatchObject({ state: 'issued', year: 2026 });
      const file = (await readDecisionDocument(auditor, created.decisionId))!;
      expect(file.draft).toBe(false);
      expect(createHash('sha256').update(file.bytes).digest('hex')).toBe(issued!.documentSha256);
      const approvals = await get().db.select().from(auditEvents).where(and(eq(auditEvents.action, 'approve'), inArray(auditEvents.entityId, [flag.id, household.id])));
      for (const e of approvals) expect(e.payload).toMatchObject({ decision: '501/QĐ-UBND', documentSha256: issued!.documentSha256 });
      const text = pdfText(file.bytes);
      for (const s of ['ỦY BAN NHÂN DÂN', 'TỈNH NINH BÌNH', 'Số: 501/QĐ-UBND', 'Ninh Bình, ngày 30 tháng 06 năm 2026', 'QUYẾT ĐỊNH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Nơi nhận:', 'Trịnh Văn Lâm', 'Phường Hoa Lư', 'Đinh Công Tráng', '18.720.000', '3.510.000', '22.230.000', 'DANH SÁCH', issued!.verificationCode]) {
        expect(text).toContain(s);
      }
      expect(text).not.toContain('Hoàng Minh Đức');
      expect(text).not.toContain('DỰ THẢO');
      // Golden-book numbers in the attached list, in order.
      expect(text).toMatch(/1 +Phường Hoa Lư[\s\S]*2 +Hộ ông\/bà Đinh/);

      // Nobody outside the province's readers gets it.
      expect(await readDecisionDocument(head, created.decisionId)).toBeNull();
      issuedId = created.decisionId;

      // The certificate of each recipient: the flag's for its ward's staff, nobody else's.
      const flagRecipient = recipients.find((r) => r.nominationId === flag.id)!;
      const cert = (await readCertificate(head, created.decisionId, flagRecipient.id))!;
      const certText = pdfText(cert.bytes);
      for (const s of ['CỜ THI ĐUA', 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', 'Phường Hoa Lư', 'Quyết định số 501/QĐ-UBND ngày 30/06/2026', 'Số sổ vàng: 1', flagRecipient.certificateCode, 'Trịnh Văn Lâm']) expect(certText).toContain(s);
      const householdRecipient = recipients.find((r) => r.nominationId === household.id)!;
      const otherHead = await viewerOf(get(), 'thutruong.phuly');
      expect(await readCertificate(otherHead, created.decisionId, flagRecipient.id)).toBeNull();
      expect(await readCertificate(head, created.decisionId, householdRecipient.id)).toBeNull();
      const householdText = pdfText((await readCertificate(auditor, created.decisionId, householdRecipient.id))!.bytes);
      for (const s of ['BẰNG KHEN', 'Hộ ông/bà Đinh Công Tráng', 'Số sổ vàng: 2']) expect(householdText).toContain(s);
      // A recipient id of another decision answers nothing.
      expect(await readCertificate(auditor, created.decisionId + 1000, householdRecipient.id)).toBeNull();

      // An issued decision is no draft any more.
      expect(await refusal(removeDecisionItem(contextOf(approver), { decisionId: created.decisionId, nominationId: flag.id }))).toBe('decision_not_draft');
      const list = (await listDecisionsForViewer(auditor, { state: 'issued' }))!;
      expect(list.rows.find((r) => r.id === created.decisionId)).toMatchObject({ number: '501/QĐ-UBND', recipients: 2, state: 'issued' });
      expect(list.canDraft).toBe(false);
    });

    it('keeps numbers unique per issuer and year: a second use is refused, the same number next year is allowed', async () => {
      const syte = await nominationOf(get(), { unit: 'S-YTE' });
      const cucphuong = await nominationOf(get(), { unit: 'X-CUCPHUONG' });
      const before = await decisionSnapshot(get());
      // 501 is the decision issued above (2026).
      expect(await refusal(draft([{ id: syte.id, version: syte.version }], '501/QĐ-UBND', '2026-12-01'))).toBe('decision_number_taken');
      expect(await decisionSnapshot(get())).toBe(before);
      const first = await draft([{ id: syte.id, version: syte.version }], '502/QĐ-UBND', '2026-12-01');
      const beforeSecond = await decisionSnapshot(get());
      expect(await refusal(draft([{ id: cucphuong.id, version: cucphuong.version }], '502/QĐ-UBND', '2026-12-02'))).toBe('decision_number_taken');
      // A nomination in one draft cannot go in another.
      expect(await refusal(draft([{ id: syte.id, version: syte.version }], '503/QĐ-UBND', '2026-12-01'))).toBe('decision_item_elsewhere');
      expect(await decisionSnapshot(get())).toBe(beforeSecond);
      const nextYear = await draft([{ id: cucphuong.id, version: cucphuong.version }], '502/QĐ-UBND', '2027-01-05');
      expect(nextYear.decisionId).not.toBe(first.decisionId);
      // Moving the next year's draft back into 2026 would take a number already used there.
      expect(await refusal(updateDecisionDraft(contextOf(approver), { decisionId: nextYear.decisionId, number: '502/QĐ-UBND', signedOn: '2026-12-30', ...HEADER }))).toBe('decision_number_taken');
      // Discarding frees the number; the nominations stay awaiting a decision.
      await discardDecisionDraft(contextOf(approver), { decisionId: nextYear.decisionId });
      await discardDecisionDraft(contextOf(approver), { decisionId: first.decisionId });
      const reused = await draft([{ id: syte.id, version: syte.version }], '502/QĐ-UBND', '2026-12-01');
      expect(reused.decisionId).toBeGreaterThan(0);
      await discardDecisionDraft(contextOf(approver), { decisionId: reused.decisionId });
      const [still] = await get().db.select({ status: nominations.status }).from(nominations).where(eq(nominations.id, cucphuong.id));
      expect(still?.status).toBe('awaiting_decision');
    });

    it('refuses to issue when an item no longer awaits a decision, and changes nothing; removing it makes the draft issuable', async () => {
      const toan = await nominationOf(get(), { person: 'Vũ Văn Toàn' });
      const syte = await nominationOf(get(), { unit: 'S-YTE' });
      const created = await draft([toan, syte].map((n) => ({ id: n.id, version: n.version })), '504/QĐ-UBND', '2026-11-26');
      // Meanwhile the appraiser put one on hold (a complaint arrived).
      await get().db.update(nominations).set({ status: 'on_hold', heldFrom: 'awaiting_decision', version: toan.version + 1 }).where(eq(nominations.id, toan.id));
      const page = (await getDecisionForViewer(approver, created.decisionId))!;
      const before = await decisionSnapshot(get());
      expect(await refusal(issueDecisionDraft(contextOf(approver), { decisionId: created.decisionId, fingerprint: page.fingerprint!, idempotencyKey: randomUUID() }))).toBe('decision_item_not_awaiting');
      expect(await decisionSnapshot(get())).toBe(before);
      await removeDecisionItem(contextOf(approver), { decisionId: created.decisionId, nominationId: toan.id });
      const ready = (await getDecisionForViewer(approver, created.decisionId))!;
      expect(ready.items.map((i) => [i.goldenBookNo, i.nominationId])).toEqual([[1, syte.id]]);
      const issued = await issueDecisionDraft(contextOf(approver), { decisionId: created.decisionId, fingerprint: ready.fingerprint!, idempotencyKey: randomUUID() });
      expect(issued.approved.map((a) => a.to)).toEqual(['approved']);
      const [recipient] = await get().db.select().from(decisionRecipients).where(eq(decisionRecipients.decisionId, created.decisionId));
      // A collective's certificate: 1.0 × 2,530,000.
      expect(recipient).toMatchObject({ goldenBookNo: 1, prizeVnd: 2_530_000, baseSalaryVnd: 2_530_000 });
      await verifyChain(get());
    });

    it('refuses awards the province only proposes upward', async () => {
      const [upward] = await get()
        .db.select({ id: nominations.id, version: nominations.version })
        .from(nominations)
        .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
        .where(eq(awardTypes.reviewBody, 'upward'))
        .limit(1);
      await get().db.update(nominations).set({ status: 'awaiting_decision' }).where(eq(nominations.id, upward!.id));
      const candidates = (await getDecisionCandidates(approver))!;
      expect(candidates.groups.flatMap((g) => g.items.map((i) => i.id))).not.toContain(upward!.id);
      const before = await decisionSnapshot(get());
      expect(await refusal(draft([{ id: upward!.id, version: upward!.version }], '505/QĐ-UBND', '2026-11-26'))).toBe('award_proposed_upward');
      expect(await decisionSnapshot(get())).toBe(before);
    });

    it('shows the approver’s home: nominations awaiting a decision by award with the draft holding each, the drafts, the decisions issued lately', async () => {
      const grant = approver.grants.find((g) => g.role === 'approver')!;
      const cucphuong = await nominationOf(get(), { unit: 'X-CUCPHUONG' });
      const held = await draft([{ id: cucphuong.id, version: cucphuong.version }], '507/QĐ-UBND', '2026-11-26');
      const home = (await getApproverHome(grant))!;
      const items = home.byAward.flatMap((g) => g.items);
      expect(items.find((i) => i.id === cucphuong.id)?.draft).toEqual({ id: held.decisionId, number: '507/QĐ-UBND' });
      // Proposals upward are the central body's to decide: not on this list.
      const upward = await get().db.select({ id: nominations.id }).from(nominations).innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId)).where(and(eq(awardTypes.reviewBody, 'upward'), eq(nominations.status, 'awaiting_decision')));
      expect(upward.length).toBeGreaterThan(0);
      for (const u of upward) expect(items.map((i) => i.id)).not.toContain(u.id);
      expect(home.byAward.find((g) => g.items.some((i) => i.id === cucphuong.id))?.awardVi).toBe('Cờ thi đua của Ủy ban nhân dân tỉnh');
      expect(home.drafts).toEqual([{ id: held.decisionId, number: '507/QĐ-UBND', signedOn: '2026-11-26', items: 1 }]);
      expect(home.issued.map((d) => d.number)).toEqual(expect.arrayContaining(['501/QĐ-UBND', '504/QĐ-UBND']));
      expect(await getApproverHome(auditor.grants[0]!)).toBeNull();
      await discardDecisionDraft(contextOf(approver), { decisionId: held.decisionId });
    });

    describe('public verification', () => {
      it('verifies a decision and a certificate by their codes, exposes nothing internal, and says revoked after a revocation', async () => {
        const [d] = await get().db.select().from(decisions).where(eq(decisions.id, issuedId));
        const recipients = await get().db.select().from(decisionRecipients).where(eq(decisionRecipients.decisionId, issuedId)).orderBy(asc(decisionRecipients.goldenBookNo));
        const byDecision = await verifyCode(d!.verificationCode.toLowerCase(), '203.0.113.7');
        expect(byDecision.kind).toBe('decision');
        if (byDecision.kind !== 'decision') throw new Error('unreachable');
        expect(byDecision.decision).toEqual({
          number: '501/QĐ-UBND',
          signedOn: '2026-06-30',
          signerName: 'Trịnh Văn Lâm',
          signerTitleVi: HEADER.signerTitleVi,
          signerTitleEn: HEADER.signerTitleEn,
          issuerVi: 'Ủy ban nhân dân tỉnh Ninh Bình',
          issuerEn: 'Ninh Bình Province People’s Committee',
        });
        expect(byDecision.recipients.map((r) => [r.goldenBookNo, r.nameVi, r.revokedOn])).toEqual([
          [1, 'Phường Hoa Lư', null],
          [2, 'Hộ ông/bà Đinh Công Tráng', null],
        ]);
        // Nothing internal: only these fields, and no reference, id, prize or user name but the signer's.
        for (const r of byDecision.recipients) expect(Object.keys(r).sort()).toEqual(['awardEn', 'awardVi', 'goldenBookNo', 'nameEn', 'nameVi', 'revocationGround', 'revokedOn']);
        const json = JSON.stringify(byDecision);
        const refs = await get().db.select({ reference: nominations.reference, id: nominations.id }).from(nominations).where(inArray(nominations.id, recipients.map((r) => r.nominationId)));
        for (const r of refs) expect(json).not.toContain(r.reference);
        for (const s of ['"id"', 'nominationId', 'decisionId', 'prize', 'certificateCode', 'chutich', 'thanhtra', 'Bùi Đức Thắng', d!.verificationCode]) expect(json).not.toContain(s);

        const byCertificate = await verifyCode(`  ${recipients[0]!.certificateCode}  `, '203.0.113.7');
        expect(byCertificate).toMatchObject({ kind: 'certificate', recipient: { nameVi: 'Phường Hoa Lư', goldenBookNo: 1, revokedOn: null }, decision: { number: '501/QĐ-UBND' } });

        // A draft's code verifies nothing; nor does a made-up one.
        const cucphuong = await nominationOf(get(), { unit: 'X-CUCPHUONG' });
        const drafted = await draft([{ id: cucphuong.id, version: cucphuong.version }], '506/QĐ-UBND', '2026-11-26');
        const [draftRow] = await get().db.select().from(decisions).where(eq(decisions.id, drafted.decisionId));
        expect(await verifyCode(draftRow!.verificationCode, '203.0.113.7')).toEqual({ kind: 'not_found' });
        expect(await verifyCode('ZZZZ-ZZZZ-ZZZZ', '203.0.113.7')).toEqual({ kind: 'not_found' });
        expect(await verifyCode('<script>', '203.0.113.7')).toEqual({ kind: 'not_found' });

        // Revoked: the recipient row carries the date and ground; both codes say so.
        const [flagNow] = await get().db.select().from(nominations).where(eq(nominations.id, recipients[0]!.nominationId));
        await revokeNomination(contextOf(approver), { nominationId: flagNow!.id, version: flagNow!.version, idempotencyKey: randomUUID(), reason: 'Kết luận thanh tra: số liệu thu ngân sách báo cáo không đúng thực tế.', ground: 'false_achievements' });
        const revoked = await verifyCode(recipients[0]!.certificateCode, '203.0.113.7');
        expect(revoked).toMatchObject({ kind: 'certificate', recipient: { revokedOn: '2026-11-26', revocationGround: 'false_achievements' } });
        const decisionAfter = await verifyCode(d!.verificationCode, '203.0.113.7');
        if (decisionAfter.kind !== 'decision') throw new Error('expected the decision');
        expect(decisionAfter.recipients.map((r) => r.revokedOn)).toEqual(['2026-11-26', null]);
        // The decision's page shows it struck through with its ground; the certificate is stamped.
        const page = (await getDecisionForViewer(auditor, issuedId))!;
        expect(page.items[0]).toMatchObject({ revokedOn: '2026-11-26', revocationGround: 'false_achievements', currentStatus: 'revoked' });
        const stamped = pdfText((await readCertificate(auditor, issuedId, recipients[0]!.id))!.bytes);
        expect(stamped).toContain('ĐÃ THU HỒI NGÀY 26/11/2026');
        // The history no longer counts it.
        const [h] = await get().db.select().from(awardHistory).where(eq(awardHistory.nominationId, flagNow!.id));
        expect(h?.revokedOn).toBe('2026-11-26');
      });

      it('rate-limits lookups per client address, counted in the database by a keyed hash of the address', async () => {
        const address = '198.51.100.23';
        for (let i = 0; i < VERIFY_RATE_LIMIT.max; i++) expect((await verifyCode('ABCD-EFGH-JKLM', address)).kind).toBe('not_found');
        expect(await verifyCode('ABCD-EFGH-JKLM', address)).toEqual({ kind: 'rate_limited', minutes: VERIFY_RATE_LIMIT.minutes });
        expect((await verifyCode('ABCD-EFGH-JKLM', '198.51.100.24')).kind).toBe('not_found');
        const keys = await get().db.selectDistinct({ key: rateLimitHits.key }).from(rateLimitHits).where(eq(rateLimitHits.bucket, 'verify'));
        for (const k of keys) {
          expect(k.key).toMatch(/^[0-9a-f]{64}$/);
          expect(k.key).not.toContain('198.51');
        }
      });

      it('renders a draft’s preview stamped DỰ THẢO, without a verification code', async () => {
        const [d] = await get().db.select().from(decisions).where(eq(decisions.number, '506/QĐ-UBND'));
        const preview = (await readDecisionDocument(approver, d!.id))!;
        expect(preview.draft).toBe(true);
        const text = pdfText(preview.bytes);
        expect(text).toContain('DỰ THẢO – CHƯA BAN HÀNH');
        expect(text).toContain('Xã Cúc Phương');
        expect(text).toContain('20.240.000');
        expect(text).not.toContain(d!.verificationCode);
      });
    });
  },
  (database) => seedDemo(database.db),
);

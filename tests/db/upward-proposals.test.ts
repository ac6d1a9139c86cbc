import { randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { documentFonts } from '@/db/queries/document-fonts';
import { loadNomineeHistory } from '@/db/queries/eligibility';
import { getProposalCard, getSubmissionLetterFacts, listUpwardProposals, recordCentralAnswer, submitUpwardProposal } from '@/db/queries/upward-proposals';
import { issueDecision } from '@/db/queries/workflow/decisions';
import { runTransition } from '@/db/queries/workflow/run-transition';
import { auditEvents, awardHistory, awardTypes, decisions, nominations, roundAwardTypes, rounds, units, upwardProposals, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { renderPdf } from '@/lib/documents/render-pdf';
import { upwardSubmissionDocument } from '@/lib/documents/upward-submission';
import type { NominationStatus } from '@/lib/domain/constants';
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

describeEachDatabase(
  'proposals upward (Government flag, PM certificate, national fighter)',
  (get) => {
    const db = () => get().db;
    let approver: Viewer;
    let appraiser: Viewer;
    let auditor: Viewer;
    let serial = 0;

    beforeAll(async () => {
      setDatabaseForTests(get());
      approver = await viewerOf(get(), 'chutich');
      appraiser = await viewerOf(get(), 'thamdinh');
      auditor = await viewerOf(get(), 'thanhtra');
    });

    /** Everything a refused call must leave as it was: the nominations, the proposals, the award
     * history, the decisions and the audit log. */
    async function snapshot(): Promise<string> {
      const rows = await db().select({ id: nominations.id, status: nominations.status, version: nominations.version }).from(nominations).orderBy(asc(nominations.id));
      const proposals = await db().select().from(upwardProposals).orderBy(asc(upwardProposals.id));
      const [history] = await db().select({ n: count() }).from(awardHistory);
      const [decided] = await db().select({ n: count() }).from(decisions);
      const [events] = await db().select({ n: count() }).from(auditEvents);
      return JSON.stringify({ rows, proposals, history: history?.n, decisions: decided?.n, events: events?.n });
    }

    async function unitId(code: string): Promise<number> {
      const [unit] = await db().select({ id: units.id }).from(units).where(eq(units.code, code));
      if (!unit) throw new Error(`no unit ${code}`);
      return unit.id;
    }

    /** The seeded nomination of `code`'s `award` in the 2026 round. */
    async function seeded(code: string, award: string) {
      const [row] = await db()
        .select({ id: nominations.id, version: nominations.version, status: nominations.status, reference: nominations.reference })
        .from(nominations)
        .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
        .innerJoin(rounds, eq(rounds.id, nominations.roundId))
        .where(and(eq(nominations.proposingUnitId, await unitId(code)), eq(awardTypes.code, award), eq(rounds.year, 2026)));
      if (!row) throw new Error(`no ${award} of ${code} in 2026`);
      return row;
    }

    /** A Government flag nomination of `code`, inserted in `status` as if the council had passed it. */
    async function upwardNomination(code: string, status: NominationStatus = 'awaiting_decision') {
      const [round] = await db().select({ id: rounds.id }).from(rounds).where(and(eq(rounds.kind, 'year_end'), eq(rounds.year, 2026)));
      const [award] = await db()
        .select({ id: awardTypes.id })
        .from(roundAwardTypes)
        .innerJoin(awardTypes, eq(awardTypes.id, roundAwardTypes.awardTypeId))
        .where(and(eq(roundAwardTypes.roundId, round!.id), eq(awardTypes.code, 'government_flag')));
      const [creator] = await db().select({ id: users.id }).from(users).where(eq(users.username, 'canbo.hoalu'));
      const unit = await unitId(code);
      const [row] = await db()
        .insert(nominations)
        .values({
          reference: `UP-2026-${String(++serial).padStart(4, '0')}`,
          roundId: round!.id,
          awardTypeId: award!.id,
          nomineeKind: 'unit',
          nomineeUnitId: unit,
          proposingUnitId: unit,
          status,
          achievementSummary: 'Đơn vị tiêu biểu xuất sắc nhất phong trào thi đua của tỉnh (kiểm thử đề nghị cấp trên).',
          version: 3,
          createdBy: creator!.id,
        })
        .returning({ id: nominations.id, version: nominations.version, reference: nominations.reference });
      return row!;
    }

    const submission = (n: { id: number; version: number }, number: string, submittedOn = '2026-11-26') => ({
      idempotencyKey: randomUUID(),
      nominationId: n.id,
      version: n.version,
      recipientBody: 'Thủ tướng Chính phủ (qua Bộ Nội vụ)',
      submissionNumber: number,
      submittedOn,
      signerName: approver.displayName,
    });

    it('lists the seeded Government flag the council passed, to submit, for the approver (who acts), the appraiser and the auditor (who read); nobody else', async () => {
      const flag = await seeded('S-XAYDUNG', 'government_flag');
      expect(flag.status).toBe('awaiting_decision');
      const page = await listUpwardProposals(approver);
      const row = page?.toSubmit.find((r) => r.nominationId === flag.id);
      expect(row).toMatchObject({ nomineeVi: 'Sở Xây dựng', canAct: true, ballot: { votesFor: 18, membersTotal: 21 } });
      expect(Number(row?.ballot?.thresholdPct)).toBe(80);
      expect(page?.canAct).toBe(true);
      // The one in council is not the Chairman's yet; provincial awards never are.
      const inCouncil = await seeded('S-KHCN', 'government_flag');
      const provincial = await seeded('P-HOALU', 'provincial_flag');
      expect(page?.toSubmit.map((r) => r.nominationId)).not.toContain(inCouncil.id);
      expect(page?.toSubmit.map((r) => r.nominationId)).not.toContain(provincial.id);
      for (const reader of [appraiser, auditor]) {
        const read = await listUpwardProposals(reader);
        expect(read?.canAct).toBe(false);
        expect(read?.toSubmit.find((r) => r.nominationId === flag.id)?.canAct).toBe(false);
      }
      expect(await listUpwardProposals(await viewerOf(get(), 'thutruong.hoalu'))).toBeNull();
      expect(await listUpwardProposals(await viewerOf(get(), 'quantri'))).toBeNull();
    });

    it('refuses a submission by anyone but the approver, on a stale page, dated after today, or for a provincial award — changing nothing', async () => {
      const flag = await seeded('S-XAYDUNG', 'government_flag');
      const before = await snapshot();
      expect(await refusal(submitUpwardProposal(contextOf(appraiser), submission(flag, '211/TTr-UBND')))).toBe('role_not_permitted');
      expect(await refusal(submitUpwardProposal(contextOf(auditor), submission(flag, '211/TTr-UBND')))).toBe('role_not_permitted');
      // The proposing department's own head reads its nomination, but proposes nothing upward.
      expect(await refusal(submitUpwardProposal(contextOf(await viewerOf(get(), 'thutruong.xaydung')), submission(flag, '211/TTr-UBND')))).toBe('role_not_permitted');
      // Another unit's head cannot even see it.
      expect(await refusal(submitUpwardProposal(contextOf(await viewerOf(get(), 'thutruong.hoalu')), submission(flag, '211/TTr-UBND')))).toBe('not_found');
      expect(await refusal(submitUpwardProposal(contextOf(approver), { ...submission(flag, '211/TTr-UBND'), version: flag.version + 3 }))).toBe('conflict');
      expect(await refusal(submitUpwardProposal(contextOf(approver), submission(flag, '211/TTr-UBND', '2026-11-27')))).toBe('proposal_date_invalid');
      const provincial = await seeded('P-HOALU', 'provincial_flag');
      expect(provincial.status).toBe('awaiting_decision');
      expect(await refusal(submitUpwardProposal(contextOf(approver), submission(provincial, '211/TTr-UBND')))).toBe('award_not_upward');
      // Before the council's ballot there is nothing to propose.
      const inCouncil = await seeded('S-KHCN', 'government_flag');
      expect(await refusal(submitUpwardProposal(contextOf(approver), submission(inCouncil, '211/TTr-UBND')))).toBe('not_in_status');
      expect(await snapshot()).toBe(before);
    });

    it('submits the proposal: the letter on record and its audit event on the nomination, which still awaits the central decision; a double submit changes state once', async () => {
      const flag = await seeded('S-XAYDUNG', 'government_flag');
      const key = randomUUID();
      const input = { ...submission(flag, '215/TTr-UBND'), idempotencyKey: key };
      const [first, second] = await Promise.all([submitUpwardProposal(contextOf(approver, key), input), submitUpwardProposal(contextOf(approver, key), input)]);
      expect(second).toEqual(first);
      const proposals = await db().select().from(upwardProposals).where(eq(upwardProposals.nominationId, flag.id));
      expect(proposals).toHaveLength(1);
      expect(proposals[0]).toMatchObject({ id: first.proposalId, submissionNumber: '215/TTr-UBND', submittedOn: '2026-11-26', recipientBody: 'Thủ tướng Chính phủ (qua Bộ Nội vụ)', signerName: approver.displayName, submittedBy: approver.id, answer: 'pending' });
      const [row] = await db().select({ status: nominations.status, version: nominations.version }).from(nominations).where(eq(nominations.id, flag.id));
      expect(row).toEqual({ status: 'awaiting_decision', version: flag.version });
      const events = await db().select().from(auditEvents).where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, flag.id), eq(auditEvents.action, 'propose_upward')));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ role: 'approver', actorUserId: approver.id, fromStatus: null, toStatus: null });
      expect(events[0]?.payload).toMatchObject({ reference: flag.reference, proposalId: first.proposalId, submissionNumber: '215/TTr-UBND' });
      await verifyChain(get());

      // A second form for the same nomination is refused: one proposal per nomination.
      const before = await snapshot();
      expect(await refusal(submitUpwardProposal(contextOf(approver), submission(flag, '216/TTr-UBND')))).toBe('proposal_exists');
      expect(await snapshot()).toBe(before);

      const page = await listUpwardProposals(approver);
      expect(page?.toSubmit.map((r) => r.nominationId)).not.toContain(flag.id);
      expect(page?.pending.find((r) => r.nominationId === flag.id)?.proposal).toMatchObject({ submissionNumber: '215/TTr-UBND', answer: 'pending', submittedByName: approver.displayName });
    });

    it('keeps a letter number unique within the year, and lets another year use it again', async () => {
      const other = await upwardNomination('S-TAICHINH');
      const before = await snapshot();
      expect(await refusal(submitUpwardProposal(contextOf(approver), submission(other, '215/TTr-UBND')))).toBe('proposal_number_taken');
      expect(await snapshot()).toBe(before);
      const lastYear = await submitUpwardProposal(contextOf(approver), submission(other, '215/TTr-UBND', '2025-12-30'));
      expect(lastYear.submissionNumber).toBe('215/TTr-UBND');
    });

    it('prints the submission letter with the national motto, the committee, the number, the place and date, the title and the council’s vote', async () => {
      const flag = await seeded('S-XAYDUNG', 'government_flag');
      const [proposal] = await db().select({ id: upwardProposals.id }).from(upwardProposals).where(eq(upwardProposals.nominationId, flag.id));
      const facts = await getSubmissionLetterFacts(approver, proposal!.id);
      expect(facts).not.toBeNull();
      const bytes = await renderPdf(upwardSubmissionDocument(facts!), await documentFonts(), { title: 'Tờ trình', subject: 'test' });
      const text = pdfText(bytes);
      const flat = text.replace(/\s+/g, ' ');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập – Tự do – Hạnh phúc');
      expect(text).toContain('ỦY BAN NHÂN DÂN');
      expect(text).toContain('TỈNH NINH BÌNH');
      expect(text).toContain('Số: 215/TTr-UBND');
      expect(text).toContain('Ninh Bình, ngày 26 tháng 11 năm 2026');
      expect(text).toContain('TỜ TRÌNH');
      expect(flat).toContain('Về việc đề nghị tặng Cờ thi đua của Chính phủ');
      expect(flat).not.toContain('(đề nghị)');
      expect(flat).toContain('Kính gửi: Thủ tướng Chính phủ (qua Bộ Nội vụ).');
      expect(flat).toContain('18/21 thành viên Hội đồng đồng ý, đạt 85,71% tổng số thành viên');
      expect(flat).toContain('tối thiểu 80% tổng số thành viên');
      expect(flat).toContain('Sở Xây dựng');
      expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
      expect(text).toContain('CHỦ TỊCH');
      expect(text).toContain(approver.displayName);
      // The proposing department reads its nomination and so its letter; another unit learns nothing (S3).
      expect(await getSubmissionLetterFacts(await viewerOf(get(), 'thutruong.xaydung'), proposal!.id)).not.toBeNull();
      expect(await getSubmissionLetterFacts(await viewerOf(get(), 'thutruong.hoalu'), proposal!.id)).toBeNull();
      expect(await getSubmissionLetterFacts(approver, proposal!.id + 10_000)).toBeNull();
    });

    it('refuses an upward nomination inside a provincial decision, with or without a proposal, and issues nothing', async () => {
      const flag = await seeded('S-XAYDUNG', 'government_flag');
      const unsubmitted = await upwardNomination('S-NOIVU');
      const provincial = await seeded('P-HOALU', 'provincial_flag');
      const before = await snapshot();
      for (const [n, number] of [
        [flag, '2901/QĐ-UBND'],
        [unsubmitted, '2902/QĐ-UBND'],
      ] as const) {
        const outcome = await refusal(
          issueDecision(contextOf(approver), {
            idempotencyKey: randomUUID(),
            number,
            signedOn: '2026-11-26',
            signerName: approver.displayName,
            signerTitleVi: 'Chủ tịch UBND tỉnh',
            signerTitleEn: 'Chairman of the Provincial People’s Committee',
            legalBases: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
            nominations: [
              { id: provincial.id, version: provincial.version },
              { id: n.id, version: n.version },
            ],
          }),
        );
        expect(outcome).toBe('award_proposed_upward');
      }
      // Whatever path approves, the transition's own guard asks an upward award for the central
      // acceptance (central_answer_accepted): without it, approving is refused inside the claim.
      for (const n of [flag, unsubmitted]) {
        expect(await refusal(runTransition(contextOf(approver), { nominationId: n.id, action: 'approve', expectedVersion: n.version }))).toBe('award_proposed_upward');
      }
      expect(await snapshot()).toBe(before);
    });

    it('refuses to record an answer by anyone but the approver, dated before the letter or after today, or without the refusal’s reason — changing nothing', async () => {
      const flag = await seeded('S-XAYDUNG', 'government_flag');
      const [proposal] = await db().select({ id: upwardProposals.id }).from(upwardProposals).where(eq(upwardProposals.nominationId, flag.id));
      const answer = { idempotencyKey: randomUUID(), proposalId: proposal!.id, version: flag.version, answer: 'accepted' as const, answeredOn: '2026-11-26', reference: 'Quyết định số 123/QĐ-TTg' };
      const before = await snapshot();
      expect(await refusal(recordCentralAnswer(contextOf(appraiser), answer))).toBe('role_not_permitted');
      expect(await refusal(recordCentralAnswer(contextOf(auditor), { ...answer, idempotencyKey: randomUUID() }))).toBe('role_not_permitted');
      expect(await refusal(recordCentralAnswer(contextOf(await viewerOf(get(), 'thutruong.hoalu')), { ...answer, idempotencyKey: randomUUID() }))).toBe('not_found');
      expect(await refusal(recordCentralAnswer(contextOf(approver), { ...answer, idempotencyKey: randomUUID(), answeredOn: '2026-11-25' }))).toBe('answer_date_invalid');
      expect(await refusal(recordCentralAnswer(contextOf(approver), { ...answer, idempotencyKey: randomUUID(), answeredOn: '2026-11-27' }))).toBe('answer_date_invalid');
      expect(await refusal(recordCentralAnswer(contextOf(approver), { ...answer, idempotencyKey: randomUUID(), version: flag.version + 1 }))).toBe('conflict');
      expect(await refusal(recordCentralAnswer(contextOf(approver), { ...answer, idempotencyKey: randomUUID(), answer: 'refused' }))).toBe('reason_required');
      expect(await refusal(recordCentralAnswer(contextOf(approver), { ...answer, idempotencyKey: randomUUID(), proposalId: proposal!.id + 10_000 }))).toBe('not_found');
      expect(await snapshot()).toBe(before);
    });

    it('records an acceptance: the nomination approved on the central act, the award in the history, one audit event; once only', async () => {
      const flag = await seeded('S-XAYDUNG', 'government_flag');
      const [proposal] = await db().select({ id: upwardProposals.id }).from(upwardProposals).where(eq(upwardProposals.nominationId, flag.id));
      const eventsBefore = await db().select({ n: count() }).from(auditEvents);
      const result = await recordCentralAnswer(contextOf(approver), {
        idempotencyKey: randomUUID(),
        proposalId: proposal!.id,
        version: flag.version,
        answer: 'accepted',
        answeredOn: '2026-11-26',
        reference: 'Quyết định số 123/QĐ-TTg',
        note: 'Tặng Cờ thi đua của Chính phủ năm 2026.',
      });
      expect(result).toMatchObject({ from: 'awaiting_decision', to: 'approved', version: flag.version + 1, replayed: false });
      const [row] = await db().select({ status: nominations.status, decisionId: nominations.decisionId }).from(nominations).where(eq(nominations.id, flag.id));
      expect(row).toEqual({ status: 'approved', decisionId: null });
      const [stored] = await db().select().from(upwardProposals).where(eq(upwardProposals.id, proposal!.id));
      expect(stored).toMatchObject({ answer: 'accepted', answeredOn: '2026-11-26', answerReference: 'Quyết định số 123/QĐ-TTg', answeredBy: approver.id });
      const history = await db().select().from(awardHistory).where(eq(awardHistory.nominationId, flag.id));
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ unitId: await unitId('S-XAYDUNG'), personId: null, year: 2026, titleCode: 'government_flag', decisionNumber: 'Quyết định số 123/QĐ-TTg', decisionDate: '2026-11-26', issuer: 'Thủ tướng Chính phủ', revokedOn: null });
      // Later prerequisites read the history: the Government flag of 2026 is there.
      const seen = await loadNomineeHistory(db(), { kind: 'unit', unitId: await unitId('S-XAYDUNG') });
      expect(seen.some((h) => h.titleCode === 'government_flag' && h.year === 2026)).toBe(true);
      const [eventsAfter] = await db().select({ n: count() }).from(auditEvents);
      expect(eventsAfter!.n).toBe(eventsBefore[0]!.n + 1);
      const [event] = await db().select().from(auditEvents).where(and(eq(auditEvents.entityId, flag.id), eq(auditEvents.action, 'approve')));
      expect(event).toMatchObject({ role: 'approver', fromStatus: 'awaiting_decision', toStatus: 'approved', reason: 'Quyết định số 123/QĐ-TTg' });
      expect(event?.payload).toMatchObject({ centralAnswer: { proposalId: proposal!.id, answer: 'accepted', answerReference: 'Quyết định số 123/QĐ-TTg', submissionNumber: '215/TTr-UBND' } });
      await verifyChain(get());

      const card = await getProposalCard(await viewerOf(get(), 'thutruong.xaydung'), flag.id);
      expect(card).toMatchObject({ upward: true, status: 'approved', canAct: false, proposal: { answer: 'accepted', answerReference: 'Quyết định số 123/QĐ-TTg' } });

      const before = await snapshot();
      const again = { idempotencyKey: randomUUID(), proposalId: proposal!.id, answer: 'refused' as const, answeredOn: '2026-11-26', reference: 'Công văn số 9/BNV-TĐKT', note: 'Trả lời lần hai, phải bị từ chối.' };
      expect(await refusal(recordCentralAnswer(contextOf(approver), { ...again, version: flag.version + 1 }))).toBe('proposal_already_answered');
      expect(await refusal(recordCentralAnswer(contextOf(approver), { ...again, idempotencyKey: randomUUID(), version: flag.version }))).toBe('proposal_already_answered');
      expect(await snapshot()).toBe(before);
    });

    it('records a refusal: the nomination rejected with the central answer as its reason, no award in the history', async () => {
      const n = await upwardNomination('S-XAYDUNG');
      const submitted = await submitUpwardProposal(contextOf(approver), submission(n, '230/TTr-UBND'));
      const note = 'Chưa đủ tiêu chuẩn: đơn vị chưa dẫn đầu phong trào thi đua của tỉnh trong năm (Bộ Nội vụ).';
      const key = randomUUID();
      const input = { idempotencyKey: key, proposalId: submitted.proposalId, version: n.version, answer: 'refused' as const, answeredOn: '2026-11-26', reference: 'Công văn số 4567/BNV-TĐKT', note };
      const [a, b] = await Promise.all([recordCentralAnswer(contextOf(approver, key), input), recordCentralAnswer(contextOf(approver, key), input)]);
      expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
      expect(a.to).toBe('rejected');
      const [row] = await db().select({ status: nominations.status, version: nominations.version }).from(nominations).where(eq(nominations.id, n.id));
      expect(row).toEqual({ status: 'rejected', version: n.version + 1 });
      const [stored] = await db().select().from(upwardProposals).where(eq(upwardProposals.id, submitted.proposalId));
      expect(stored).toMatchObject({ answer: 'refused', answerReference: 'Công văn số 4567/BNV-TĐKT', answerNote: note });
      expect(await db().select().from(awardHistory).where(eq(awardHistory.nominationId, n.id))).toHaveLength(0);
      const events = await db().select().from(auditEvents).where(and(eq(auditEvents.entityId, n.id), eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.action, 'reject')));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ role: 'approver', fromStatus: 'awaiting_decision', toStatus: 'rejected', reason: note });
      expect(events[0]?.payload).toMatchObject({ centralAnswer: { answer: 'refused', answerReference: 'Công văn số 4567/BNV-TĐKT' } });
      const page = await listUpwardProposals(auditor);
      expect(page?.answered.find((r) => r.nominationId === n.id)).toMatchObject({ status: 'rejected', canAct: false, proposal: { answer: 'refused' } });
      await verifyChain(get());
    });

    it('answers racing on one proposal: exactly one is recorded', async () => {
      const n = await upwardNomination('S-TUPHAP');
      const submitted = await submitUpwardProposal(contextOf(approver), submission(n, '240/TTr-UBND'));
      const base = { proposalId: submitted.proposalId, version: n.version, answeredOn: '2026-11-26' };
      const outcomes = await Promise.allSettled([
        recordCentralAnswer(contextOf(approver), { ...base, idempotencyKey: randomUUID(), answer: 'accepted', reference: 'Quyết định số 321/QĐ-TTg' }),
        recordCentralAnswer(contextOf(approver), { ...base, idempotencyKey: randomUUID(), answer: 'refused', reference: 'Công văn số 77/BNV-TĐKT', note: 'Không đủ tiêu chuẩn theo quy định.' }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const loser = outcomes.find((o) => o.status === 'rejected');
      expect(['conflict', 'proposal_already_answered']).toContain(((loser as PromiseRejectedResult).reason as WorkflowError).refusal);
      const [row] = await db().select({ status: nominations.status, version: nominations.version }).from(nominations).where(eq(nominations.id, n.id));
      expect(row?.version).toBe(n.version + 1);
      const [stored] = await db().select({ answer: upwardProposals.answer }).from(upwardProposals).where(eq(upwardProposals.id, submitted.proposalId));
      expect(stored?.answer).toBe(row?.status === 'approved' ? 'accepted' : 'refused');
      await verifyChain(get());
    });

    it('rejects a submitted nomination only on the central refusal; before the letter, the approver may decline to propose', async () => {
      const submittedOne = await upwardNomination('S-YTE');
      await submitUpwardProposal(contextOf(approver), submission(submittedOne, '250/TTr-UBND'));
      const before = await snapshot();
      const reject = (n: { id: number; version: number }) =>
        runTransition(contextOf(approver), { nominationId: n.id, action: 'reject', expectedVersion: n.version, reason: 'Chủ tịch UBND tỉnh không đề nghị cấp trên.' });
      expect(await refusal(reject(submittedOne))).toBe('proposal_awaiting_answer');
      expect(await snapshot()).toBe(before);
      const notSubmitted = await upwardNomination('S-GIAODUC');
      expect((await reject(notSubmitted)).to).toBe('rejected');
      // A hold, for a complaint that arrives meanwhile, stays the appraiser's to put.
      const held = await runTransition(contextOf(appraiser), { nominationId: submittedOne.id, action: 'hold', expectedVersion: submittedOne.version, reason: 'Có đơn khiếu nại đang được xác minh.' });
      expect(held.to).toBe('on_hold');
    });

    it('shows the proposal card only for upward awards, to those who may read the nomination', async () => {
      const provincial = await seeded('P-HOALU', 'provincial_flag');
      expect(await getProposalCard(approver, provincial.id)).toBeNull();
      const inCouncil = await seeded('S-KHCN', 'government_flag');
      expect(await getProposalCard(approver, inCouncil.id)).toMatchObject({ upward: true, proposal: null, canAct: false, ballot: null });
      const fresh = await upwardNomination('S-NNMT');
      expect(await getProposalCard(approver, fresh.id)).toMatchObject({ upward: true, proposal: null, canAct: true });
      expect(await getProposalCard(await viewerOf(get(), 'thutruong.hoalu'), fresh.id)).toBeNull();
    });
  },
  async (database) => {
    await seedDemo(database.db);
  },
);

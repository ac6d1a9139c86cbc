import { randomUUID } from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { issueDecision } from '@/db/queries/workflow/decisions';
import { recordCouncilBallot, takeSimpleAction } from '@/db/queries/workflow/actions';
import { getNominationForViewer, listNominationsForViewer } from '@/db/queries/nominations';
import { auditEvents, awardTypes, decisionRecipients, documents, nominations, units } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
import { contextOf, councilSessionWith, firstInStatus, setCouncilAttendanceOf, snapshot, verifyChain, viewerOf } from './workflow-helpers';

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
  'the workflow through the data access layer',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));

    it('submits a complete draft: one claim, one audit event, an unbroken chain', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await firstDraftOf(head.grants[0]!.unitId!);
      const before = await eventsOf(draft.id);
      const result = await takeSimpleAction(contextOf(head), { action: 'submit', nominationId: draft.id, version: draft.version, idempotencyKey: randomUUID() });
      expect(result.from).toBe('draft');
      expect(['bloc_review', 'appraisal']).toContain(result.to);
      expect(result.version).toBe(draft.version + 1);
      expect(await eventsOf(draft.id)).toBe(before + 1);
      const [event] = await get().db.select().from(auditEvents).where(eq(auditEvents.entityId, draft.id)).orderBy(auditEvents.seq).limit(1).offset(before);
      expect(event).toMatchObject({ action: 'submit', role: 'unit_head', actorUserId: head.id, fromStatus: 'draft', toStatus: result.to });
      await verifyChain(get());
    });

    it('refuses, without changing anything: the wrong role, another unit, a stale page, a missing reason', async () => {
      const officer = await viewerOf(get(), 'canbo.hoalu');
      const otherHead = await viewerOf(get(), 'thutruong.phuly');
      const [draft] = await get()
        .db.select()
        .from(nominations)
        .where(and(eq(nominations.status, 'returned'), eq(nominations.proposingUnitId, officer.grants[0]!.unitId!)));
      if (!draft) throw new Error('the seed has no returned nomination in Hoa Lư');
      const before = await snapshot(get());
      const submit = { action: 'resubmit' as const, nominationId: draft.id, version: draft.version, idempotencyKey: randomUUID() };
      expect(await refusal(takeSimpleAction(contextOf(officer), submit))).toBe('role_not_permitted');
      expect(await refusal(takeSimpleAction(contextOf(otherHead), { ...submit, idempotencyKey: randomUUID() }))).toBe('not_found');
      const head = await viewerOf(get(), 'thutruong.hoalu');
      expect(await refusal(takeSimpleAction(contextOf(head), { ...submit, version: draft.version + 7, idempotencyKey: randomUUID() }))).toBe('conflict');
      expect(await refusal(takeSimpleAction(contextOf(head), { action: 'withdraw', nominationId: draft.id, version: draft.version, idempotencyKey: randomUUID() }))).toBe('reason_required');
      expect(await snapshot(get())).toBe(before);
    });

    it('changes state once for a double submit of the same form (S11)', async () => {
      const appraiser = await viewerOf(get(), 'thamdinh');
      const item = await firstInStatus(get(), 'appraisal');
      const key = randomUUID();
      const input = { action: 'hold' as const, nominationId: item.id, version: item.version, reason: 'Khiếu nại đang giải quyết', idempotencyKey: key };
      const [a, b] = await Promise.all([takeSimpleAction(contextOf(appraiser, key), input), takeSimpleAction(contextOf(appraiser, key), input)]);
      expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
      expect(a.version).toBe(b.version);
      const [row] = await get().db.select().from(nominations).where(eq(nominations.id, item.id));
      expect(row).toMatchObject({ status: 'on_hold', heldFrom: 'appraisal', version: item.version + 1 });
      const released = await takeSimpleAction(contextOf(appraiser), { action: 'release', nominationId: item.id, version: item.version + 1, reason: 'Đã giải quyết xong', idempotencyKey: randomUUID() });
      expect(released.to).toBe('appraisal');
    });

    it('lets the province return a dossier once only', async () => {
      const appraiser = await viewerOf(get(), 'thamdinh');
      const item = (await get().db.select().from(nominations).where(and(eq(nominations.status, 'appraisal'), eq(nominations.provinceReturnCount, 1))).limit(1))[0];
      if (item) {
        const outcome = await refusal(takeSimpleAction(contextOf(appraiser), { action: 'return', nominationId: item.id, version: item.version, reason: 'Bổ sung', idempotencyKey: randomUUID() }));
        expect(outcome).toBe('returned_once_already');
      }
      const fresh = (await get().db.select().from(nominations).where(and(eq(nominations.status, 'appraisal'), eq(nominations.provinceReturnCount, 0))).limit(1))[0]!;
      const returned = await takeSimpleAction(contextOf(appraiser), { action: 'return', nominationId: fresh.id, version: fresh.version, reason: 'Thiếu báo cáo thành tích có số liệu', idempotencyKey: randomUUID() });
      expect(returned.to).toBe('returned');
      const [row] = await get().db.select().from(nominations).where(eq(nominations.id, fresh.id));
      expect(row).toMatchObject({ returnedFrom: 'appraisal', provinceReturnCount: 1 });
    });

    it('counts the council ballot on all 21 members: 19 passes the fighter, 18 fails it; below quorum is refused', async () => {
      const secretary = await viewerOf(get(), 'thuky.hoidong');
      const fighters = await get()
        .db.select({ id: nominations.id, version: nominations.version })
        .from(nominations)
        .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
        .where(and(eq(nominations.status, 'council'), eq(awardTypes.code, 'provincial_fighter')));
      const target = fighters[0];
      if (!target) throw new Error('the seed has no fighter in council');
      // 16 of 21 present: below the quorum of 80% of all members (17).
      const sessionId = await councilSessionWith(get(), [target.id], { present: 16, written: 5 });
      const before = await snapshot(get());
      const below = { nominationId: target.id, version: target.version, idempotencyKey: randomUUID(), sessionId, votesFor: 19, votesAgainst: 0 };
      expect(await refusal(recordCouncilBallot(contextOf(secretary), below))).toBe('quorum_not_met');
      expect(await snapshot(get())).toBe(before);
      await setCouncilAttendanceOf(get(), sessionId, { present: 19, written: 2 });
      const failed = await recordCouncilBallot(contextOf(secretary), { ...below, idempotencyKey: randomUUID(), votesFor: 18, votesAgainst: 3 });
      expect(failed).toMatchObject({ passed: false, to: 'rejected' });
    });

    it('issues a decision over nominations awaiting one, with prizes at the base salary of the day', async () => {
      const approver = await viewerOf(get(), 'chutich');
      const awaiting = await get().db.select({ id: nominations.id, version: nominations.version }).from(nominations).where(eq(nominations.status, 'awaiting_decision')).limit(2);
      const result = await issueDecision(contextOf(approver), {
        idempotencyKey: randomUUID(),
        number: '2401/QĐ-UBND',
        signedOn: '2026-11-26',
        signerName: approver.displayName,
        signerTitleVi: 'Chủ tịch UBND tỉnh',
        signerTitleEn: 'Chairman of the Provincial People’s Committee',
        legalBases: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
        nominations: awaiting,
      });
      expect(result.approved.map((a) => a.to)).toEqual(['approved', 'approved']);
      const recipients = await get().db.select().from(decisionRecipients).where(eq(decisionRecipients.decisionId, result.decisionId));
      expect(recipients.map((r) => r.goldenBookNo).sort()).toEqual([1, 2]);
      for (const r of recipients) expect(r.baseSalaryVnd).toBe(2_530_000);
      await verifyChain(get());
    });

    it("shows a bloc's leads every nomination of its members that year, and lets them act only on those routed to the bloc", async () => {
      const lead = await viewerOf(get(), 'truongcum1');
      const page = await listNominationsForViewer(lead, {});
      const unitRouted = page.rows.filter((r) => r.awardVi.includes('cá nhân'));
      expect(unitRouted.length).toBeGreaterThan(0);
      const detail = await getNominationForViewer(lead, unitRouted[0]!.id);
      expect(detail?.actions).toEqual([]);
      // A unit of another cluster stays out of sight.
      const outsider = await get().db.select({ id: nominations.id }).from(nominations).innerJoin(units, eq(units.id, nominations.proposingUnitId)).where(eq(units.code, 'X-NHOQUAN')).limit(1);
      expect(await getNominationForViewer(lead, outsider[0]!.id)).toBeNull();
    });

    async function firstDraftOf(unitId: number) {
      const drafts = await get().db.select().from(nominations).where(and(eq(nominations.status, 'draft'), eq(nominations.proposingUnitId, unitId)));
      const draft = drafts[0];
      if (!draft) throw new Error('no draft');
      // Give it the documents its award requires, so that submission can pass.
      const [award] = await get().db.select({ required: awardTypes.requiredDocuments }).from(awardTypes).where(eq(awardTypes.id, draft.awardTypeId));
      const present = await get().db.select({ kind: documents.kind }).from(documents).where(and(eq(documents.nominationId, draft.id), isNull(documents.removedAt)));
      for (const kind of award!.required) {
        if (present.some((p) => p.kind === kind)) continue;
        await get().db.insert(documents).values({ nominationId: draft.id, kind, fileName: `${kind}.pdf`, contentType: 'application/pdf', sizeBytes: 1000, sha256: 'a'.repeat(64), storageKey: randomUUID(), uploadedBy: draft.createdBy });
      }
      return draft;
    }

    async function eventsOf(id: number): Promise<number> {
      const [row] = await get().db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, id)));
      return row?.n ?? 0;
    }
  },
  async (database) => {
    await seedDemo(database.db);
  },
);

import { and, count, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { acceptAgreement, createAgreementVersion, getAgreementPage, loadCriteria, loadCurrentAgreement } from '@/db/queries/agreements';
import { getBlocYear } from '@/db/queries/bloc-year';
import { closeScoring, getScoreboard, getScoringPage, saveScoreSheet } from '@/db/queries/bloc-scoring';
import { agreementAcceptances, agreements, auditEvents, blocMemberships, blocTerms, blocs, roleAssignments, scores, units, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { ZAgreementVersion } from '@/lib/validation/bloc';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
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

const round2 = (x: number) => Math.round(x * 100) / 100;

describeEachDatabase(
  'the bloc-year: agreement versions, acceptance, scoring, closing and the scoreboard',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));

    async function cluster(code: string, year = 2026) {
      const db = get().db;
      const [term] = await db.select({ id: blocTerms.id, headUnitId: blocTerms.headUnitId, deputyUnitId: blocTerms.deputyUnitId }).from(blocTerms).innerJoin(blocs, eq(blocs.id, blocTerms.blocId)).where(and(eq(blocs.code, code), eq(blocTerms.year, year)));
      return term!;
    }
    const unitId = async (code: string) => (await get().db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
    async function headOf(unitIds: number[], exclude: number[] = []) {
      const [row] = await get()
        .db.select({ username: users.username, unitId: roleAssignments.scopeUnitId })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(and(eq(roleAssignments.role, 'unit_head'), isNull(roleAssignments.validTo), inArray(roleAssignments.scopeUnitId, unitIds), exclude.length ? notInArray(roleAssignments.scopeUnitId, exclude) : undefined, eq(users.active, true)))
        .limit(1);
      if (!row) throw new Error('no unit head found');
      return { viewer: await viewerOf(get(), row.username), unitId: row.unitId! };
    }
    const events = async (action: string) => (await get().db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, action)))[0]!.n;

    it('shows the bloc-year to its lead and members, and hides it from another bloc', async () => {
      const term = await cluster('CUM-01');
      const year = await getBlocYear(await viewerOf(get(), 'truongcum1'));
      expect(year?.term.id).toBe(term.id);
      expect(year?.viewerAs).toBe('head');
      expect(year?.members.find((m) => m.position === 'head')?.unitId).toBe(term.headUnitId);
      expect(year?.agreement?.totalPoints).toBe(1000);
      expect(year?.term.yearEndReviewOn).toBe('2026-11-13');
      expect((await getBlocYear(await viewerOf(get(), 'thutruong.hoalu'), term.id))?.viewerAs).toBe('member');
      const other = await cluster('CUM-02');
      const members = (await get().db.select({ unitId: blocMemberships.unitId }).from(blocMemberships).where(eq(blocMemberships.blocTermId, other.id))).map((m) => m.unitId);
      const stranger = await headOf(members);
      expect(await getBlocYear(stranger.viewer, term.id)).toBeNull();
    });

    it('lets a member head accept the current version once; refuses an officer, another bloc’s unit and a second click', async () => {
      const term = await cluster('CUM-01');
      const agreement = (await loadCurrentAgreement(get().db, term.id))!;
      const accepted = (await get().db.select({ unitId: agreementAcceptances.unitId }).from(agreementAcceptances).where(eq(agreementAcceptances.agreementId, agreement.id))).map((a) => a.unitId);
      const members = (await get().db.select({ unitId: blocMemberships.unitId }).from(blocMemberships).where(eq(blocMemberships.blocTermId, term.id))).map((m) => m.unitId);
      const head = await headOf(members, accepted);
      const before = await events('accept_agreement');
      await expect(acceptAgreement(contextOf(head.viewer), { termId: term.id, agreementId: agreement.id })).resolves.toEqual({ agreementId: agreement.id, unitId: head.unitId });
      expect(await events('accept_agreement')).toBe(before + 1);
      expect(await refusal(acceptAgreement(contextOf(head.viewer), { termId: term.id, agreementId: agreement.id }))).toBe('agreement_already_accepted');
      expect(await refusal(acceptAgreement(contextOf(await viewerOf(get(), 'canbo.hoalu')), { termId: term.id, agreementId: agreement.id }))).toBe('role_not_permitted');
      const other = await cluster('CUM-02');
      const strangers = (await get().db.select({ unitId: blocMemberships.unitId }).from(blocMemberships).where(eq(blocMemberships.blocTermId, other.id))).map((m) => m.unitId);
      expect(await refusal(acceptAgreement(contextOf((await headOf(strangers)).viewer), { termId: term.id, agreementId: agreement.id }))).toBe('not_found');
      expect(await events('accept_agreement')).toBe(before + 1);
    });

    it('writes a new version that keeps the old one and its acceptances; members accept it afresh', async () => {
      const term = await cluster('CUM-01');
      const lead = await viewerOf(get(), 'truongcum1');
      const old = (await loadCurrentAgreement(get().db, term.id))!;
      const oldCriteria = await loadCriteria(get().db, old.id);
      const oldAcceptances = (await get().db.select({ n: count() }).from(agreementAcceptances).where(eq(agreementAcceptances.agreementId, old.id)))[0]!.n;
      const rows = oldCriteria.map((c) => ({
        groupTitleVi: c.groupTitleVi,
        groupTitleEn: c.groupTitleEn,
        titleVi: c.titleVi,
        titleEn: c.titleEn,
        kind: c.kind,
        maxPoints: String(c.maxPoints),
        method: c.method,
        indicatorId: c.indicatorId === null ? '' : String(c.indicatorId),
        // The demo's linear row has no bounds yet: the new version states them.
        linearFrom: c.method === 'linear' ? String(c.linearFrom ?? 90) : '',
        linearTo: c.method === 'linear' ? String(c.linearTo ?? 100) : '',
        evidenceVi: c.evidenceVi,
        evidenceEn: c.evidenceEn,
      }));
      rows.push({ ...rows[0]!, titleVi: 'Tiêu chí bổ sung', titleEn: 'An added criterion', maxPoints: '50', method: 'manual', indicatorId: '', linearFrom: '', linearTo: '' });
      const input = ZAgreementVersion.parse({ termId: term.id, basedOnId: old.id, titleVi: 'Giao ước thi đua năm 2026 (sửa đổi)', titleEn: '2026 agreement (amended)', changeNote: 'Thêm một tiêu chí theo kết luận sơ kết', criteria: rows });
      // Only the head unit's representative writes versions.
      expect(await refusal(createAgreementVersion(contextOf(await viewerOf(get(), 'phocum1')), input))).toBe('role_not_permitted');
      expect(await refusal(createAgreementVersion(contextOf(await viewerOf(get(), 'thutruong.hoalu')), input))).toBe('role_not_permitted');
      const created = await createAgreementVersion(contextOf(lead), input);
      expect(created).toMatchObject({ version: old.version + 1, totalPoints: 1050 });
      expect(await refusal(createAgreementVersion(contextOf(lead), input))).toBe('conflict');
      const page = (await getAgreementPage(lead, term.id))!;
      expect(page.versions.map((v) => v.version)).toEqual([old.version + 1, old.version]);
      expect(page.versions[1]!.acceptances).toHaveLength(oldAcceptances);
      expect(page.current?.acceptances).toHaveLength(0);
      expect(page.current?.changeNote).toBe('Thêm một tiêu chí theo kết luận sơ kết');
      expect(page.criteria).toHaveLength(oldCriteria.length + 1);
      const [stored] = await get().db.select({ supersedesId: agreements.supersedesId }).from(agreements).where(eq(agreements.id, created.agreementId));
      expect(stored?.supersedesId).toBe(old.id);
      // The old version can no longer be accepted; the new one can.
      const hoalu = await viewerOf(get(), 'thutruong.hoalu');
      expect(await refusal(acceptAgreement(contextOf(hoalu), { termId: term.id, agreementId: old.id }))).toBe('agreement_superseded');
      await acceptAgreement(contextOf(hoalu), { termId: term.id, agreementId: created.agreementId });
    });

    it('takes self scores within the maximum; refuses over the maximum, the head unit scoring itself as head, and peers when the bloc has none', async () => {
      const term = await cluster('CUM-01');
      const agreement = (await loadCurrentAgreement(get().db, term.id))!;
      const criteria = await loadCriteria(get().db, agreement.id);
      const first = criteria[0]!;
      const hoalu = await unitId('P-HOALU');
      const officer = await viewerOf(get(), 'canbo.hoalu');
      await expect(saveScoreSheet(contextOf(officer), { termId: term.id, scoredUnitId: hoalu, scorerKind: 'self', entries: [{ criterionId: first.id, points: String(first.maxPoints - 5), comment: 'Báo cáo Kho bạc' }] })).resolves.toEqual({ saved: 1 });
      const [row] = await get().db.select({ points: scores.points, evidenceNote: scores.evidenceNote }).from(scores).where(and(eq(scores.criterionId, first.id), eq(scores.scoredUnitId, hoalu), eq(scores.scorerUnitId, hoalu)));
      expect(Number(row?.points)).toBe(first.maxPoints - 5);
      expect(row?.evidenceNote).toBe('Báo cáo Kho bạc');
      expect(await refusal(saveScoreSheet(contextOf(officer), { termId: term.id, scoredUnitId: hoalu, scorerKind: 'self', entries: [{ criterionId: first.id, points: String(first.maxPoints + 1), comment: '' }] }))).toBe('score_over_max');
      // Self scores are the unit's own: not another member's.
      expect(await refusal(saveScoreSheet(contextOf(officer), { termId: term.id, scoredUnitId: await unitId('P-PHULY'), scorerKind: 'self', entries: [{ criterionId: first.id, points: '1', comment: '' }] }))).toBe('out_of_scope');
      const lead = await viewerOf(get(), 'truongcum1');
      expect(await refusal(saveScoreSheet(contextOf(lead), { termId: term.id, scoredUnitId: term.headUnitId, scorerKind: 'head', entries: [{ criterionId: first.id, points: '100', comment: '' }] }))).toBe('score_own_unit');
      await expect(saveScoreSheet(contextOf(await viewerOf(get(), 'phocum1')), { termId: term.id, scoredUnitId: term.headUnitId, scorerKind: 'deputy', entries: [{ criterionId: first.id, points: '120', comment: 'Theo báo cáo' }] })).resolves.toEqual({ saved: 1 });
      await expect(saveScoreSheet(contextOf(lead), { termId: term.id, scoredUnitId: hoalu, scorerKind: 'head', entries: [{ criterionId: first.id, points: '130', comment: 'Chênh so với tự chấm' }] })).resolves.toEqual({ saved: 1 });
      expect(await refusal(saveScoreSheet(contextOf(await viewerOf(get(), 'thutruong.hoalu')), { termId: term.id, scoredUnitId: await unitId('P-PHULY'), scorerKind: 'peer', entries: [{ criterionId: first.id, points: '100', comment: '' }] }))).toBe('peer_scoring_disabled');
      // The reconciliation shows self against the leads.
      const page = (await getScoringPage(lead, term.id, hoalu))!;
      const line = page.reconciliation.find((r) => r.result.criterionId === first.id)!;
      expect(line.result.self).toBe(first.maxPoints - 5);
      const leads = (await get().db.select({ points: scores.points, kind: scores.scorerKind }).from(scores).where(and(eq(scores.criterionId, first.id), eq(scores.scoredUnitId, hoalu)))).filter((s) => s.kind !== 'self');
      expect(leads.map((l) => Number(l.points))).toContain(130);
      const official = round2(leads.reduce((a, l) => a + Number(l.points), 0) / leads.length);
      expect(line.result.official).toBe(official);
      expect(line.result.difference).toBe(round2(official - (first.maxPoints - 5)));
      expect(line.entries.find((e) => e.scorerKind === 'head')?.comment).toBe('Chênh so với tự chấm');
    });

    it('closes scoring once, after which scores are read only, and the scoreboard adds up the stored scores', async () => {
      const term = await cluster('CUM-01');
      const lead = await viewerOf(get(), 'truongcum1');
      expect((await getScoreboard(lead, term.id))?.ranked).toEqual([]);
      expect(await refusal(closeScoring(contextOf(await viewerOf(get(), 'thutruong.hoalu')), { termId: term.id }))).toBe('role_not_permitted');
      await closeScoring(contextOf(lead), { termId: term.id });
      expect(await events('close_scoring')).toBe(1);
      expect(await refusal(closeScoring(contextOf(await viewerOf(get(), 'phocum1')), { termId: term.id }))).toBe('scoring_closed');
      const agreement = (await loadCurrentAgreement(get().db, term.id))!;
      const criteria = await loadCriteria(get().db, agreement.id);
      const hoalu = await unitId('P-HOALU');
      const before = await get().db.select().from(scores);
      expect(await refusal(saveScoreSheet(contextOf(await viewerOf(get(), 'canbo.hoalu')), { termId: term.id, scoredUnitId: hoalu, scorerKind: 'self', entries: [{ criterionId: criteria[0]!.id, points: '1', comment: '' }] }))).toBe('scoring_closed');
      expect(await refusal(saveScoreSheet(contextOf(lead), { termId: term.id, scoredUnitId: hoalu, scorerKind: 'head', entries: [{ criterionId: criteria[0]!.id, points: '1', comment: '' }] }))).toBe('scoring_closed');
      expect(await get().db.select().from(scores)).toEqual(before);
      expect(await refusal(createAgreementVersion(contextOf(lead), ZAgreementVersion.parse({ termId: term.id, basedOnId: agreement.id, titleVi: 'x', titleEn: 'x', changeNote: 'sau khi khoá', criteria: [{ groupTitleVi: 'A', groupTitleEn: 'A', titleVi: 'a', titleEn: 'a', kind: 'criterion', maxPoints: '10', method: 'manual', evidenceVi: '', evidenceEn: '' }] })))).toBe('scoring_closed');
      expect((await getScoringPage(lead, term.id, hoalu))?.sheets).toEqual([]);

      const board = (await getScoreboard(await viewerOf(get(), 'thutruong.hoalu'), term.id))!;
      const members = (await get().db.select({ unitId: blocMemberships.unitId }).from(blocMemberships).where(eq(blocMemberships.blocTermId, term.id))).map((m) => m.unitId);
      expect(board.ranked.map((r) => r.rank)).toEqual(members.map((_, i) => i + 1));
      const stored = (await get().db.select().from(scores).where(inArray(scores.criterionId, criteria.map((c) => c.id)))).map((s) => ({ ...s, points: Number(s.points) }));
      for (const row of board.ranked) {
        let criteriaPoints = 0;
        let bonus = 0;
        let deduction = 0;
        let self = 0;
        let selfAny = false;
        for (const c of criteria) {
          const leads = stored.filter((s) => s.criterionId === c.id && s.scoredUnitId === row.unitId && s.scorerKind !== 'self');
          const mine = stored.find((s) => s.criterionId === c.id && s.scoredUnitId === row.unitId && s.scorerKind === 'self');
          const official = leads.length ? round2(leads.reduce((a, s) => a + s.points, 0) / leads.length) : null;
          const shown = row.criteria.find((x) => x.criterionId === c.id)!;
          expect(shown.official).toBe(official);
          expect(shown.entries).toHaveLength(leads.length + (mine ? 1 : 0));
          if (mine) {
            selfAny = true;
            self += c.kind === 'deduction' ? -mine.points : mine.points;
          }
          if (official === null) continue;
          if (c.kind === 'criterion') criteriaPoints += official;
          else if (c.kind === 'bonus') bonus += official;
          else deduction += official;
        }
        expect(row.criteriaPoints).toBe(round2(criteriaPoints));
        expect(row.total).toBe(Math.max(0, round2(criteriaPoints + bonus - deduction)));
        expect(row.selfTotal).toBe(selfAny ? Math.max(0, round2(self)) : null);
      }
      // Ranked by total, highest first.
      const totals = board.ranked.map((r) => r.total);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      expect(board.ranked[0]?.decidedBy).toBeNull();
      expect((await getBlocYear(lead, term.id))?.scoreboard).toHaveLength(members.length);
      await verifyChain(get());
    });
  },
  (database) => seedDemo(database.db),
);

import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { evaluateNomination, evaluateSubject, loadEligibilityFacts, loadNomineeHistory, loadSavedNominations, type NomineeRef } from '@/db/queries/eligibility';
import { takeSimpleAction } from '@/db/queries/workflow/actions';
import { auditEvents, awardTypes, documents, holidays, initiatives, nominations, people, roundAwardTypes, rounds, units } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { INITIATIVES } from '@/db/seed/history';
import { personRow } from '@/db/seed/people';
import { requireUnitAccount } from '@/db/seed/staff';
import { todayInVietnam } from '@/lib/rules/dates';
import { sectionOf, type Eligibility, type EligibilityCheck } from '@/lib/rules/eligibility';
import {
  LEGAL_BASIS_APPRAISAL_TIME,
  LEGAL_BASIS_BLOC_QUOTA,
  LEGAL_BASIS_DISCIPLINE_PERIOD,
  LEGAL_BASIS_DOSSIER,
  LEGAL_BASIS_INITIATIVE_ONCE,
  LEGAL_BASIS_LINEAGE,
  LEGAL_BASIS_ONE_AWARD,
  LEGAL_BASIS_OPEN_RESTRICTION,
  LEGAL_BASIS_RULE_IN_FORCE,
} from '@/lib/rules/legal-bases';
import type { CheckExplanation } from '@/lib/rules/reasons';
import { workingDaysBetween } from '@/lib/rules/working-days';
import { contextOf, viewerOf } from './workflow-helpers';
import { describeEachDatabase } from './harness';

// The demo's deliberate eligibility cases (db/seed/history.ts), evaluated on the seeded database for
// the 2026 year-end round, on the demo's day (LAUREL_TODAY, 2026-11-26).

function check<K extends EligibilityCheck['kind']>(e: Eligibility | null, kind: K, group?: number): Extract<EligibilityCheck, { kind: K }> {
  const found = e?.checks.find((c) => c.kind === kind && (group === undefined || ('group' in c && c.group === group)));
  if (!found) throw new Error(`no ${kind} check${group === undefined ? '' : ` in group ${group}`}`);
  return found as Extract<EligibilityCheck, { kind: K }>;
}

const kindsOf = (e: Eligibility | null) => e?.checks.map((c) => c.kind) ?? [];

const yearLine = (c: Extract<EligibilityCheck, { kind: 'consecutive_titles' }>) =>
  c.yearList.map((y) => `${y.year} ${y.counted ? '✓' : '✗'}${y.via ? ` (${y.via.nameEn})` : ''}${y.excludedByDiscipline ? ' discipline' : ''}`).join(' ');

describeEachDatabase(
  'eligibility checks on the demo data',
  (get) => {
    const db = () => get().db;
    let roundId = 0;

    async function awardId(code: string): Promise<number> {
      const [row] = await db()
        .select({ id: awardTypes.id })
        .from(awardTypes)
        .innerJoin(roundAwardTypes, eq(roundAwardTypes.awardTypeId, awardTypes.id))
        .where(and(eq(awardTypes.code, code), eq(roundAwardTypes.roundId, roundId)));
      if (!row) throw new Error(`no ${code} in the 2026 round`);
      return row.id;
    }
    async function person(key: string): Promise<NomineeRef> {
      const [row] = await db().select({ id: people.id }).from(people).where(eq(people.fullName, personRow(key).fullName));
      if (!row) throw new Error(`no person ${key}`);
      return { kind: 'person', personId: row.id };
    }
    async function unit(code: string): Promise<NomineeRef> {
      const [row] = await db().select({ id: units.id }).from(units).where(eq(units.code, code));
      if (!row) throw new Error(`no unit ${code}`);
      return { kind: 'unit', unitId: row.id };
    }
    async function initiative(key: string): Promise<number> {
      const title = INITIATIVES.find((i) => i.key === key)?.title ?? '';
      const [row] = await db().select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.title, title));
      if (!row) throw new Error(`no initiative ${key}`);
      return row.id;
    }
    /** The nominee's nomination of `award` in the 2026 year-end round. */
    async function nominationOf(nominee: NomineeRef, award: string): Promise<{ id: number; reference: string }> {
      const column =
        nominee.kind === 'unit'
          ? eq(nominations.nomineeUnitId, nominee.unitId)
          : nominee.kind === 'person'
            ? eq(nominations.nomineePersonId, nominee.personId)
            : eq(nominations.nomineeHouseholdId, nominee.householdId);
      const [row] = await db()
        .select({ id: nominations.id, reference: nominations.reference })
        .from(nominations)
        .where(and(eq(nominations.roundId, roundId), eq(nominations.awardTypeId, await awardId(award)), column));
      if (!row) throw new Error(`no ${award} nomination`);
      return row;
    }

    beforeAll(async () => {
      const [round] = await db().select({ id: rounds.id }).from(rounds).where(and(eq(rounds.year, 2026), eq(rounds.kind, 'year_end')));
      if (!round) throw new Error('no 2026 year-end round');
      roundId = round.id;
    });

    it('finds nhung eligible for the provincial fighter with her province-wide initiative', async () => {
      const nhung = await person('nhung');
      const own = await nominationOf(nhung, 'provincial_fighter');
      const subject = { roundId, awardTypeId: await awardId('provincial_fighter'), nominee: nhung, initiativeIds: [await initiative('nhung-motcua')], excludeNominationId: own.id };
      const result = await evaluateSubject(db(), subject);
      expect(yearLine(check(result, 'consecutive_titles'))).toBe('2023 ✓ 2024 ✓ 2025 ✓');
      expect(check(result, 'initiatives').counted.map((i) => i.scope)).toEqual(['province']);
      expect(check(result, 'consecutive_titles').legalBasis).toMatch(/Điều 22/);
      expect(result?.overall).toBe('pass');
      // The saved nomination evaluates the same way (with its dossier and procedure besides), inside a
      // transaction too.
      const saved = await evaluateNomination(db(), own.id);
      const standing = (e: Eligibility | null) => e?.checks.filter((c) => sectionOf(c) === 'standard' || sectionOf(c) === 'general');
      expect(standing(saved)).toEqual(standing(result));
      expect(kindsOf(result)).toEqual(['consecutive_titles', 'initiatives', 'open_restriction', 'one_award', 'initiative_reuse', 'submitted_in_time', 'rule_version']);
      expect(kindsOf(saved)).toEqual([...kindsOf(result).slice(0, 5), 'dossier_complete', 'submitted_in_time', 'rule_version', 'appraisal_time_limit']);
      expect(saved?.overall).toBe('pass');
      expect(await db().transaction((tx) => evaluateNomination(tx, own.id))).toEqual(saved);
    });

    it('fails khoa: a gap in 2024', async () => {
      const khoa = await person('khoa');
      const result = await evaluateNomination(db(), (await nominationOf(khoa, 'provincial_fighter')).id);
      expect(yearLine(check(result, 'consecutive_titles'))).toBe('2023 ✓ 2024 ✗ 2025 ✓');
      expect(check(result, 'initiatives').status).toBe('pass');
      expect(result?.overall).toBe('fail');
      expect(result?.failures).toEqual(['consecutive_titles']);
    });

    it('passes hoa through the certificate’s second alternative', async () => {
      const hoa = await person('hoa');
      const own = await nominationOf(hoa, 'certificate_individual');
      const result = await evaluateNomination(db(), own.id);
      expect(result?.groups).toEqual([
        { index: 0, status: 'fail' },
        { index: 1, status: 'pass' },
      ]);
      expect(yearLine(check(result, 'consecutive_titles', 1))).toBe('2024 ✓ 2025 ✓');
      expect(check(result, 'initiatives', 1).counted).toHaveLength(2);
      // Her approved certificate of this round is this nomination's own award, not an earlier one.
      expect(check(result, 'one_award').status).toBe('pass');
      expect(result?.overall).toBe('pass');

      // Proposed again, beside the approved nomination, the same achievement fails.
      const again = await evaluateSubject(db(), { roundId, awardTypeId: await awardId('certificate_individual'), nominee: hoa, initiativeIds: [] });
      const oneAward = check(again, 'one_award');
      expect(oneAward).toMatchObject({ status: 'fail', alreadyAwarded: true, legalBasis: LEGAL_BASIS_ONE_AWARD });
      expect(oneAward.sameRound.map((n) => n.reference)).toEqual([own.reference]);
    });

    it('passes Hoa Lư ward’s certificate only through the lineage of Ninh Bình city', async () => {
      const ward = await unit('P-HOALU');
      const history = await loadNomineeHistory(db(), ward);
      expect(history.filter((h) => h.via === null && h.titleCode === 'excellent_completion').map((h) => h.year)).toEqual([2025]);
      expect(history.filter((h) => h.titleCode === 'excellent_completion' && h.year === 2024)).toEqual([
        expect.objectContaining({ via: { nameVi: 'Thành phố Ninh Bình', nameEn: 'Ninh Bình City' }, revoked: false }),
      ]);
      // Newest first; Hoa Lư district is not a predecessor of this ward.
      expect(history.map((h) => h.year)).toEqual([...history.map((h) => h.year)].sort((a, b) => b - a));
      expect(history.some((h) => h.via?.nameEn === 'Hoa Lư District')).toBe(false);

      const result = await evaluateSubject(db(), { roundId, awardTypeId: await awardId('certificate_collective'), nominee: ward, initiativeIds: [] });
      const c = check(result, 'consecutive_titles', 0);
      expect(yearLine(c)).toBe('2024 ✓ (Ninh Bình City) 2025 ✓');
      expect(c.lineageBasis).toBe(LEGAL_BASIS_LINEAGE);
      expect(result?.groups[0]?.status).toBe('pass');
      // The ward's provincial flag nomination of the same round is still live (awaiting decision).
      expect(check(result, 'one_award').sameRound.map((n) => n.status)).toEqual(['awaiting_decision']);
      expect(result?.failures).toEqual(['one_award']);
    });

    it('follows lineage to every predecessor of a ward formed from two units', async () => {
      const history = await loadNomineeHistory(db(), await unit('P-NAMHOALU'));
      expect(new Set(history.map((h) => h.via?.nameEn ?? 'own'))).toEqual(new Set(['own', 'Ninh Bình City', 'Hoa Lư District']));
    });

    it('fails Thiên Trường ward: Nam Định city lacks 2024', async () => {
      const ward = await unit('P-THIENTRUONG');
      const result = await evaluateNomination(db(), (await nominationOf(ward, 'certificate_collective')).id);
      expect(yearLine(check(result, 'consecutive_titles', 0))).toBe('2024 ✗ 2025 ✓');
      expect(yearLine(check(result, 'consecutive_titles', 1))).toBe('2025 ✗');
      expect(result?.overall).toBe('fail');
      expect(result?.failures).toEqual(['consecutive_titles', 'consecutive_titles']);
    });

    it('holds manh on his open complaint', async () => {
      const result = await evaluateNomination(db(), (await nominationOf(await person('manh'), 'certificate_individual')).id);
      const c = check(result, 'open_restriction');
      expect(c.status).toBe('fail');
      expect(c.legalBasis).toBe(LEGAL_BASIS_OPEN_RESTRICTION);
      expect(c.open).toEqual([expect.objectContaining({ kind: 'complaint', startsOn: '2026-10-28', endsOn: null })]);
      expect(result?.failures).toEqual(['open_restriction']);
      // The day before the complaint was received, nothing held him.
      const before = await evaluateNomination(db(), (await nominationOf(await person('manh'), 'certificate_individual')).id, '2026-10-27');
      expect(before?.overall).toBe('pass');
    });

    it('does not count long’s 2024 title, decided in a year of discipline', async () => {
      const long = await person('long');
      const facts = await loadEligibilityFacts(db(), { roundId, awardTypeId: await awardId('certificate_individual'), nominee: long, initiativeIds: [] });
      expect(facts?.restrictions).toEqual([{ kind: 'discipline', startsOn: '2024-03-15', endsOn: '2024-09-15', reference: expect.stringContaining('45/QĐ-UBND') }]);
      const result = await evaluateNomination(db(), (await nominationOf(long, 'certificate_individual')).id);
      const c = check(result, 'consecutive_titles', 0);
      expect(yearLine(c)).toBe('2024 ✗ discipline 2025 ✓');
      expect(c.disciplineBasis).toBe(LEGAL_BASIS_DISCIPLINE_PERIOD);
      expect(check(result, 'open_restriction').status).toBe('pass');
      expect(result?.overall).toBe('fail');
    });

    it('fails son: he already received the certificate in 2026', async () => {
      const result = await evaluateNomination(db(), (await nominationOf(await person('son'), 'certificate_individual')).id);
      expect(check(result, 'consecutive_titles', 0).status).toBe('pass');
      expect(check(result, 'one_award')).toMatchObject({ status: 'fail', alreadyAwarded: true, sameRound: [] });
      expect(result?.failures).toEqual(['one_award']);
    });

    it('fails an initiative already attached to another live nomination', async () => {
      const nhungsNomination = await nominationOf(await person('nhung'), 'provincial_fighter');
      const result = await evaluateSubject(db(), {
        roundId,
        awardTypeId: await awardId('provincial_fighter'),
        nominee: await person('canbo.hoalu'),
        initiativeIds: [await initiative('nhung-motcua'), await initiative('kimlien-quantri')],
      });
      const c = check(result, 'initiative_reuse');
      expect(c.legalBasis).toBe(LEGAL_BASIS_INITIATIVE_ONCE);
      expect(c.status).toBe('fail');
      // Kim Liên's initiative earned her 2025 award: it counts once, across rounds too.
      expect(c.reused.map((r) => r.usedBy.map((u) => u.status))).toEqual([['public_notice'], ['approved']]);
      expect(c.reused[0]?.usedBy[0]?.reference).toBe(nhungsNomination.reference);
      expect(check(result, 'initiatives').counted).toEqual([]);
      expect(result?.failures).toContain('initiative_reuse');

      // An initiative of a rejected nomination is free again (Khoa's).
      const freed = await evaluateSubject(db(), {
        roundId,
        awardTypeId: await awardId('provincial_fighter'),
        nominee: await person('canbo.hoalu'),
        initiativeIds: [await initiative('khoa-bando')],
      });
      expect(check(freed, 'initiative_reuse').status).toBe('pass');
      expect(check(freed, 'initiatives').status).toBe('pass');
    });

    it('answers null for a round, award type or nomination that does not exist', async () => {
      const nominee = await person('nhung');
      expect(await evaluateSubject(db(), { roundId: -1, awardTypeId: await awardId('provincial_fighter'), nominee, initiativeIds: [] })).toBeNull();
      expect(await evaluateSubject(db(), { roundId, awardTypeId: -1, nominee, initiativeIds: [] })).toBeNull();
      expect(await evaluateNomination(db(), -1)).toBeNull();
    });

    /** A unit's nomination of `award` in the 2026 year-end round. */
    const unitNomination = async (code: string, award: string) => nominationOf(await unit(code), award);

    it('passes Phủ Lý ward across the 2025 merger (2024 through Phủ Lý city), its dossier and procedure too', async () => {
      const ward = await unit('P-PHULY');
      const own = await nominationOf(ward, 'certificate_collective');
      const [row] = await db().select({ status: nominations.status, startedAt: nominations.appraisalStartedAt }).from(nominations).where(eq(nominations.id, own.id));
      expect(row?.status).toBe('appraisal');
      const result = await evaluateNomination(db(), own.id);
      const titles = check(result, 'consecutive_titles', 0);
      expect(yearLine(titles)).toBe('2024 ✓ (Phủ Lý City) 2025 ✓');
      expect(titles.lineageBasis).toBe(LEGAL_BASIS_LINEAGE);
      expect(result?.overall).toBe('pass');
      expect(result?.failures).toEqual([]);
      // Endorsed by its bloc: every document is due, the bloc's minutes included.
      expect(check(result, 'dossier_complete')).toMatchObject({ status: 'pass', stage: 'bloc_endorsement', missing: [], dueLater: [], legalBasis: LEGAL_BASIS_DOSSIER });
      // Cluster No. 1 sent one other certificate up (Tam Điệp ward's, now before the council); the quota is 3.
      expect(check(result, 'bloc_quota')).toMatchObject({ status: 'pass', quota: 3, endorsedOthers: 1, legalBasis: LEGAL_BASIS_BLOC_QUOTA });
      expect(check(result, 'submitted_in_time')).toMatchObject({ status: 'pass', deadline: '2026-12-09' });
      expect(check(result, 'rule_version')).toMatchObject({ status: 'pass', dateBasis: 'deadline', on: '2026-12-09', used: { version: 1 }, inForce: null });
      // Received on Monday 16 November after the cluster's review of the 13th: 8 working days by the
      // demo's day, due on 21 December.
      const startedOn = todayInVietnam(row!.startedAt!);
      expect(check(result, 'appraisal_time_limit')).toMatchObject({ status: 'pass', startedOn, endedOn: null, asOf: '2026-11-26', used: 8, dueOn: '2026-12-21', limit: 25, legalBasis: LEGAL_BASIS_APPRAISAL_TIME });
    });

    it('counts the appraisal to the forward, on the holiday calendar, and never fails the nominee on it', async () => {
      const nhung = await nominationOf(await person('nhung'), 'provincial_fighter');
      const [forward] = await db()
        .select({ at: auditEvents.occurredAt })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, nhung.id), eq(auditEvents.action, 'forward')));
      const [row] = await db().select({ startedAt: nominations.appraisalStartedAt }).from(nominations).where(eq(nominations.id, nhung.id));
      const startedOn = todayInVietnam(row!.startedAt!);
      const endedOn = todayInVietnam(new Date(forward!.at));
      const calendar = new Set((await db().select({ day: holidays.day }).from(holidays)).map((h) => h.day));
      const c = check(await evaluateNomination(db(), nhung.id), 'appraisal_time_limit');
      expect(c).toMatchObject({ status: 'pass', startedOn, endedOn, asOf: endedOn, used: workingDaysBetween(startedOn, endedOn, calendar) });

      // Phủ Lý ward's appraisal still runs: by 15 January it is over its 25 working days (New Year's
      // Day not counted), yet the nominee's eligibility is unchanged.
      const phuly = await unitNomination('P-PHULY', 'certificate_collective');
      const late = await evaluateNomination(db(), phuly.id, '2027-01-15');
      expect(check(late, 'appraisal_time_limit')).toMatchObject({ status: 'fail', used: 43, dueOn: '2026-12-21' });
      expect(late?.overall).toBe('pass');
      expect(late?.failures).toEqual([]);
    });

    it('reads the bloc’s vote and quota: Hoa Lư ward chosen, Đồng Văn ward not, Cluster No. 3 yet to vote', async () => {
      const hoalu = await evaluateNomination(db(), (await unitNomination('P-HOALU', 'provincial_flag')).id);
      const vote = check(hoalu, 'bloc_vote');
      expect(vote).toMatchObject({ status: 'pass', reachedProvince: true, leadChosen: null });
      expect(vote.ballots).toEqual([expect.objectContaining({ roundNo: 1, heldOn: '2026-11-13', passed: true })]);
      expect(check(hoalu, 'bloc_quota')).toMatchObject({ status: 'pass', quota: 1, endorsedOthers: 0 });
      expect(hoalu?.failures).toEqual([]);

      // Declined at the same review: its ballot failed, and the cluster's one flag went to Hoa Lư.
      const dongvan = await evaluateNomination(db(), (await unitNomination('P-DONGVAN', 'provincial_flag')).id);
      expect(check(dongvan, 'bloc_vote')).toMatchObject({ status: 'fail', reachedProvince: false, ballots: [expect.objectContaining({ passed: false })] });
      expect(check(dongvan, 'bloc_quota')).toMatchObject({ status: 'fail', quota: 1, endorsedOthers: 1 });
      expect(dongvan?.failures).toEqual(['bloc_vote', 'bloc_quota']);

      // Cluster No. 3 reviews on 2 December: Yên Mô's flag in bloc review waits for the vote, without failing.
      const yenmo = await evaluateNomination(db(), (await unitNomination('X-YENMO', 'provincial_flag')).id);
      expect(check(yenmo, 'bloc_vote')).toMatchObject({ status: 'pending', ballots: [], reachedProvince: false });
      expect(check(yenmo, 'dossier_complete')).toMatchObject({ status: 'pass', stage: 'unit_submission', dueLater: ['bloc_minutes', 'bloc_ballot_result'] });
      expect(yenmo?.overall).toBe('pass');
    });

    it('names what a draft’s dossier lacks at the unit’s stage, and passes a complete one', async () => {
      const namHoaLu = await evaluateNomination(db(), (await unitNomination('P-NAMHOALU', 'certificate_collective')).id);
      expect(check(namHoaLu, 'dossier_complete')).toMatchObject({ status: 'fail', stage: 'unit_submission', missing: ['submission_letter'], dueLater: ['bloc_minutes'] });
      expect(namHoaLu?.failures).toContain('dossier_complete');

      const binh = await evaluateNomination(db(), (await nominationOf(await person('vanbinh'), 'certificate_individual')).id);
      expect(check(binh, 'dossier_complete')).toMatchObject({ status: 'pass', stage: 'unit_submission', missing: [], dueLater: [] });
      expect(binh?.overall).toBe('pass');
      // Not submitted: in time until the deadline's day ends, late after it.
      expect(check(binh, 'submitted_in_time')).toMatchObject({ status: 'pass', submittedOn: null });
      const after = await evaluateNomination(db(), (await nominationOf(await person('vanbinh'), 'certificate_individual')).id, '2026-12-10');
      expect(check(after, 'submitted_in_time')).toMatchObject({ status: 'fail', submittedOn: null, today: '2026-12-10' });
      expect(after?.failures).toEqual(['submitted_in_time']);
      // A nomination not created yet has no dossier to check.
      expect(kindsOf(await evaluateSubject(db(), { roundId, awardTypeId: await awardId('certificate_individual'), nominee: await person('vanbinh'), initiativeIds: [] }))).not.toContain('dossier_complete');
    });

    it('judges by the version in force: the decision date for a decided nomination, and names both versions when another applies', async () => {
      // Nam Định ward's 2025 flag, decided by Decision 56/QĐ-UBND of 16 January 2026: version 2 then.
      const [decided] = await db()
        .select({ id: nominations.id })
        .from(nominations)
        .innerJoin(rounds, eq(rounds.id, nominations.roundId))
        .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
        .innerJoin(units, eq(units.id, nominations.nomineeUnitId))
        .where(and(eq(rounds.year, 2025), eq(awardTypes.code, 'provincial_flag'), eq(units.code, 'P-NAMDINH')));
      expect(check(await evaluateNomination(db(), decided!.id), 'rule_version')).toMatchObject({ status: 'pass', dateBasis: 'decision', on: '2026-01-16', used: { version: 2 }, legalBasis: LEGAL_BASIS_RULE_IN_FORCE });

      // The fighter's version 1 (until 30 June 2025) proposed in the 2026 round: version 2 applies.
      const [v1] = await db().select({ id: awardTypes.id }).from(awardTypes).where(and(eq(awardTypes.code, 'provincial_fighter'), eq(awardTypes.version, 1)));
      const stale = await evaluateSubject(db(), { roundId, awardTypeId: v1!.id, nominee: await person('nhung'), initiativeIds: [await initiative('nhung-motcua')] });
      expect(check(stale, 'rule_version')).toMatchObject({
        status: 'fail',
        on: '2026-12-09',
        used: { version: 1, effectiveTo: '2025-06-30' },
        inForce: { version: 2, effectiveFrom: '2025-07-01', effectiveTo: null },
      });
      expect(stale?.failures).toContain('rule_version');
    });

    it('reads many nominations’ facts in one call, as one at a time', async () => {
      const ids = [(await unitNomination('P-PHULY', 'certificate_collective')).id, (await unitNomination('P-HOALU', 'provincial_flag')).id];
      const saved = await loadSavedNominations(db(), [...ids, -1]);
      expect([...saved.keys()].sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const single = (await loadSavedNominations(db(), [id])).get(id);
        expect(saved.get(id)).toEqual(single);
        expect(single?.subject.excludeNominationId).toBe(id);
      }
    });

    it('lets a complete bloc-route draft be submitted without confirmation: the bloc’s papers and vote come later', async () => {
      setDatabaseForTests(get());
      const draft = await unitNomination('X-KIMSON', 'provincial_flag');
      const head = await viewerOf(get(), requireUnitAccount('X-KIMSON', 'unit_head').username);
      // The unit's own papers: its achievement report is seeded; the submission letter is added here.
      await db().insert(documents).values({
        nominationId: draft.id,
        kind: 'submission_letter',
        fileName: 'to-trinh.pdf',
        contentType: 'application/pdf',
        sizeBytes: 1024,
        sha256: 'a'.repeat(64),
        storageKey: `test/${randomUUID()}`,
        uploadedBy: head.id,
      });
      const before = await evaluateNomination(db(), draft.id);
      expect(check(before, 'bloc_vote').status).toBe('pending');
      expect(check(before, 'dossier_complete').status).toBe('pass');
      expect(before?.overall).toBe('pass');

      const [n] = await db().select({ version: nominations.version }).from(nominations).where(eq(nominations.id, draft.id));
      const result = await takeSimpleAction(contextOf(head), { action: 'submit', nominationId: draft.id, version: n!.version, idempotencyKey: randomUUID() });
      expect(result.to).toBe('bloc_review');
      const [event] = await db()
        .select({ payload: auditEvents.payload })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, draft.id), eq(auditEvents.action, 'submit')))
        .orderBy(desc(auditEvents.seq));
      const eligibility = event!.payload.eligibility as { overall: string; failures: string[]; checks: CheckExplanation[] };
      expect(eligibility).toMatchObject({ overall: 'pass', failures: [], confirmedDespiteFailures: false });
      // What is still open is kept, explained in both languages.
      expect(eligibility.checks.map((c) => [c.kind, c.status])).toEqual([
        ['bloc_vote', 'pending'],
        ['attestation', 'to_confirm'],
      ]);
      expect(eligibility.checks[0]!.reason.vi).toContain('Cụm, khối chưa bỏ phiếu');
      expect(eligibility.checks[0]!.reason.en).toContain('The bloc has not voted yet');
    });

    it('forwards without a justification a nomination whose only failure is the province’s own time limit, and records it', async () => {
      setDatabaseForTests(get());
      const ngocanh = await nominationOf(await person('ngocanh'), 'certificate_individual');
      // Received in September: long past its 25 working days on the demo's day.
      await db().update(nominations).set({ appraisalStartedAt: new Date('2026-09-01T02:00:00Z') }).where(eq(nominations.id, ngocanh.id));
      const before = await evaluateNomination(db(), ngocanh.id);
      expect(check(before, 'appraisal_time_limit').status).toBe('fail');
      expect(before?.overall).toBe('pass');

      const appraiser = await viewerOf(get(), 'thamdinh');
      const [n] = await db().select({ version: nominations.version }).from(nominations).where(eq(nominations.id, ngocanh.id));
      const result = await takeSimpleAction(contextOf(appraiser), { action: 'forward', nominationId: ngocanh.id, version: n!.version, idempotencyKey: randomUUID() });
      expect(result.to).toBe('council');
      const [event] = await db()
        .select({ payload: auditEvents.payload })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, ngocanh.id), eq(auditEvents.action, 'forward')))
        .orderBy(asc(auditEvents.seq));
      const eligibility = event!.payload.eligibility as { overall: string; overridden: boolean; checks: CheckExplanation[] };
      expect(eligibility).toMatchObject({ overall: 'pass', overridden: false });
      const limit = eligibility.checks.find((c) => c.kind === 'appraisal_time_limit');
      expect(limit).toMatchObject({ status: 'fail', informational: true, legalBasis: LEGAL_BASIS_APPRAISAL_TIME });
      // Evaluated as the forward is claimed: the clock ran to that day.
      expect(limit!.reason.vi).toMatch(/— Quá thời hạn\. Nhận đủ hồ sơ ngày 01\/09\/2026; đến ngày 26\/11\/2026: 61 ngày làm việc \(hạn cuối ngày 07\/10\/2026\)\./);
    });
  },
  (database) => seedDemo(database.db),
);

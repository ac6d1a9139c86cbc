import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { evaluateNomination, evaluateSubject, loadEligibilityFacts, loadNomineeHistory, type NomineeRef } from '@/db/queries/eligibility';
import { awardTypes, initiatives, nominations, people, roundAwardTypes, rounds, units } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { INITIATIVES } from '@/db/seed/history';
import { personRow } from '@/db/seed/people';
import type { Eligibility, EligibilityCheck } from '@/lib/rules/eligibility';
import { LEGAL_BASIS_DISCIPLINE_PERIOD, LEGAL_BASIS_INITIATIVE_ONCE, LEGAL_BASIS_LINEAGE, LEGAL_BASIS_ONE_AWARD, LEGAL_BASIS_OPEN_RESTRICTION } from '@/lib/rules/legal-bases';
import { describeEachDatabase } from './harness';

// The demo's deliberate eligibility cases (db/seed/history.ts), evaluated on the seeded database for
// the 2026 year-end round, on the demo's day (LAUREL_TODAY, 2026-11-26).

function check<K extends EligibilityCheck['kind']>(e: Eligibility | null, kind: K, group?: number): Extract<EligibilityCheck, { kind: K }> {
  const found = e?.checks.find((c) => c.kind === kind && (group === undefined || ('group' in c && c.group === group)));
  if (!found) throw new Error(`no ${kind} check${group === undefined ? '' : ` in group ${group}`}`);
  return found as Extract<EligibilityCheck, { kind: K }>;
}

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
      // The saved nomination evaluates the same way, inside a transaction too.
      expect(await evaluateNomination(db(), own.id)).toEqual(result);
      expect(await db().transaction((tx) => evaluateNomination(tx, own.id))).toEqual(result);
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
  },
  (database) => seedDemo(database.db),
);

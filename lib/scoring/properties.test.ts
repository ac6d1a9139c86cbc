// Property tests of the scoring math (issue 5, item 7), with fast-check.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERION_KINDS, SCORER_KINDS, SCORING_METHODS } from '@/lib/domain/constants';
import { normalisedScores, scorerZScores } from './normalise';
import { computedPoints, type CriterionSpec, type ScoreEntry } from './points';
import { rankMembers, TIE_BREAK_ORDER, type RankedMember } from './ranking';
import { memberTotals, type MemberTotal } from './totals';

const RUNS = { numRuns: 300 };
const EPS = 1e-9;
const collator = new Intl.Collator('vi');

const NAME_POOL = [
  'Phường Hoa Lư',
  'Phường Đông A',
  'Phường Phủ Lý',
  'Phường Dương Nội',
  'Xã Cúc Phương',
  'Phường Nam Định',
  'Xã Ân Thi',
  'Xã Ăn Thi',
  'Phường Tam Điệp',
  'Xã Gia Viễn',
];

// ---- arbitraries -----------------------------------------------------------------------------

const maxPointsArb = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0.01, max: 50, noNaN: true }));

const criterionArb = (id: number): fc.Arbitrary<CriterionSpec> =>
  fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom(...CRITERION_KINDS),
    groupPosition: fc.integer({ min: 1, max: 4 }),
    position: fc.integer({ min: 1, max: 5 }),
    maxPoints: maxPointsArb,
    method: fc.constant('manual' as const),
  });

const tableArb: fc.Arbitrary<CriterionSpec[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 })
  .chain((ids) => fc.tuple(...ids.map(criterionArb)));

const membersArb = fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 });

const pointsArb = fc.oneof(fc.integer({ min: -10, max: 120 }), fc.double({ min: -20, max: 150, noNaN: true }));

/** Mostly valid entries, some for unknown criteria or non-members, self and own-unit scores included. */
const scoresArb: fc.Arbitrary<ScoreEntry[]> = fc.array(
  fc.record({
    criterionId: fc.integer({ min: 1, max: 13 }),
    scoredUnitId: fc.integer({ min: 1, max: 7 }),
    scorerUnitId: fc.integer({ min: 1, max: 9 }),
    scorerKind: fc.constantFrom(...SCORER_KINDS),
    points: pointsArb,
  }),
  { maxLength: 80 },
);

/** Small grids so that ties on every rule are common. */
const memberTotalArb = (unitId: number): fc.Arbitrary<MemberTotal> =>
  fc
    .record({
      total: fc.integer({ min: 0, max: 3 }),
      criteriaPoints: fc.integer({ min: 0, max: 3 }),
      bonus: fc.integer({ min: 0, max: 1 }),
      deduction: fc.integer({ min: 0, max: 2 }),
      group1: fc.integer({ min: 0, max: 2 }),
    })
    .map(({ group1, ...t }) => ({ unitId, criteria: [], selfTotal: null, byGroup: { 1: group1 }, scoredCriteria: 0, ...t }));

const rankingInputArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 0, maxLength: 9 })
  .chain((ids) =>
    fc.record({
      totals: fc.tuple(...ids.map(memberTotalArb)),
      names: fc.tuple(...ids.map(() => fc.constantFrom(...NAME_POOL))),
    }),
  )
  .map(({ totals, names }) => ({ totals, names: new Map(totals.map((t, i) => [t.unitId, names[i] ?? ''])) }));

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const maxOf = (table: CriterionSpec[], kind: CriterionSpec['kind']) => sum(table.filter((c) => c.kind === kind).map((c) => c.maxPoints));

// ---- points ----------------------------------------------------------------------------------

describe('property: computed points', () => {
  it('are null or within [0, max] with at most 2 decimals', () => {
    fc.assert(
      fc.property(
        fc.record({
          id: fc.constant(1),
          kind: fc.constantFrom(...CRITERION_KINDS),
          groupPosition: fc.constant(1),
          position: fc.constant(1),
          maxPoints: maxPointsArb,
          method: fc.constantFrom(...SCORING_METHODS),
          linearFrom: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true })),
          linearTo: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true })),
        }),
        fc.option(fc.record({ target: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true })), result: fc.double({ min: -2000, max: 2000, noNaN: true }) })),
        (c, figure) => {
          const p = computedPoints(c, figure);
          if (p === null) return;
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(c.maxPoints);
          expect(Math.abs(p * 100 - Math.round(p * 100))).toBeLessThan(1e-6);
        },
      ),
      RUNS,
    );
  });
});

// ---- totals ----------------------------------------------------------------------------------

describe('property: member totals', () => {
  it('stay within the maxima of the table', () => {
    fc.assert(
      fc.property(tableArb, scoresArb, membersArb, (table, scores, members) => {
        const criteriaMax = maxOf(table, 'criterion');
        const bonusMax = maxOf(table, 'bonus');
        const deductionMax = maxOf(table, 'deduction');
        const totals = memberTotals(table, scores, members);
        expect(totals.map((t) => t.unitId)).toEqual(members);
        for (const t of totals) {
          expect(t.criteriaPoints).toBeGreaterThanOrEqual(0);
          expect(t.criteriaPoints).toBeLessThanOrEqual(criteriaMax + EPS);
          expect(t.bonus).toBeGreaterThanOrEqual(0);
          expect(t.bonus).toBeLessThanOrEqual(bonusMax + EPS);
          expect(t.deduction).toBeGreaterThanOrEqual(0);
          expect(t.deduction).toBeLessThanOrEqual(deductionMax + EPS);
          expect(t.total).toBeGreaterThanOrEqual(0);
          expect(t.total).toBeLessThanOrEqual(criteriaMax + bonusMax + EPS);
          if (t.selfTotal !== null) {
            expect(t.selfTotal).toBeGreaterThanOrEqual(0);
            expect(t.selfTotal).toBeLessThanOrEqual(criteriaMax + bonusMax + EPS);
          }
          expect(t.criteria.map((r) => r.criterionId)).toEqual(
            [...table].sort((a, b) => a.groupPosition - b.groupPosition || a.position - b.position || a.id - b.id).map((c) => c.id),
          );
          for (const r of t.criteria) {
            const c = table.find((x) => x.id === r.criterionId)!;
            expect(r.leads.every((l) => l.scorerUnitId !== t.unitId && l.scorerKind !== 'self')).toBe(true);
            expect(r.official === null).toBe(r.leads.length === 0);
            if (r.official !== null) {
              expect(r.official).toBeGreaterThanOrEqual(0);
              expect(r.official).toBeLessThanOrEqual(c.maxPoints);
              // official is the mean of the leads (to the cent)
              expect(Math.abs(r.official - sum(r.leads.map((l) => l.points)) / r.leads.length)).toBeLessThanOrEqual(0.005 + EPS);
            }
          }
          expect(t.scoredCriteria).toBe(t.criteria.filter((r) => r.official !== null).length);
          const groupSum = sum(Object.values(t.byGroup));
          expect(Math.abs(groupSum - (t.criteriaPoints + t.bonus - t.deduction))).toBeLessThan(0.01 * table.length + EPS);
        }
      }),
      RUNS,
    );
  });

  it('do not depend on the order of the score entries when no entry is repeated', () => {
    const keyOf = (s: ScoreEntry) => `${s.criterionId}:${s.scoredUnitId}:${s.scorerUnitId}:${s.scorerKind}`;
    const uniqueScoresArb = scoresArb
      .map((xs) => [...new Map(xs.map((s) => [keyOf(s), s])).values()])
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })));
    fc.assert(
      fc.property(tableArb, membersArb, uniqueScoresArb, (table, members, [scores, shuffled]) => {
        expect(memberTotals(table, shuffled, members)).toEqual(memberTotals(table, scores, members));
      }),
      RUNS,
    );
  });
});

// ---- ranking ---------------------------------------------------------------------------------

/** Negative when `a` is ahead of `b` by the rule (what the ranking should have done). */
function ruleCompare(rule: (typeof TIE_BREAK_ORDER)[number], a: RankedMember, b: RankedMember): number {
  switch (rule) {
    case 'total':
      return b.total - a.total;
    case 'criteria_points':
      return b.criteriaPoints - a.criteriaPoints;
    case 'fewer_deductions':
      return a.deduction - b.deduction;
    case 'first_group':
      return (b.byGroup[1] ?? 0) - (a.byGroup[1] ?? 0);
    case 'name':
      return collator.compare(a.name, b.name);
  }
}

describe('property: ranking', () => {
  it('is identical under any permutation of the input totals', () => {
    fc.assert(
      fc.property(
        rankingInputArb.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray(input.totals, { minLength: input.totals.length, maxLength: input.totals.length })),
        ),
        ([{ totals, names }, shuffled]) => {
          expect(rankMembers(shuffled, names)).toEqual(rankMembers(totals, names));
        },
      ),
      RUNS,
    );
  });

  it('is identical under any permutation of totals computed from scores', () => {
    fc.assert(
      fc.property(tableArb, scoresArb, membersArb, fc.func(fc.integer()), (table, scores, members, key) => {
        const totals = memberTotals(table, scores, members);
        const names = new Map(members.map((id) => [id, NAME_POOL[id % NAME_POOL.length] ?? '']));
        const shuffled = [...totals].sort((a, b) => key(a.unitId) - key(b.unitId));
        expect(rankMembers(shuffled, names)).toEqual(rankMembers(totals, names));
      }),
      { numRuns: 200 },
    );
  });

  it('gives ranks 1..n without gaps, every member once', () => {
    fc.assert(
      fc.property(rankingInputArb, ({ totals, names }) => {
        const ranked = rankMembers(totals, names);
        expect(ranked.map((m) => m.rank)).toEqual(totals.map((_, i) => i + 1));
        expect(ranked.map((m) => m.unitId).sort((a, b) => a - b)).toEqual(totals.map((t) => t.unitId).sort((a, b) => a - b));
      }),
      RUNS,
    );
  });

  it('follows the tie-break order, and decidedBy names the first rule that differs', () => {
    fc.assert(
      fc.property(rankingInputArb, ({ totals, names }) => {
        const ranked = rankMembers(totals, names);
        if (ranked.length > 0) expect(ranked[0]?.decidedBy).toBeNull();
        for (let i = 1; i < ranked.length; i++) {
          const above = ranked[i - 1]!;
          const below = ranked[i]!;
          const decided = below.decidedBy;
          expect(decided).not.toBeNull();
          const at = TIE_BREAK_ORDER.indexOf(decided!);
          for (const rule of TIE_BREAK_ORDER.slice(0, at)) expect(ruleCompare(rule, above, below)).toBe(0);
          expect(ruleCompare(decided!, above, below)).toBeLessThanOrEqual(0);
          if (decided !== 'name') expect(ruleCompare(decided!, above, below)).toBeLessThan(0);
          if (above.total !== below.total) expect(decided).toBe('total');
        }
      }),
      RUNS,
    );
  });

  it('two members equal on every rule before name: Vietnamese name order, decided by name', () => {
    const pairArb = fc
      .record({
        t: memberTotalArb(1),
        names: fc.uniqueArray(fc.constantFrom(...NAME_POOL), { minLength: 2, maxLength: 2 }),
        ids: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 2 }),
      });
    fc.assert(
      fc.property(pairArb, ({ t, names: [n1, n2], ids: [a, b] }) => {
        const names = new Map([
          [a!, n1!],
          [b!, n2!],
        ]);
        const ranked = rankMembers([{ ...t, unitId: a! }, { ...t, unitId: b! }], names);
        const expected = [n1!, n2!].sort(collator.compare);
        expect(ranked.map((m) => m.name)).toEqual(expected);
        expect(ranked[1]?.decidedBy).toBe('name');
      }),
      RUNS,
    );
  });
});

// ---- normalisation ---------------------------------------------------------------------------

describe('property: normalised scores', () => {
  it("each scorer's z-scores over its members sum to 0 and stay within ±√(n−1)", () => {
    fc.assert(
      fc.property(tableArb, scoresArb, membersArb, (table, scores, members) => {
        for (const perMember of scorerZScores(table, scores, members).values()) {
          const zs = [...perMember.values()];
          expect(zs.length).toBeGreaterThanOrEqual(2);
          expect(Math.abs(sum(zs))).toBeLessThan(1e-6);
          for (const z of zs) expect(Math.abs(z)).toBeLessThanOrEqual(Math.sqrt(zs.length - 1) + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('with one scorer, the rounded z-scores sum to ~0 (n × 0.0005) and members it did not score are null', () => {
    const oneScorerArb = scoresArb.map((xs) => xs.map((s) => ({ ...s, scorerUnitId: 50, scorerKind: 'department' as const })));
    fc.assert(
      fc.property(tableArb, oneScorerArb, membersArb, (table, scores, members) => {
        const out = normalisedScores(table, scores, members);
        expect(out.map((m) => m.unitId)).toEqual(members);
        const scored = out.filter((m) => m.z !== null);
        expect(scored.every((m) => m.scorers === 1)).toBe(true);
        expect(out.filter((m) => m.z === null).every((m) => m.scorers === 0)).toBe(true);
        expect(scored.length === 0 || scored.length >= 2).toBe(true);
        expect(Math.abs(sum(scored.map((m) => m.z!)))).toBeLessThanOrEqual(scored.length * 0.0005 + 1e-9);
      }),
      RUNS,
    );
  });
});

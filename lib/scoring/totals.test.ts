import { describe, expect, it } from 'vitest';
import type { ScorerKind } from '@/lib/domain/constants';
import type { CriterionSpec, ScoreEntry } from './points';
import { memberTotals } from './totals';

// Units: 1 Phường Hoa Lư (head of the bloc), 2 Phường Đông A (deputy), 3 Phường Phủ Lý; 50 a department.
const HOA_LU = 1;
const DONG_A = 2;
const PHU_LY = 3;
const SO_NOI_VU = 50;
const MEMBERS = [HOA_LU, DONG_A, PHU_LY];

// Group 1: socio-economic tasks; group 2: building the government; group 3: bonus and deductions.
const TABLE: CriterionSpec[] = [
  { id: 30, kind: 'deduction', groupPosition: 3, position: 2, maxPoints: 5, method: 'manual' },
  { id: 11, kind: 'criterion', groupPosition: 1, position: 1, maxPoints: 30, method: 'target' },
  { id: 12, kind: 'criterion', groupPosition: 1, position: 2, maxPoints: 20, method: 'linear', linearFrom: 63, linearTo: 1 },
  { id: 21, kind: 'criterion', groupPosition: 2, position: 1, maxPoints: 40, method: 'manual' },
  { id: 29, kind: 'bonus', groupPosition: 3, position: 1, maxPoints: 10, method: 'manual' },
];

function s(criterionId: number, scoredUnitId: number, scorerUnitId: number, scorerKind: ScorerKind, points: number): ScoreEntry {
  return { criterionId, scoredUnitId, scorerUnitId, scorerKind, points };
}

function totalsOf(scores: ScoreEntry[], members = MEMBERS) {
  return memberTotals(TABLE, scores, members);
}

function only(scores: ScoreEntry[], unitId = PHU_LY) {
  const t = totalsOf(scores).find((m) => m.unitId === unitId);
  if (!t) throw new Error('member missing');
  return t;
}

describe('memberTotals', () => {
  it('lists every member, in the given order, with one result per criterion in table order', () => {
    const totals = totalsOf([]);
    expect(totals.map((t) => t.unitId)).toEqual(MEMBERS);
    expect(totals[0]?.criteria.map((c) => c.criterionId)).toEqual([11, 12, 21, 29, 30]);
    expect(totals[0]).toMatchObject({ criteriaPoints: 0, bonus: 0, deduction: 0, total: 0, selfTotal: null, scoredCriteria: 0, byGroup: { 1: 0, 2: 0, 3: 0 } });
  });

  it('official is the mean of the leads, rounded to 2 decimals; self stays out of it', () => {
    const t = only([
      s(21, PHU_LY, PHU_LY, 'self', 40),
      s(21, PHU_LY, HOA_LU, 'head', 30),
      s(21, PHU_LY, DONG_A, 'deputy', 32),
      s(21, PHU_LY, SO_NOI_VU, 'department', 33),
    ]);
    const row = t.criteria.find((c) => c.criterionId === 21);
    expect(row?.self).toBe(40);
    expect(row?.official).toBe(31.67); // (30 + 32 + 33) / 3
    expect(row?.difference).toBe(-8.33);
    expect(row?.leads).toEqual([
      { scorerUnitId: HOA_LU, scorerKind: 'head', points: 30 },
      { scorerUnitId: DONG_A, scorerKind: 'deputy', points: 32 },
      { scorerUnitId: SO_NOI_VU, scorerKind: 'department', points: 33 },
    ]);
    expect(t.criteriaPoints).toBe(31.67);
    expect(t.selfTotal).toBe(40);
    expect(t.scoredCriteria).toBe(1);
  });

  it('a criterion only self-scored has no official score and no difference', () => {
    const row = only([s(11, PHU_LY, PHU_LY, 'self', 25)]).criteria[0];
    expect(row).toEqual({ criterionId: 11, self: 25, leads: [], official: null, difference: null });
  });

  it("ignores a unit's own non-self score, and a self score entered by another unit", () => {
    const t = only(
      [
        s(21, HOA_LU, HOA_LU, 'head', 40), // the head scoring its own unit
        s(21, HOA_LU, DONG_A, 'deputy', 20),
        s(21, HOA_LU, DONG_A, 'self', 40), // not Hoa Lư's own score
      ],
      HOA_LU,
    );
    const row = t.criteria.find((c) => c.criterionId === 21);
    expect(row?.leads).toEqual([{ scorerUnitId: DONG_A, scorerKind: 'deputy', points: 20 }]);
    expect(row?.official).toBe(20);
    expect(row?.self).toBeNull();
    expect(t.selfTotal).toBeNull();
  });

  it('ignores scores for criteria or members not listed', () => {
    const totals = totalsOf([s(99, PHU_LY, HOA_LU, 'head', 10), s(21, 77, HOA_LU, 'head', 10)]);
    expect(totals.every((t) => t.total === 0 && t.scoredCriteria === 0)).toBe(true);
    expect(totals.map((t) => t.unitId)).not.toContain(77);
  });

  it('clamps each lead score to the criterion maximum before the mean', () => {
    const row = only([s(11, PHU_LY, HOA_LU, 'head', 45), s(11, PHU_LY, DONG_A, 'deputy', 20)]).criteria[0];
    expect(row?.leads.map((l) => l.points)).toEqual([30, 20]);
    expect(row?.official).toBe(25);
  });

  it('adds bonus, subtracts deductions, and shows them per group', () => {
    const t = only([
      s(11, PHU_LY, HOA_LU, 'head', 28),
      s(12, PHU_LY, HOA_LU, 'head', 12.5),
      s(21, PHU_LY, HOA_LU, 'head', 35),
      s(29, PHU_LY, HOA_LU, 'head', 6),
      s(30, PHU_LY, HOA_LU, 'head', 2),
      s(30, PHU_LY, DONG_A, 'deputy', 3),
    ]);
    expect(t.criteriaPoints).toBe(75.5);
    expect(t.bonus).toBe(6);
    expect(t.deduction).toBe(2.5);
    expect(t.total).toBe(79);
    expect(t.byGroup).toEqual({ 1: 40.5, 2: 35, 3: 3.5 });
    expect(t.scoredCriteria).toBe(5);
  });

  it('a deduction is capped at its own maximum', () => {
    const t = only([s(21, PHU_LY, HOA_LU, 'head', 10), s(30, PHU_LY, HOA_LU, 'head', 50)]);
    expect(t.deduction).toBe(5);
    expect(t.total).toBe(5);
  });

  it('the total never goes below 0', () => {
    const t = only([s(21, PHU_LY, HOA_LU, 'head', 1), s(30, PHU_LY, HOA_LU, 'head', 5), s(30, PHU_LY, PHU_LY, 'self', 5)]);
    expect(t.criteriaPoints).toBe(1);
    expect(t.deduction).toBe(5);
    expect(t.total).toBe(0);
    expect(t.byGroup[3]).toBe(-5);
    expect(t.selfTotal).toBe(0);
  });

  it('selfTotal sums self scores with the same rules', () => {
    const t = only([
      s(11, PHU_LY, PHU_LY, 'self', 30),
      s(21, PHU_LY, PHU_LY, 'self', 38),
      s(29, PHU_LY, PHU_LY, 'self', 10),
      s(30, PHU_LY, PHU_LY, 'self', 1.25),
    ]);
    expect(t.selfTotal).toBe(76.75);
    expect(t.total).toBe(0);
    expect(t.scoredCriteria).toBe(0);
  });

  it('a repeated entry by the same scorer counts once, the last one', () => {
    const row = only([s(21, PHU_LY, HOA_LU, 'head', 10), s(21, PHU_LY, HOA_LU, 'head', 30), s(21, PHU_LY, DONG_A, 'deputy', 20)]).criteria.find(
      (c) => c.criterionId === 21,
    );
    expect(row?.official).toBe(25);
  });

  it('drops duplicate member ids', () => {
    expect(totalsOf([], [PHU_LY, PHU_LY, HOA_LU]).map((t) => t.unitId)).toEqual([PHU_LY, HOA_LU]);
  });
});

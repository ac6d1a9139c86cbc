import { describe, expect, it } from 'vitest';
import { rankMembers, TIE_BREAK_ORDER } from './ranking';
import type { MemberTotal } from './totals';

function member(unitId: number, t: Partial<MemberTotal> & { group1?: number } = {}): MemberTotal {
  const { group1 = 0, ...rest } = t;
  return {
    unitId,
    criteria: [],
    criteriaPoints: 0,
    bonus: 0,
    deduction: 0,
    total: 0,
    selfTotal: null,
    byGroup: { 1: group1 },
    scoredCriteria: 0,
    ...rest,
  };
}

const NAMES = new Map([
  [1, 'Phường Hoa Lư'],
  [2, 'Phường Đông A'],
  [3, 'Phường Phủ Lý'],
  [4, 'Phường Dương Nội'],
]);

function order(totals: MemberTotal[]) {
  return rankMembers(totals, NAMES).map((m) => [m.name, m.rank, m.decidedBy]);
}

describe('rankMembers', () => {
  it('states the tie-break order', () => {
    expect(TIE_BREAK_ORDER).toEqual(['total', 'criteria_points', 'fewer_deductions', 'first_group', 'name']);
  });

  it('ranks by higher total first', () => {
    expect(order([member(1, { total: 80 }), member(2, { total: 95.5 }), member(3, { total: 90 })])).toEqual([
      ['Phường Đông A', 1, null],
      ['Phường Phủ Lý', 2, 'total'],
      ['Phường Hoa Lư', 3, 'total'],
    ]);
  });

  it('equal totals: higher points on the ordinary criteria (without bonus) first', () => {
    expect(order([member(1, { total: 90, criteriaPoints: 85, bonus: 5 }), member(3, { total: 90, criteriaPoints: 88, bonus: 2 })])).toEqual([
      ['Phường Phủ Lý', 1, null],
      ['Phường Hoa Lư', 2, 'criteria_points'],
    ]);
  });

  it('then fewer deduction points', () => {
    expect(
      order([member(3, { total: 90, criteriaPoints: 92, bonus: 1, deduction: 3 }), member(1, { total: 90, criteriaPoints: 92, bonus: 0, deduction: 2 })]),
    ).toEqual([
      ['Phường Hoa Lư', 1, null],
      ['Phường Phủ Lý', 2, 'fewer_deductions'],
    ]);
  });

  it('then higher points in group 1', () => {
    expect(order([member(1, { total: 90, criteriaPoints: 90, group1: 40 }), member(3, { total: 90, criteriaPoints: 90, group1: 45 })])).toEqual([
      ['Phường Phủ Lý', 1, null],
      ['Phường Hoa Lư', 2, 'first_group'],
    ]);
  });

  it('then the name in Vietnamese order: D before Đ, Đ before H (not the root collation, where Đông sorts before Dương)', () => {
    expect(order([member(1, { total: 90 }), member(2, { total: 90 }), member(3, { total: 90 }), member(4, { total: 90 })])).toEqual([
      ['Phường Dương Nội', 1, null],
      ['Phường Đông A', 2, 'name'],
      ['Phường Hoa Lư', 3, 'name'],
      ['Phường Phủ Lý', 4, 'name'],
    ]);
  });

  it('float noise does not decide a rank', () => {
    expect(order([member(3, { total: 0.1 + 0.2 }), member(1, { total: 0.3 })])).toEqual([
      ['Phường Hoa Lư', 1, null],
      ['Phường Phủ Lý', 2, 'name'],
    ]);
  });

  it('identical names fall back to the unit id; a missing name is empty', () => {
    const same = new Map([
      [7, 'Xã Cúc Phương'],
      [5, 'Xã Cúc Phương'],
    ]);
    expect(rankMembers([member(7), member(5), member(6)], same).map((m) => [m.unitId, m.name])).toEqual([
      [6, ''],
      [5, 'Xã Cúc Phương'],
      [7, 'Xã Cúc Phương'],
    ]);
  });

  it('keeps the totals on each ranked member', () => {
    const [first] = rankMembers([member(1, { total: 70, bonus: 4, selfTotal: 75 })], NAMES);
    expect(first).toMatchObject({ unitId: 1, total: 70, bonus: 4, selfTotal: 75, rank: 1, decidedBy: null, name: 'Phường Hoa Lư' });
  });

  it('an empty bloc ranks nothing', () => {
    expect(rankMembers([], NAMES)).toEqual([]);
  });
});

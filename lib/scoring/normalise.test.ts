import { describe, expect, it } from 'vitest';
import type { ScorerKind } from '@/lib/domain/constants';
import { normalisedScores, scorerZScores } from './normalise';
import type { CriterionSpec, ScoreEntry } from './points';

const HOA_LU = 1;
const DONG_A = 2;
const PHU_LY = 3;
const SO_NOI_VU = 50;
const MEMBERS = [HOA_LU, DONG_A, PHU_LY];

const TABLE: CriterionSpec[] = [
  { id: 11, kind: 'criterion', groupPosition: 1, position: 1, maxPoints: 50, method: 'manual' },
  { id: 12, kind: 'criterion', groupPosition: 2, position: 1, maxPoints: 50, method: 'manual' },
  { id: 30, kind: 'deduction', groupPosition: 3, position: 1, maxPoints: 10, method: 'manual' },
];

function s(criterionId: number, scoredUnitId: number, scorerUnitId: number, scorerKind: ScorerKind, points: number): ScoreEntry {
  return { criterionId, scoredUnitId, scorerUnitId, scorerKind, points };
}

describe('normalisedScores', () => {
  it('standardises one scorer over the members it scored (population sd)', () => {
    // the department's totals 60, 80, 100: mean 80, population sd √(800/3) = 16.33
    const scores = [
      s(11, HOA_LU, SO_NOI_VU, 'department', 30),
      s(12, HOA_LU, SO_NOI_VU, 'department', 30),
      s(11, DONG_A, SO_NOI_VU, 'department', 40),
      s(12, DONG_A, SO_NOI_VU, 'department', 40),
      s(11, PHU_LY, SO_NOI_VU, 'department', 50),
      s(12, PHU_LY, SO_NOI_VU, 'department', 50),
    ];
    expect(normalisedScores(TABLE, scores, MEMBERS)).toEqual([
      { unitId: HOA_LU, z: -1.225, scorers: 1 },
      { unitId: DONG_A, z: 0, scorers: 1 },
      { unitId: PHU_LY, z: 1.225, scorers: 1 },
    ]);
  });

  it('a strict and a lenient scorer with the same order give the same z', () => {
    const scores = [
      s(11, DONG_A, HOA_LU, 'head', 20),
      s(11, PHU_LY, HOA_LU, 'head', 30),
      s(11, HOA_LU, DONG_A, 'deputy', 40),
      s(11, PHU_LY, DONG_A, 'deputy', 50),
      s(11, HOA_LU, SO_NOI_VU, 'department', 45),
      s(11, DONG_A, SO_NOI_VU, 'department', 35),
    ];
    // head: Đông A −1, Phủ Lý +1; deputy: Hoa Lư −1, Phủ Lý +1; department: Hoa Lư +1, Đông A −1
    expect(normalisedScores(TABLE, scores, MEMBERS)).toEqual([
      { unitId: HOA_LU, z: 0, scorers: 2 },
      { unitId: DONG_A, z: -1, scorers: 2 },
      { unitId: PHU_LY, z: 1, scorers: 2 },
    ]);
  });

  it('counts deductions negative', () => {
    const scores = [s(11, DONG_A, SO_NOI_VU, 'department', 40), s(11, PHU_LY, SO_NOI_VU, 'department', 40), s(30, PHU_LY, SO_NOI_VU, 'department', 5)];
    const z = scorerZScores(TABLE, scores, MEMBERS).get(SO_NOI_VU);
    expect(z?.get(DONG_A)).toBe(1);
    expect(z?.get(PHU_LY)).toBe(-1);
  });

  it('equal totals give z 0 (sd 0), even when float sums differ in the last bit', () => {
    const scores = [
      s(11, HOA_LU, SO_NOI_VU, 'department', 0.1),
      s(12, HOA_LU, SO_NOI_VU, 'department', 0.2),
      s(11, DONG_A, SO_NOI_VU, 'department', 0.3),
    ];
    expect(normalisedScores(TABLE, scores, MEMBERS)).toEqual([
      { unitId: HOA_LU, z: 0, scorers: 1 },
      { unitId: DONG_A, z: 0, scorers: 1 },
      { unitId: PHU_LY, z: null, scorers: 0 },
    ]);
  });

  it('skips a scorer with fewer than 2 members, self scores, and own lead scores', () => {
    const scores = [
      s(11, PHU_LY, SO_NOI_VU, 'department', 40), // one member only
      s(11, HOA_LU, HOA_LU, 'self', 50),
      s(11, DONG_A, DONG_A, 'self', 10),
      s(11, HOA_LU, HOA_LU, 'head', 50), // own unit: ignored, so the head scored only Đông A
      s(11, DONG_A, HOA_LU, 'head', 10),
    ];
    expect(scorerZScores(TABLE, scores, MEMBERS).size).toBe(0);
    expect(normalisedScores(TABLE, scores, MEMBERS).every((m) => m.z === null && m.scorers === 0)).toBe(true);
  });

  it('one scorer under two kinds is one scorer', () => {
    const scores = [s(11, DONG_A, HOA_LU, 'head', 30), s(12, PHU_LY, HOA_LU, 'peer', 10)];
    const z = scorerZScores(TABLE, scores, MEMBERS);
    expect([...z.keys()]).toEqual([HOA_LU]);
    expect(z.get(HOA_LU)?.get(DONG_A)).toBe(1);
  });

  it('ignores members and criteria not listed', () => {
    const scores = [s(11, DONG_A, SO_NOI_VU, 'department', 30), s(11, 77, SO_NOI_VU, 'department', 10), s(99, PHU_LY, SO_NOI_VU, 'department', 10)];
    expect(scorerZScores(TABLE, scores, MEMBERS).size).toBe(0);
  });
});

// The z-score view when several scorers score (domain.md §3.4): a strict head and a lenient peer
// should not decide a rank by their habits. Each scorer's totals are standardised over the members it
// scored, then a member's z-scores are averaged.

import { acceptedScores, round2, type CriterionSpec, type ScoreEntry } from './points';

export interface NormalisedMember {
  unitId: number;
  z: number | null;
  scorers: number;
}

/** Standard deviations below this are float noise over equal totals: every z is then 0. */
const SD_EPSILON = 1e-9;

/**
 * Unrounded z-scores: scorer unit → (member → z). A scorer is its scorerUnitId, whatever kind(s) it
 * scored as ('self' entries never count). Its total for a member is the sum of its points over the
 * criteria it scored there, deductions negative. Scorers with fewer than 2 members are left out.
 */
export function scorerZScores(
  criteria: readonly CriterionSpec[],
  scores: readonly ScoreEntry[],
  memberUnitIds: readonly number[],
): Map<number, Map<number, number>> {
  const kindOf = new Map(criteria.map((c) => [c.id, c.kind]));
  const totals = new Map<number, Map<number, number>>(); // scorer → member → total
  for (const s of acceptedScores(criteria, scores, memberUnitIds)) {
    if (s.scorerKind === 'self') continue;
    const signed = kindOf.get(s.criterionId) === 'deduction' ? -s.points : s.points;
    let perMember = totals.get(s.scorerUnitId);
    if (!perMember) totals.set(s.scorerUnitId, (perMember = new Map()));
    perMember.set(s.scoredUnitId, (perMember.get(s.scoredUnitId) ?? 0) + signed);
  }

  const result = new Map<number, Map<number, number>>();
  for (const [scorer, perMember] of totals) {
    if (perMember.size < 2) continue;
    const xs = [...perMember.entries()].map(([unitId, x]) => [unitId, round2(x)] as const);
    const mean = xs.reduce((sum, [, x]) => sum + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((sum, [, x]) => sum + (x - mean) ** 2, 0) / xs.length);
    result.set(scorer, new Map(xs.map(([unitId, x]) => [unitId, sd < SD_EPSILON ? 0 : (x - mean) / sd])));
  }
  return result;
}

/**
 * The z-score view when several scorers score: for each lead scorer (scorerUnitId, any kind but
 * 'self'), their total per member they scored (sum over criteria, deductions negative); z = (x − mean)/sd
 * over the members that scorer scored (population sd; sd 0 → z 0; a scorer with fewer than 2 members is
 * skipped); a member's z is the mean of its z's, null if none. Rounded to 3 decimals. One entry per
 * member, in the order of `memberUnitIds`.
 */
export function normalisedScores(
  criteria: readonly CriterionSpec[],
  scores: readonly ScoreEntry[],
  memberUnitIds: readonly number[],
): NormalisedMember[] {
  const members = [...new Set(memberUnitIds)];
  const zs = new Map<number, number[]>(members.map((id) => [id, []]));
  for (const perMember of scorerZScores(criteria, scores, members).values()) {
    for (const [unitId, z] of perMember) zs.get(unitId)?.push(z);
  }
  return members.map((unitId) => {
    const list = zs.get(unitId) ?? [];
    if (list.length === 0) return { unitId, z: null, scorers: 0 };
    const mean = list.reduce((sum, z) => sum + z, 0) / list.length;
    const z = Math.round(mean * 1000) / 1000;
    return { unitId, z: z === 0 ? 0 : z, scorers: list.length };
  });
}

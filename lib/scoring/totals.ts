// A member's totals for the year (domain.md §3.4): its self score, the leads' scores, the official
// score (their mean) and the reconciliation difference, per criterion and summed.

import type { ScorerKind } from '@/lib/domain/constants';
import { acceptedScores, clampPoints, compareCriteria, compareScorers, round2, type CriterionSpec, type ScoreEntry } from './points';

export interface CriterionResult {
  criterionId: number;
  /** The member's own score. */
  self: number | null;
  /** Head, deputy, peer and department scores (each clamped to the criterion's [0, max]). */
  leads: { scorerUnitId: number; scorerKind: ScorerKind; points: number }[];
  /** Mean of `leads` (clamped to the criterion's max, 2 decimals), null when no lead scored it. */
  official: number | null;
  /** official − self, when both exist (the reconciliation view). */
  difference: number | null;
}

export interface MemberTotal {
  unitId: number;
  /** One per CriterionSpec, in table order (groupPosition, position). */
  criteria: CriterionResult[];
  /** Sum of official points of kind 'criterion' (≤ sum of their maxima). */
  criteriaPoints: number;
  /** Sum of official bonus points (each ≤ its max). */
  bonus: number;
  /** Sum of official deduction points (each ≤ its max), subtracted. */
  deduction: number;
  /** criteriaPoints + bonus − deduction, never below 0. */
  total: number;
  /** The same computed from self scores only, null if the member scored nothing. */
  selfTotal: number | null;
  /** Official points per groupPosition (deductions negative); every group of the table is present. */
  byGroup: Record<number, number>;
  /** How many rows of the table (of any kind) have an official score. */
  scoredCriteria: number;
}

interface Sums {
  criteria: number;
  bonus: number;
  deduction: number;
}

function add(sums: Sums, c: CriterionSpec, points: number): void {
  if (c.kind === 'criterion') sums.criteria += points;
  else if (c.kind === 'bonus') sums.bonus += points;
  else sums.deduction += points;
}

function totalOf(s: Sums): number {
  return Math.max(0, round2(round2(s.criteria) + round2(s.bonus) - round2(s.deduction)));
}

/**
 * Totals per member, in the order of `memberUnitIds` (duplicates dropped). Scores for criteria or
 * members not listed are ignored; a scorer never scores itself except as 'self' (entries where
 * scorerUnitId === scoredUnitId with another kind are ignored, and so are 'self' entries by another
 * unit). Points are clamped to the criterion's [0, max]; a repeated (criterion, member, scorer, kind)
 * counts once, the last one given.
 */
export function memberTotals(
  criteria: readonly CriterionSpec[],
  scores: readonly ScoreEntry[],
  memberUnitIds: readonly number[],
): MemberTotal[] {
  const table = [...criteria].sort(compareCriteria);
  const members = [...new Set(memberUnitIds)];

  // unit → criterion → its entries
  const index = new Map<number, Map<number, ScoreEntry[]>>();
  for (const s of acceptedScores(criteria, scores, members)) {
    let perCriterion = index.get(s.scoredUnitId);
    if (!perCriterion) index.set(s.scoredUnitId, (perCriterion = new Map()));
    const list = perCriterion.get(s.criterionId);
    if (list) list.push(s);
    else perCriterion.set(s.criterionId, [s]);
  }

  return members.map((unitId) => {
    const official: Sums = { criteria: 0, bonus: 0, deduction: 0 };
    const self: Sums = { criteria: 0, bonus: 0, deduction: 0 };
    let scoredSelf = false;
    let scoredCriteria = 0;
    const groups = new Map<number, number>();

    const results = table.map((c): CriterionResult => {
      const entries = index.get(unitId)?.get(c.id) ?? [];
      const selfEntry = entries.find((e) => e.scorerKind === 'self');
      const leads = entries
        .filter((e) => e.scorerKind !== 'self')
        .sort(compareScorers)
        .map((e) => ({ scorerUnitId: e.scorerUnitId, scorerKind: e.scorerKind, points: e.points }));
      const officialPoints =
        leads.length > 0 ? clampPoints(leads.reduce((sum, l) => sum + l.points, 0) / leads.length, c.maxPoints) : null;
      const selfPoints = selfEntry ? selfEntry.points : null;

      groups.set(c.groupPosition, (groups.get(c.groupPosition) ?? 0) + (officialPoints === null ? 0 : c.kind === 'deduction' ? -officialPoints : officialPoints));
      if (officialPoints !== null) {
        scoredCriteria += 1;
        add(official, c, officialPoints);
      }
      if (selfPoints !== null) {
        scoredSelf = true;
        add(self, c, selfPoints);
      }
      return {
        criterionId: c.id,
        self: selfPoints,
        leads,
        official: officialPoints,
        difference: officialPoints !== null && selfPoints !== null ? round2(officialPoints - selfPoints) : null,
      };
    });

    const byGroup: Record<number, number> = {};
    for (const [group, points] of groups) byGroup[group] = round2(points);

    return {
      unitId,
      criteria: results,
      criteriaPoints: round2(official.criteria),
      bonus: round2(official.bonus),
      deduction: round2(official.deduction),
      total: totalOf(official),
      selfTotal: scoredSelf ? totalOf(self) : null,
      byGroup,
      scoredCriteria,
    };
  });
}

// The points of one criterion (domain.md §3.2, §3.4): what a scoring method computes from a member's
// figure, and the clamping every score goes through. Pure: no database, no React.

import type { CriterionKind, ScorerKind, ScoringMethod } from '@/lib/domain/constants';

export interface CriterionSpec {
  id: number;
  kind: CriterionKind; // 'criterion' | 'bonus' | 'deduction'
  groupPosition: number; // 1-based group of the agreement's table
  position: number;
  maxPoints: number; // > 0
  method: ScoringMethod; // 'manual' | 'target' | 'linear'
  linearFrom?: number | null; // linear: the figure worth 0 points
  linearTo?: number | null; // linear: the figure worth maxPoints (may be < linearFrom for "lower is better")
}

export interface Figure {
  target: number | null;
  result: number;
}

export interface ScoreEntry {
  criterionId: number;
  scoredUnitId: number;
  scorerUnitId: number;
  scorerKind: ScorerKind;
  points: number;
  comment?: string | null;
}

/** Rounds to 2 decimals, half away from zero, without the 1.005 → 1.00 surprise of binary floats. */
export function round2(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9);
  return r === 0 ? 0 : r / 100; // no -0
}

/** The highest 2-decimal figure that is ≤ max (max itself when it has at most 2 decimals). */
function capOf(max: number): number {
  let cap = round2(max);
  while (cap > max) cap = (Math.round(cap * 100) - 1) / 100;
  return cap;
}

/**
 * Points clamped to [0, max] and rounded to 2 decimals. Not a number → 0; a max ≤ 0 → 0. A max with
 * more than 2 decimals caps at the cent below it, so the result is always both ≤ max and 2 decimals.
 */
export function clampPoints(points: number, max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 0;
  if (Number.isNaN(points)) return 0;
  return Math.min(capOf(max), Math.max(0, round2(points)));
}

/**
 * Points a method computes from the member's figure.
 * - 'target': max when result ≥ target; below it max × result/target (never below 0), for target > 0.
 *   A target ≤ 0 (e.g. "zero serious incidents"): max when met, else 0. No target (null) → null.
 * - 'linear': max × (result − from)/(to − from), clamped; `to` may be below `from` ("lower is better").
 *   Missing or equal ends → null.
 * - 'manual', no figure, or a result that is not a finite number → null.
 */
export function computedPoints(c: CriterionSpec, figure: Figure | null): number | null {
  if (!figure || !Number.isFinite(figure.result)) return null;
  const { result, target } = figure;
  const max = c.maxPoints;
  switch (c.method) {
    case 'target': {
      if (target === null || !Number.isFinite(target)) return null;
      if (result >= target) return clampPoints(max, max);
      if (target <= 0) return 0;
      return clampPoints((max * result) / target, max);
    }
    case 'linear': {
      const from = c.linearFrom;
      const to = c.linearTo;
      if (from == null || to == null || !Number.isFinite(from) || !Number.isFinite(to) || from === to) return null;
      return clampPoints((max * (result - from)) / (to - from), max);
    }
    case 'manual':
      return null;
  }
}

/** Table order: group, then position within the group, then id (so equal positions stay deterministic). */
export function compareCriteria(a: CriterionSpec, b: CriterionSpec): number {
  return a.groupPosition - b.groupPosition || a.position - b.position || a.id - b.id;
}

/** Lead scorers before peers and departments, in a fixed order. */
const SCORER_ORDER: Record<ScorerKind, number> = { self: 0, head: 1, deputy: 2, peer: 3, department: 4 };
export function compareScorers(a: { scorerKind: ScorerKind; scorerUnitId: number }, b: { scorerKind: ScorerKind; scorerUnitId: number }): number {
  return SCORER_ORDER[a.scorerKind] - SCORER_ORDER[b.scorerKind] || a.scorerUnitId - b.scorerUnitId;
}

/**
 * The score entries that count, each with its points clamped to its criterion's [0, max]:
 * - only criteria and members listed;
 * - a unit scores itself only as 'self' (its own head/deputy/peer/department score is ignored), and a
 *   'self' score counts only when the scorer is the scored unit;
 * - points that are not finite are ignored;
 * - one entry per (criterion, scored unit, scorer unit, scorer kind): the last one given wins.
 */
export function acceptedScores(
  criteria: readonly CriterionSpec[],
  scores: readonly ScoreEntry[],
  memberUnitIds: readonly number[],
): ScoreEntry[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const members = new Set(memberUnitIds);
  const kept = new Map<string, ScoreEntry>();
  for (const s of scores) {
    const c = byId.get(s.criterionId);
    if (!c || !members.has(s.scoredUnitId) || !Number.isFinite(s.points)) continue;
    const own = s.scorerUnitId === s.scoredUnitId;
    if (own !== (s.scorerKind === 'self')) continue;
    const key = `${s.criterionId}:${s.scoredUnitId}:${s.scorerUnitId}:${s.scorerKind}`;
    kept.delete(key); // re-insert so iteration order is that of the winning entry
    kept.set(key, { ...s, points: clampPoints(s.points, c.maxPoints) });
  }
  return [...kept.values()];
}

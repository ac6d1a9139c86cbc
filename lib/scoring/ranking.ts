// The bloc's ranking of its members (domain.md §3.4) with the stated tie-break.

import type { MemberTotal } from './totals';

export type TieBreak = 'total' | 'criteria_points' | 'fewer_deductions' | 'first_group' | 'name';

/**
 * The stated tie-break, in order: higher total; then higher points on the ordinary criteria (without
 * bonus); then fewer deduction points; then higher points in group 1 (the socio-economic tasks); then
 * the unit's name in Vietnamese order (Intl.Collator('vi')).
 */
export const TIE_BREAK_ORDER: readonly TieBreak[] = Object.freeze(['total', 'criteria_points', 'fewer_deductions', 'first_group', 'name'] as const);

export interface RankedMember extends MemberTotal {
  name: string;
  rank: number;
  /** The rule that placed it below the member just above; null for the first, 'total' when totals differ. */
  decidedBy: TieBreak | null;
}

const collator = new Intl.Collator('vi');

/** Points compared on the 2-decimal grid they are kept on, so float noise never decides a rank. */
function cents(x: number): number {
  return Math.round(x * 100);
}

type Named = MemberTotal & { name: string };

/** Negative when `a` ranks above `b` by this rule, positive when below, 0 when the rule cannot tell. */
function compareBy(rule: TieBreak, a: Named, b: Named): number {
  switch (rule) {
    case 'total':
      return cents(b.total) - cents(a.total);
    case 'criteria_points':
      return cents(b.criteriaPoints) - cents(a.criteriaPoints);
    case 'fewer_deductions':
      return cents(a.deduction) - cents(b.deduction);
    case 'first_group':
      return cents(b.byGroup[1] ?? 0) - cents(a.byGroup[1] ?? 0);
    case 'name':
      return collator.compare(a.name, b.name);
  }
}

function decidingRule(a: Named, b: Named): TieBreak {
  for (const rule of TIE_BREAK_ORDER) if (compareBy(rule, a, b) !== 0) return rule;
  return 'name'; // the same name too: unit id keeps the order stable, the name rule is what is left
}

/**
 * Ranks members 1..n (distinct ranks); the result does not depend on the input order. Members equal on
 * every rule up to name still get distinct ranks by name (decidedBy 'name'); identical names fall back
 * to the unit id. A unit missing from `names` is named ''.
 */
export function rankMembers(totals: readonly MemberTotal[], names: ReadonlyMap<number, string>): RankedMember[] {
  const named: Named[] = totals.map((t) => ({ ...t, name: names.get(t.unitId) ?? '' }));
  named.sort((a, b) => {
    for (const rule of TIE_BREAK_ORDER) {
      const d = compareBy(rule, a, b);
      if (d !== 0) return d;
    }
    return a.unitId - b.unitId;
  });
  return named.map((m, i) => {
    const above = i > 0 ? named[i - 1] : undefined;
    return { ...m, rank: i + 1, decidedBy: above ? decidingRule(above, m) : null };
  });
}

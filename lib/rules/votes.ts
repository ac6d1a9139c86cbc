/** Vote arithmetic on integers: percentages carry two decimals (as stored), so compare
 * votes × 10,000 with percent × 100 × base, never floating shares. */
function hundredths(pct: number | string): number {
  const value = Math.round(Number(pct) * 100);
  if (!Number.isFinite(value) || value <= 0 || value > 10_000) throw new RangeError(`Not a percentage: ${pct}`);
  return value;
}

/** At least `pct`% of `base` (Decree 98/2023/NĐ-CP Art. 30(7): the council's thresholds count all
 * members, present or not). */
export function reachesShare(votes: number, base: number, pct: number | string): boolean {
  if (base <= 0) return false;
  return votes * 10_000 >= hundredths(pct) * base;
}

/** More than `pct`% of `base` (a bloc's default rule: more than half of its member units). */
export function exceedsShare(votes: number, base: number, pct: number | string): boolean {
  if (base <= 0) return false;
  return votes * 10_000 > hundredths(pct) * base;
}

/** The smallest number of votes that reaches `pct`% of `base`. */
export function votesNeeded(base: number, pct: number | string): number {
  return Math.ceil((hundredths(pct) * base) / 10_000);
}

export interface BallotCount {
  membersTotal: number;
  present: number;
  writtenVotes: number;
  votesFor: number;
  votesAgainst: number;
}

/** A tally is coherent when nobody votes twice and nobody who neither attended nor wrote votes. */
export function isCoherentCount(c: BallotCount): boolean {
  const whole = [c.membersTotal, c.present, c.writtenVotes, c.votesFor, c.votesAgainst].every((v) => Number.isInteger(v) && v >= 0);
  return whole && c.membersTotal > 0 && c.present + c.writtenVotes <= c.membersTotal && c.votesFor + c.votesAgainst <= c.present + c.writtenVotes;
}

// The pure scoring math of an emulation bloc (domain.md §3.4). No database, no React.

export {
  acceptedScores,
  clampPoints,
  compareCriteria,
  computedPoints,
  round2,
  type CriterionSpec,
  type Figure,
  type ScoreEntry,
} from './points';
export { memberTotals, type CriterionResult, type MemberTotal } from './totals';
export { rankMembers, TIE_BREAK_ORDER, type RankedMember, type TieBreak } from './ranking';
export { normalisedScores, scorerZScores, type NormalisedMember } from './normalise';

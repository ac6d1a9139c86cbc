import { exceedsShare, isCoherentCount, reachesShare, votesNeeded } from './votes';

// The provincial council's rules (domain.md §4): who may sit, when a session may vote, and when a
// nomination passes. The numbers are the award types' data (award_types.vote_threshold_pct,
// quorum_pct); only the rules that have no column live here, each with its basis. Pure: the session
// page previews an outcome with the same function the data access layer records it with.

/** Quorum when none of the agenda's award types sets its own: 80% of all members attend. */
export const DEFAULT_QUORUM_PCT = '80';

/** The council's thresholds count all members, present or not (legal citations stay in Vietnamese). */
export const LEGAL_BASIS_COUNCIL_THRESHOLD = 'Nghị định số 98/2023/NĐ-CP, Điều 30 khoản 7 (tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng)';

/** Quorum and the standing committee's review: the province's regulation of its council. */
export const LEGAL_BASIS_COUNCIL_QUORUM = 'Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh (phiên họp xét khen thưởng có ít nhất 80% tổng số thành viên tham dự, trừ khi hình thức khen thưởng quy định tỷ lệ khác)';
export const LEGAL_BASIS_STANDING_COMMITTEE = 'Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh (Thường trực Hội đồng xét các hình thức khen thưởng không bỏ phiếu kín; thông qua khi quá nửa số thành viên Thường trực tham dự đồng ý)';

/** The council's standing committee (Thường trực Hội đồng): its chair, vice-chairs and standing members. */
export const STANDING_COMMITTEE_POSITIONS = ['chair', 'vice_chair', 'standing_member'] as const;

export type CouncilPosition = 'chair' | 'vice_chair' | 'standing_member' | 'member' | 'secretary';
export type Attendance = 'present' | 'written_vote' | 'absent';

export function isStandingCommitteeMember(position: CouncilPosition): boolean {
  return (STANDING_COMMITTEE_POSITIONS as readonly string[]).includes(position);
}

export interface AttendanceCount {
  membersTotal: number;
  present: number;
  writtenVotes: number;
}

/** Counts an attendance list; members with no entry count as absent. */
export function countAttendance(members: readonly { attendance: Attendance | null }[]): AttendanceCount {
  return {
    membersTotal: members.length,
    present: members.filter((m) => m.attendance === 'present').length,
    writtenVotes: members.filter((m) => m.attendance === 'written_vote').length,
  };
}

export interface QuorumRule {
  pct: string;
  /** The award types that set this quorum (the highest among the agenda's); empty for the default. */
  setBy: { nameVi: string; nameEn: string }[];
}

/** The session's quorum: the highest quorum any award type on the agenda sets, else the default. */
export function sessionQuorumRule(awards: readonly { quorumPct: string | null; nameVi: string; nameEn: string }[]): QuorumRule {
  const set = awards.filter((a): a is { quorumPct: string; nameVi: string; nameEn: string } => a.quorumPct !== null);
  if (set.length === 0) return { pct: DEFAULT_QUORUM_PCT, setBy: [] };
  const highest = Math.max(...set.map((a) => Number(a.quorumPct)));
  const setBy = set.filter((a) => Number(a.quorumPct) === highest);
  const names = new Map(setBy.map((a) => [a.nameVi, { nameVi: a.nameVi, nameEn: a.nameEn }]));
  return { pct: setBy[0]!.quorumPct, setBy: [...names.values()] };
}

export interface QuorumStatus {
  met: boolean;
  /** Present members needed: written votes count towards the votes, not towards the quorum. */
  needed: number;
  present: number;
  membersTotal: number;
  pct: string;
}

export function quorumStatus(count: AttendanceCount, pct: string): QuorumStatus {
  return { met: reachesShare(count.present, count.membersTotal, pct), needed: votesNeeded(count.membersTotal, pct), present: count.present, membersTotal: count.membersTotal, pct };
}

export type CouncilRule = 'threshold_all_members' | 'threshold_present' | 'standing_committee';

export interface AwardVoteRule {
  reviewBody: 'council_ballot' | 'standing_committee' | 'upward';
  /** Null when there is no ballot (the standing committee reviews). */
  thresholdPct: string | null;
  basis: 'all_members' | 'present';
}

export interface BallotInput {
  votesFor: number;
  votesAgainst: number;
}

export interface BallotOutcome {
  rule: CouncilRule;
  passed: boolean;
  /** Votes for that pass, and the base they are counted on. */
  needed: number;
  base: number;
  /** The counts the ballot is recorded with: the whole council, or the standing committee's members. */
  count: { membersTotal: number; present: number; writtenVotes: number; votesFor: number; votesAgainst: number };
  thresholdPct: string;
  /** Share of the base that voted for, in percent (one decimal is what people read). */
  sharePct: number;
}

/** Which rule decides an award: a secret ballot on a threshold, or the standing committee's review. */
export function ruleOf(award: AwardVoteRule): CouncilRule {
  if (award.reviewBody === 'standing_committee' || award.thresholdPct === null) return 'standing_committee';
  return award.basis === 'present' ? 'threshold_present' : 'threshold_all_members';
}

/**
 * The outcome of one agenda item, or null when the counts are incoherent (more votes than voters).
 * - A ballot (flags, fighters, proposals upward) passes with at least the award's threshold of ALL
 *   council members (Decree 98/2023/NĐ-CP Art. 30(7)); absent members who voted in writing count in
 *   the votes (not in the quorum).
 * - The standing committee's review (certificates of merit, excellent collectives: no secret ballot)
 *   counts its own members taking part (present or in writing): it passes with more than half of them
 *   in agreement.
 */
export function councilBallotOutcome(award: AwardVoteRule, council: AttendanceCount, standing: AttendanceCount, votes: BallotInput): BallotOutcome | null {
  const rule = ruleOf(award);
  const counted = rule === 'standing_committee' ? standing : council;
  const count = { ...counted, votesFor: votes.votesFor, votesAgainst: votes.votesAgainst };
  if (!isCoherentCount(count)) return null;
  const takingPart = counted.present + counted.writtenVotes;
  if (rule === 'standing_committee') {
    const needed = Math.floor(takingPart / 2) + 1;
    return { rule, passed: takingPart > 0 && exceedsShare(votes.votesFor, takingPart, 50), needed, base: takingPart, count, thresholdPct: '50', sharePct: share(votes.votesFor, takingPart) };
  }
  const pct = award.thresholdPct!;
  const base = rule === 'threshold_present' ? takingPart : counted.membersTotal;
  return { rule, passed: reachesShare(votes.votesFor, base, pct), needed: votesNeeded(base, pct), base, count, thresholdPct: pct, sharePct: share(votes.votesFor, base) };
}

function share(votes: number, base: number): number {
  return base > 0 ? Math.round((votes * 1000) / base) / 10 : 0;
}

/** What a recorded ballot reads as: its base, the votes it needed and the share for, from the counts
 * it was recorded with (the rule is its award type's). */
export function recordedOutcome(rule: CouncilRule, vote: { membersTotal: number; present: number; writtenVotes: number; votesFor: number; thresholdPct: string }): { base: number; needed: number; sharePct: number } {
  const takingPart = vote.present + vote.writtenVotes;
  if (rule === 'standing_committee') return { base: takingPart, needed: Math.floor(takingPart / 2) + 1, sharePct: share(vote.votesFor, takingPart) };
  const base = rule === 'threshold_present' ? takingPart : vote.membersTotal;
  return { base, needed: votesNeeded(base, vote.thresholdPct), sharePct: share(vote.votesFor, base) };
}

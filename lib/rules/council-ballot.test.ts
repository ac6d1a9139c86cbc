import { describe, expect, it } from 'vitest';
import { councilBallotOutcome, countAttendance, DEFAULT_QUORUM_PCT, isStandingCommitteeMember, quorumStatus, recordedOutcome, ruleOf, sessionQuorumRule } from './council-ballot';

const fighter = { reviewBody: 'council_ballot', thresholdPct: '90', basis: 'all_members' } as const;
const flag = { reviewBody: 'council_ballot', thresholdPct: '80', basis: 'all_members' } as const;
const certificate = { reviewBody: 'standing_committee', thresholdPct: null, basis: 'all_members' } as const;
const council = (present: number, writtenVotes: number) => ({ membersTotal: 21, present, writtenVotes });
const standing = (present: number, writtenVotes = 0) => ({ membersTotal: 6, present, writtenVotes });

describe('the council ballot on all 21 members', () => {
  it('passes the emulation fighter with 19 of 21 (90.5%) and fails it with 18 (85.7%), which still passes the flag', () => {
    expect(councilBallotOutcome(fighter, council(19, 2), standing(6), { votesFor: 19, votesAgainst: 2 })).toMatchObject({ passed: true, needed: 19, base: 21, sharePct: 90.5, rule: 'threshold_all_members' });
    expect(councilBallotOutcome(fighter, council(19, 2), standing(6), { votesFor: 18, votesAgainst: 3 })).toMatchObject({ passed: false, needed: 19, sharePct: 85.7 });
    expect(councilBallotOutcome(flag, council(19, 2), standing(6), { votesFor: 18, votesAgainst: 3 })).toMatchObject({ passed: true, needed: 17 });
    expect(councilBallotOutcome(flag, council(19, 2), standing(6), { votesFor: 16, votesAgainst: 5 })).toMatchObject({ passed: false });
  });

  it('counts written votes in the votes: 17 present and 2 in writing make the 19 the fighter needs', () => {
    const outcome = councilBallotOutcome(fighter, council(17, 2), standing(6), { votesFor: 19, votesAgainst: 0 });
    expect(outcome).toMatchObject({ passed: true, count: { membersTotal: 21, present: 17, writtenVotes: 2, votesFor: 19, votesAgainst: 0 } });
  });

  it('refuses more votes than members taking part', () => {
    expect(councilBallotOutcome(fighter, council(17, 1), standing(6), { votesFor: 19, votesAgainst: 0 })).toBeNull();
    expect(councilBallotOutcome(certificate, council(21, 0), standing(4, 1), { votesFor: 6, votesAgainst: 0 })).toBeNull();
  });

  it('counts a threshold on those taking part only where the award type says so', () => {
    const present = { ...flag, basis: 'present' } as const;
    expect(ruleOf(present)).toBe('threshold_present');
    expect(councilBallotOutcome(present, council(17, 0), standing(6), { votesFor: 14, votesAgainst: 3 })).toMatchObject({ passed: true, base: 17, needed: 14 });
  });
});

describe("the standing committee's review", () => {
  it('passes with more than half of the standing members taking part, present or in writing', () => {
    expect(ruleOf(certificate)).toBe('standing_committee');
    expect(councilBallotOutcome(certificate, council(19, 0), standing(4, 1), { votesFor: 3, votesAgainst: 2 })).toMatchObject({ passed: true, needed: 3, base: 5, rule: 'standing_committee' });
    expect(councilBallotOutcome(certificate, council(19, 0), standing(4, 0), { votesFor: 2, votesAgainst: 2 })).toMatchObject({ passed: false, needed: 3 });
    expect(councilBallotOutcome(certificate, council(19, 0), standing(0, 0), { votesFor: 0, votesAgainst: 0 })).toMatchObject({ passed: false, base: 0 });
  });

  it('is held by the chair, the vice-chairs and the standing members', () => {
    expect(['chair', 'vice_chair', 'standing_member'].every((p) => isStandingCommitteeMember(p as 'chair'))).toBe(true);
    expect(isStandingCommitteeMember('member')).toBe(false);
    expect(isStandingCommitteeMember('secretary')).toBe(false);
  });
});

describe('the quorum', () => {
  it('needs 17 present of 21 at 80%; 16 is not enough and written votes do not count towards it', () => {
    expect(quorumStatus(council(17, 0), '80')).toMatchObject({ met: true, needed: 17 });
    expect(quorumStatus(council(16, 5), '80')).toMatchObject({ met: false, needed: 17 });
  });

  it('counts members with no recorded attendance as absent', () => {
    expect(countAttendance([{ attendance: 'present' }, { attendance: 'written_vote' }, { attendance: null }, { attendance: 'absent' }])).toEqual({ membersTotal: 4, present: 1, writtenVotes: 1 });
  });

  it("takes the highest quorum the agenda's award types set, else the default, and says which", () => {
    expect(sessionQuorumRule([])).toEqual({ pct: DEFAULT_QUORUM_PCT, setBy: [] });
    expect(sessionQuorumRule([{ quorumPct: null, nameVi: 'Bằng khen', nameEn: 'Certificate' }])).toEqual({ pct: '80', setBy: [] });
    const rule = sessionQuorumRule([
      { quorumPct: '80', nameVi: 'Cờ thi đua', nameEn: 'Flag' },
      { quorumPct: '85.00', nameVi: 'Chiến sĩ thi đua', nameEn: 'Fighter' },
      { quorumPct: '85.00', nameVi: 'Chiến sĩ thi đua', nameEn: 'Fighter' },
      { quorumPct: null, nameVi: 'Bằng khen', nameEn: 'Certificate' },
    ]);
    expect(rule).toEqual({ pct: '85.00', setBy: [{ nameVi: 'Chiến sĩ thi đua', nameEn: 'Fighter' }] });
    expect(quorumStatus(council(17, 0), rule.pct).met).toBe(false);
    expect(quorumStatus(council(18, 0), rule.pct).met).toBe(true);
  });
});

describe('a recorded ballot', () => {
  it('reads back its base, the votes needed and the share from the counts it was recorded with', () => {
    expect(recordedOutcome('threshold_all_members', { membersTotal: 21, present: 19, writtenVotes: 2, votesFor: 19, thresholdPct: '90.00' })).toEqual({ base: 21, needed: 19, sharePct: 90.5 });
    expect(recordedOutcome('standing_committee', { membersTotal: 6, present: 4, writtenVotes: 1, votesFor: 4, thresholdPct: '50' })).toEqual({ base: 5, needed: 3, sharePct: 80 });
  });
});

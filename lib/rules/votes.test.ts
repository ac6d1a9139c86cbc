import { describe, expect, it } from 'vitest';
import { exceedsShare, isCoherentCount, reachesShare, votesNeeded } from './votes';

describe('council thresholds on all 21 members', () => {
  it('passes the emulation fighter with 19 of 21 (90.5%) and fails it with 18 (85.7%)', () => {
    expect(reachesShare(19, 21, '90.00')).toBe(true);
    expect(reachesShare(18, 21, '90.00')).toBe(false);
  });

  it('passes the flag with 18 of 21 and fails it with 16 (76.2%)', () => {
    expect(reachesShare(18, 21, '80.00')).toBe(true);
    expect(reachesShare(17, 21, 80)).toBe(true); // 80.95 %
    expect(reachesShare(16, 21, 80)).toBe(false);
  });

  it('counts exactly at the threshold as reaching it', () => {
    expect(reachesShare(8, 10, 80)).toBe(true);
    expect(votesNeeded(21, 90)).toBe(19);
    expect(votesNeeded(21, 80)).toBe(17);
    expect(votesNeeded(10, 80)).toBe(8);
  });

  it('treats "more than half" strictly', () => {
    expect(exceedsShare(5, 10, 50)).toBe(false);
    expect(exceedsShare(6, 10, 50)).toBe(true);
    expect(exceedsShare(5, 9, 50)).toBe(true);
  });

  it('refuses nonsense percentages', () => {
    expect(() => reachesShare(1, 2, 0)).toThrow(RangeError);
    expect(() => reachesShare(1, 2, 101)).toThrow(RangeError);
  });

  it('rejects incoherent counts', () => {
    expect(isCoherentCount({ membersTotal: 21, present: 18, writtenVotes: 2, votesFor: 19, votesAgainst: 1 })).toBe(true);
    expect(isCoherentCount({ membersTotal: 21, present: 20, writtenVotes: 2, votesFor: 19, votesAgainst: 1 })).toBe(false);
    expect(isCoherentCount({ membersTotal: 21, present: 18, writtenVotes: 0, votesFor: 18, votesAgainst: 1 })).toBe(false);
    expect(isCoherentCount({ membersTotal: 21, present: 18.5, writtenVotes: 0, votesFor: 1, votesAgainst: 1 })).toBe(false);
  });
});

describe('the council of 21: thresholds and quorum on all members', () => {
  it('19 of 21 (90.5%) reaches 90%', () => {
    expect(reachesShare(19, 21, '90.00')).toBe(true);
    // 90.476…%, not rounded up to pass with fewer: 19 is also the fewest that reach it.
    expect(votesNeeded(21, '90.00')).toBe(19);
  });

  it('18 of 21 (85.7%) does not reach 90% but reaches 80%', () => {
    expect(reachesShare(18, 21, '90.00')).toBe(false);
    expect(reachesShare(18, 21, '80.00')).toBe(true);
  });

  it('a quorum of 17 present of 21 (81.0%) reaches 80%; 16 (76.2%) does not', () => {
    expect(reachesShare(17, 21, '80.00')).toBe(true);
    expect(reachesShare(16, 21, '80.00')).toBe(false);
    expect(votesNeeded(21, '80.00')).toBe(17);
  });
});

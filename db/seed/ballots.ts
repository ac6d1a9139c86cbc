import type { Tx } from '../client';
import { DEFAULT_QUORUM_PCT, isStandingCommitteeMember } from '@/lib/rules/council-ballot';
import { blocBallotSessions, blocBallotTallies, councilAgendaItems, councilAttendance, councilSessions, councilVotes } from '../schema';
import { blocRow, blocTermKey } from './blocs';
import { COUNCIL_MEMBERS, COUNCIL_SESSIONS, UPCOMING_COUNCIL_SESSION, type SeededCouncil } from './council';
import { atLocal, localDay } from './dates';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { IdMap } from './ids';
import type { PlannedNomination } from './nomination-plan';
import { blocLead } from './staff';

type Attendance = typeof councilAttendance.$inferInsert.attendance;

/** The bloc votes at its year-end review (paper ballot, more than half of the members) on every
 * nomination its lead then endorses or declines; the award's quota caps how many it may endorse. */
export async function seedBlocBallots(tx: Tx, plan: readonly PlannedNomination[], ids: { blocTerms: IdMap; nominations: IdMap; users: IdMap }): Promise<void> {
  const decided = plan.filter((p) => p.term && p.steps.some((s) => s.action === 'endorse' || s.action === 'decline'));
  const termKeys = [...new Set(decided.map((p) => (p.term ? blocTermKey(p.term.bloc, p.term.year) : '')))];
  for (const key of termKeys) {
    const candidates = decided.filter((p) => p.term && blocTermKey(p.term.bloc, p.term.year) === key);
    const term = candidates[0]?.term;
    if (!term?.yearEndReviewOn) continue;
    const members = blocRow(term.bloc).members.length;
    // The head unit's bloc lead runs the vote.
    const opener = blocLead(term, 'head');

    const [session] = await tx
      .insert(blocBallotSessions)
      .values({
        blocTermId: ids.blocTerms.get(key),
        roundNo: 1,
        mode: 'paper',
        state: 'closed',
        heldOn: term.yearEndReviewOn,
        membersTotal: members,
        membersPresent: members,
        thresholdPct: '50',
        thresholdStrict: true,
        openedBy: ids.users.get(opener.username),
        closedAt: atLocal(term.yearEndReviewOn, 11 * 60 + 30),
      })
      .returning({ id: blocBallotSessions.id });
    if (!session) throw new Error('Demo seed: bloc ballot session not inserted');

    for (const code of new Set(candidates.map((p) => p.award.code))) {
      const quota = candidates.find((p) => p.award.code === code)?.award.blocQuota;
      const endorsed = candidates.filter((p) => p.award.code === code && p.steps.some((s) => s.action === 'endorse')).length;
      if (quota != null && endorsed > quota) throw new Error(`Demo seed: ${key} endorses ${endorsed} × ${code}, over its quota of ${quota}`);
    }
    await tx.insert(blocBallotTallies).values(
      candidates.map((p) => {
        const passed = p.steps.some((s) => s.action === 'endorse');
        const votesFor = passed ? members - 2 : 2;
        return { sessionId: session.id, nominationId: ids.nominations.get(p.reference), votesFor, votesAgainst: members - votesFor, passed };
      }),
    );
  }
}

/** The council's sessions: attendance of all 21 members, the agenda (every nomination the session
 * reviewed) and a recorded result per item, as the session page and its minutes read them. Ballots count
 * all members (absent members who voted in writing count); the awards the standing committee reviews
 * count its members taking part (lib/rules/council-ballot.ts). Then the next session, called with its
 * agenda and not yet held. */
export async function seedCouncilSessions(
  tx: Tx,
  plan: readonly PlannedNomination[],
  council: SeededCouncil,
  ids: { nominations: IdMap; users: IdMap },
): Promise<void> {
  const secretary = DEMO_ACCOUNTS.find((a) => a.role === 'council_secretary');
  if (!secretary) throw new Error('Demo seed: no council secretary account');
  const secretaryId = ids.users.get(secretary.username);
  const membersTotal = COUNCIL_MEMBERS.length;
  const standingIndexes = COUNCIL_MEMBERS.flatMap((m, i) => (isStandingCommitteeMember(m.position) ? [i] : []));

  for (const s of COUNCIL_SESSIONS) {
    const [session] = await tx
      .insert(councilSessions)
      .values({ councilId: council.councilId, heldOn: s.heldOn, location: s.location, state: 'closed', membersTotal, openedBy: secretaryId, closedAt: atLocal(s.heldOn, 17 * 60) })
      .returning({ id: councilSessions.id });
    if (!session) throw new Error('Demo seed: council session not inserted');

    const attendanceOf = (i: number): Attendance => (s.absent.includes(i) ? 'absent' : s.writtenVote.includes(i) ? 'written_vote' : 'present');
    await tx.insert(councilAttendance).values(council.memberIds.map((memberId, i) => ({ sessionId: session.id, memberId, attendance: attendanceOf(i) })));
    const present = council.memberIds.filter((_, i) => attendanceOf(i) === 'present').length;
    const ballots = present + s.writtenVote.length;
    const standingPresent = standingIndexes.filter((i) => attendanceOf(i) === 'present').length;
    const standingWritten = standingIndexes.filter((i) => attendanceOf(i) === 'written_vote').length;
    if (present * 100 < membersTotal * Number(DEFAULT_QUORUM_PCT)) throw new Error(`Demo seed: the session of ${s.heldOn} has no quorum`);

    // The agenda: every nomination reviewed that day, grouped by award as the session took them.
    const reviewed = plan
      .flatMap((p) => {
        const step = p.steps.find((x) => x.action === 'record_ballot');
        return step && localDay(step.at) === s.heldOn ? [{ p, step }] : [];
      })
      .sort((a, b) => a.p.award.code.localeCompare(b.p.award.code) || a.p.reference.localeCompare(b.p.reference));
    if (reviewed.length === 0) continue;
    await tx.insert(councilAgendaItems).values(reviewed.map(({ p }, i) => ({ sessionId: session.id, nominationId: ids.nominations.get(p.reference), position: i + 1 })));
    await tx.insert(councilVotes).values(
      reviewed.map(({ p, step }) => {
        const passed = step.to !== 'rejected';
        if (p.award.reviewBody === 'standing_committee') {
          // The standing committee's review: all its members taking part agree, or fewer than half.
          const takingPart = standingPresent + standingWritten;
          const votesFor = passed ? takingPart : Math.floor(takingPart / 2);
          return {
            sessionId: session.id,
            nominationId: ids.nominations.get(p.reference),
            membersTotal: standingIndexes.length,
            membersPresent: standingPresent,
            writtenVotes: standingWritten,
            votesFor,
            votesAgainst: takingPart - votesFor,
            thresholdPct: '50',
            basis: 'present' as const,
            passed,
            recordedBy: secretaryId,
            recordedAt: step.at,
          };
        }
        const ballot = p.ballot;
        const thresholdPct = p.award.voteThresholdPct;
        if (!ballot || ballot.sessionOn !== s.heldOn || !thresholdPct) throw new Error(`Demo seed: ${p.reference} has no ballot`);
        return {
          sessionId: session.id,
          nominationId: ids.nominations.get(p.reference),
          membersTotal,
          membersPresent: present,
          writtenVotes: s.writtenVote.length,
          votesFor: ballot.votesFor,
          votesAgainst: ballots - ballot.votesFor,
          thresholdPct,
          basis: p.award.voteBasis ?? 'all_members',
          passed: ballot.passed,
          recordedBy: secretaryId,
          recordedAt: step.at,
        };
      }),
    );
  }

  const next = UPCOMING_COUNCIL_SESSION;
  const [upcoming] = await tx
    .insert(councilSessions)
    .values({ councilId: council.councilId, heldOn: next.heldOn, location: next.location, state: 'planned', membersTotal, openedBy: secretaryId })
    .returning({ id: councilSessions.id });
  const agenda = next.agenda.map((unit) => {
    const found = plan.filter((p) => p.status === 'council' && 'unit' in p.spec.nominee && p.spec.nominee.unit === unit);
    if (found.length !== 1) throw new Error(`Demo seed: the upcoming session wants one nomination of ${unit} before the council, found ${found.length}`);
    return found[0]!;
  });
  await tx.insert(councilAgendaItems).values(agenda.map((p, i) => ({ sessionId: upcoming!.id, nominationId: ids.nominations.get(p.reference), position: i + 1 })));
}

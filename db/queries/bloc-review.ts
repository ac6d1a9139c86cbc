import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { readGrant } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/viewer';
import { getDb } from '../client';
import { blocBallotSessions, blocBallotTallies, blocLeadDecisions, users } from '../schema';
import { loadBlocTerm } from './bloc-access';
import { loadNominationFacts } from './workflow/facts';

/** One closed session's count for the nomination: votes are counted on all member units. */
export interface BlocReviewResult {
  sessionId: number;
  roundNo: number;
  heldOn: string;
  mode: 'paper' | 'electronic';
  membersTotal: number;
  membersPresent: number;
  votesFor: number;
  votesAgainst: number;
  passed: boolean;
}

/** How the bloc reviewed a nomination it handled: its bloc-year (for the scoreboard and the ballot
 * sessions), the tallies of the closed sessions that put it to the vote, and the leads' decision
 * after two undecided rounds, if any. */
export interface BlocReview {
  term: { id: number; year: number; nameVi: string; nameEn: string };
  results: BlocReviewResult[];
  decision: { sessionId: number; chosen: boolean; reason: string; decidedBy: string; decidedAt: Date } | null;
}

/** The bloc's review of one nomination, for whoever may read the nomination (the same rules as its
 * page: its unit and the units above, its bloc-year's leads, the province's staff); null for anyone
 * else — and for a nomination that no bloc reviewed (unit route). Only closed sessions have tallies. */
export async function getBlocReviewForNomination(viewer: Viewer, nominationId: number): Promise<BlocReview | null> {
  const db = await getDb();
  const facts = await loadNominationFacts(db, nominationId);
  if (!facts || !readGrant(viewer, facts) || facts.blocTermId === null) return null;
  const term = await loadBlocTerm(db, facts.blocTermId);
  if (!term) return null;
  const [tallies, decisions] = await Promise.all([
    db
      .select({
        sessionId: blocBallotSessions.id,
        roundNo: blocBallotSessions.roundNo,
        heldOn: blocBallotSessions.heldOn,
        mode: blocBallotSessions.mode,
        membersTotal: blocBallotSessions.membersTotal,
        membersPresent: blocBallotSessions.membersPresent,
        votesFor: blocBallotTallies.votesFor,
        votesAgainst: blocBallotTallies.votesAgainst,
        passed: blocBallotTallies.passed,
      })
      .from(blocBallotTallies)
      .innerJoin(blocBallotSessions, eq(blocBallotSessions.id, blocBallotTallies.sessionId))
      .where(and(eq(blocBallotTallies.nominationId, nominationId), eq(blocBallotSessions.blocTermId, term.id), eq(blocBallotSessions.state, 'closed')))
      .orderBy(asc(blocBallotSessions.roundNo), asc(blocBallotSessions.id)),
    db
      .select({ sessionId: blocLeadDecisions.sessionId, chosen: blocLeadDecisions.chosen, reason: blocLeadDecisions.reason, decidedBy: users.displayName, decidedAt: blocLeadDecisions.decidedAt })
      .from(blocLeadDecisions)
      .innerJoin(users, eq(users.id, blocLeadDecisions.decidedBy))
      .where(and(eq(blocLeadDecisions.nominationId, nominationId), eq(blocLeadDecisions.blocTermId, term.id)))
      .limit(1),
  ]);
  return {
    term: { id: term.id, year: term.year, nameVi: term.nameVi, nameEn: term.nameEn },
    results: tallies,
    decision: decisions[0] ?? null,
  };
}

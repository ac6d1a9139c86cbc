import 'server-only';
import { and, count, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { NominationStatus } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import { exceedsShare, isCoherentCount, reachesShare, votesNeeded } from '@/lib/rules/votes';
import { WorkflowError } from '@/lib/workflow/refusals';
import type { BlocEndorsementInput, CouncilBallotInput, RevocationInput, SimpleActionInput } from '@/lib/validation/workflow';
import { getDb, type Db, type Tx } from '../../client';
import { awardHistory, awardTypes, blocBallotSessions, blocBallotTallies, councilMembers, councilSessions, councilVotes, councils, decisionRecipients } from '../../schema';
import { joinPublicNotice, requireNoticeClosable } from './public-notice';
import { changesForResubmission, requireBeforeDeadline, requireEligibilityOrConfirmation, requireEligibilityOrOverride, requirePassedBlocBallot, requireSummary, requireUnitDocuments, requireWithinBlocQuota } from './guards';
import { authorizeAction, prepareOrReplay, runTransition, transitionKey, type ActionContext, type TransitionResult, type TransitionSpec } from './run-transition';
import type { NominationRecord } from './facts';

const now = () => new Date();

// Any fixed number: the find-or-create of a council's session of the day is serialized per council by
// this transaction-scoped lock, so that ballots recorded at the same moment share one session.
const COUNCIL_SESSION_LOCK = 3_318_204;

/** The actions whose only input is a reason: submit, withdraw, return, resubmit, decline, forward,
 * reject, hold, release, close notice. Each adds its guards and bookkeeping to the one claim. */
export async function takeSimpleAction(ctx: ActionContext, input: SimpleActionInput): Promise<TransitionResult> {
  const spec: TransitionSpec = { nominationId: input.nominationId, action: input.action, expectedVersion: input.version, reason: input.reason };
  switch (input.action) {
    case 'submit': {
      let eligibility: Record<string, unknown> = {};
      spec.guard = async (tx, n) => {
        await requireSummary(tx, n);
        await requireUnitDocuments(tx, n);
        await requireBeforeDeadline(tx, n);
        eligibility = await requireEligibilityOrConfirmation(tx, n, input.acknowledgeIneligible === 'true');
      };
      spec.set = (_n, to) => ({ submittedAt: now(), ...(to === 'appraisal' ? { appraisalStartedAt: now() } : {}) });
      spec.also = async () => ({ eligibility });
      break;
    }
    case 'resubmit': {
      let eligibility: Record<string, unknown> = {};
      spec.guard = async (tx, n) => {
        await requireSummary(tx, n);
        await requireUnitDocuments(tx, n);
        eligibility = await requireEligibilityOrConfirmation(tx, n, input.acknowledgeIneligible === 'true');
      };
      // The province's time limit counts again from the completed dossier.
      spec.set = (_n, to) => ({ returnedFrom: null, ...(to === 'appraisal' ? { appraisalStartedAt: now() } : {}) });
      // What the unit changed since the return travels with the resubmission, for the reviewer.
      spec.also = async (tx, n) => ({ eligibility, changes: await changesForResubmission(tx, n.id) });
      break;
    }
    case 'return':
      spec.guard = async (_tx, n) => {
        if (n.status === 'appraisal' && n.provinceReturnCount > 0) throw new WorkflowError('returned_once_already');
      };
      spec.set = (n) => ({ returnedFrom: n.status, ...(n.status === 'appraisal' ? { provinceReturnCount: sql`${sql.identifier('province_return_count')} + 1` } : {}) });
      // The claim itself also holds the rule, so two racing returns cannot both pass the check above.
      spec.where = (n) => (n.status === 'appraisal' ? sql`${sql.identifier('province_return_count')} = 0` : undefined);
      break;
    case 'withdraw':
      // A withdrawn nomination goes nowhere: it keeps no way back.
      spec.set = () => ({ returnedFrom: null });
      break;
    case 'hold':
      spec.set = (n) => ({ heldFrom: n.status });
      break;
    case 'release':
      spec.set = () => ({ heldFrom: null });
      break;
    case 'close_notice':
      spec.guard = (tx, n) => requireNoticeClosable(tx, n.id, n.roundId, n.awardTypeId);
      break;
    case 'forward': {
      // eligibility_passed_or_overridden: the checks of lib/rules pass, or the appraiser's written
      // justification overrides the failed ones; either way the result is in the audit event.
      let eligibility: Record<string, unknown> = {};
      spec.guard = async (tx, n) => {
        eligibility = await requireEligibilityOrOverride(tx, n, input.reason ?? null);
      };
      spec.also = async () => ({ eligibility, ...(input.reason ? { note: input.reason } : {}) });
      break;
    }
  }
  return runTransition(ctx, spec);
}

/** The bloc lead records the bloc's paper ballot and, if it passed, endorses (bloc_ballot_passed, within_bloc_quota). */
export async function endorseWithBlocBallot(ctx: ActionContext, input: BlocEndorsementInput): Promise<TransitionResult> {
  const db = await getDb();
  // The same form sent again after the first endorsed finds the nomination moved on: it gets the
  // first one's result (S11), as runTransition would give it.
  const outcome = await prepareOrReplay<TransitionResult, NominationRecord>(db, ctx, transitionKey('endorse', input.nominationId), () =>
    authorizeAction(ctx, input.nominationId, 'endorse', db, input.version),
  );
  if ('replay' in outcome) return { ...outcome.replay, replayed: true };
  const count = { membersTotal: input.membersTotal, present: input.membersTotal, writtenVotes: 0, votesFor: input.votesFor, votesAgainst: input.votesAgainst };
  if (!isCoherentCount(count)) throw new WorkflowError('ballot_counts_invalid');
  // The bloc's default rule: more than half of its member units (configurable per session).
  const passed = exceedsShare(input.votesFor, input.membersTotal, 50);
  if (!passed) throw new WorkflowError('bloc_ballot_failed', { votesFor: input.votesFor, membersTotal: input.membersTotal });
  return runTransition(ctx, {
    nominationId: input.nominationId,
    action: 'endorse',
    expectedVersion: input.version,
    payload: { ballot: { membersTotal: input.membersTotal, votesFor: input.votesFor, votesAgainst: input.votesAgainst } },
    guard: async (tx, n) => {
      const [session] = await tx
        .insert(blocBallotSessions)
        .values({
          blocTermId: n.blocTermId!,
          mode: 'paper',
          state: 'closed',
          heldOn: todayInVietnam(),
          membersTotal: input.membersTotal,
          membersPresent: input.votesFor + input.votesAgainst,
          openedBy: ctx.viewer.id,
          closedAt: now(),
        })
        .returning({ id: blocBallotSessions.id });
      await tx.insert(blocBallotTallies).values({ sessionId: session!.id, nominationId: n.id, votesFor: input.votesFor, votesAgainst: input.votesAgainst, passed });
      await requirePassedBlocBallot(tx, n);
      await requireWithinBlocQuota(tx, n);
    },
    set: () => ({ appraisalStartedAt: now() }),
  });
}

/** The council secretary records the council's ballot on one nomination. Quorum counts those present;
 * the threshold counts all members (Decree 98/2023/NĐ-CP Art. 30(7)); awards reviewed by the standing
 * committee pass on more than half of the votes cast. */
export async function recordCouncilBallot(ctx: ActionContext, input: CouncilBallotInput): Promise<TransitionResult & { passed: boolean }> {
  const db = await getDb();
  const outcome = await prepareOrReplay<TransitionResult, NominationRecord>(db, ctx, transitionKey('record_ballot', input.nominationId), () =>
    authorizeAction(ctx, input.nominationId, 'record_ballot', db, input.version),
  );
  // A ballot that failed rejected the nomination; any other outcome passed.
  if ('replay' in outcome) return { ...outcome.replay, replayed: true, passed: outcome.replay.to !== 'rejected' };
  const facts = outcome.prepared;
  const today = todayInVietnam();
  const [award] = await db
    .select({
      reviewBody: awardTypes.reviewBody,
      thresholdPct: awardTypes.voteThresholdPct,
      basis: awardTypes.voteBasis,
      quorumPct: awardTypes.quorumPct,
      requiresPublicNotice: awardTypes.requiresPublicNotice,
      noticeWorkingDays: awardTypes.noticeWorkingDays,
    })
    .from(awardTypes)
    .where(eq(awardTypes.id, facts.awardTypeId));
  const council = await currentCouncil(db, facts.proposingUnitPath, today);
  if (!award || !council) throw new WorkflowError('not_found');
  const membersTotal = council.members;
  const count = { membersTotal, present: input.present, writtenVotes: input.writtenVotes, votesFor: input.votesFor, votesAgainst: input.votesAgainst };
  if (!isCoherentCount(count)) throw new WorkflowError('ballot_counts_invalid', { membersTotal });
  const quorumPct = award.quorumPct ?? '80';
  if (!reachesShare(input.present, membersTotal, quorumPct)) {
    throw new WorkflowError('quorum_not_met', { present: input.present, membersTotal, needed: votesNeeded(membersTotal, quorumPct) });
  }
  const thresholdPct = award.thresholdPct ?? '50';
  const base = award.thresholdPct === null || award.basis === 'present' ? input.present + input.writtenVotes : membersTotal;
  const passed = award.thresholdPct === null ? exceedsShare(input.votesFor, base, 50) : reachesShare(input.votesFor, base, thresholdPct);
  const to: NominationStatus = !passed ? 'rejected' : award.requiresPublicNotice ? 'public_notice' : 'awaiting_decision';

  const result = await runTransition(ctx, {
    nominationId: input.nominationId,
    action: 'record_ballot',
    expectedVersion: input.version,
    resolveTo: () => to,
    payload: { ballot: { ...count, thresholdPct, basis: award.thresholdPct === null ? 'standing_committee' : award.basis, passed } },
    also: async (tx, n) => {
      const sessionId = await todaysSession(tx, council.id, membersTotal, today, ctx.viewer.id);
      await tx.insert(councilVotes).values({
        sessionId,
        nominationId: n.id,
        membersTotal,
        membersPresent: input.present,
        writtenVotes: input.writtenVotes,
        votesFor: input.votesFor,
        votesAgainst: input.votesAgainst,
        thresholdPct,
        basis: award.basis,
        passed,
        recordedBy: ctx.viewer.id,
      });
      if (to === 'public_notice') await joinPublicNotice(tx, n.roundId, n.awardTypeId, award.noticeWorkingDays ?? 10, today, ctx.viewer.id);
      return { sessionId };
    },
  });
  return { ...result, passed };
}

async function currentCouncil(db: Db, unitPath: readonly number[], today: string): Promise<{ id: number; members: number } | null> {
  const [council] = await db
    .select({ id: councils.id })
    .from(councils)
    .where(and(inArray(councils.provinceUnitId, [...unitPath]), lte(councils.validFrom, today), or(isNull(councils.validTo), gte(councils.validTo, today))))
    .limit(1);
  if (!council) return null;
  const [members] = await db
    .select({ n: count() })
    .from(councilMembers)
    .where(and(eq(councilMembers.councilId, council.id), lte(councilMembers.validFrom, today), or(isNull(councilMembers.validTo), gte(councilMembers.validTo, today))));
  return { id: council.id, members: members?.n ?? 0 };
}

/** The council's session of the day, opened on its first ballot. */
async function todaysSession(tx: Tx, councilId: number, membersTotal: number, today: string, userId: number): Promise<number> {
  // Held to the end of the transaction: a second ballot waits here until the first one's session is committed, then finds it.
  await tx.execute(sql`select pg_advisory_xact_lock(${COUNCIL_SESSION_LOCK}::int, ${councilId}::int)`);
  const [open] = await tx
    .select({ id: councilSessions.id })
    .from(councilSessions)
    .where(and(eq(councilSessions.councilId, councilId), eq(councilSessions.heldOn, today)))
    .limit(1);
  if (open) return open.id;
  const [created] = await tx.insert(councilSessions).values({ councilId, heldOn: today, state: 'open', membersTotal, openedBy: userId }).returning({ id: councilSessions.id });
  return created!.id;
}

/** Revocation (Law 06/2022/QH15 Art. 89): the reason and the legal ground; the award leaves the history. */
export async function revokeNomination(ctx: ActionContext, input: RevocationInput): Promise<TransitionResult> {
  return runTransition(ctx, {
    nominationId: input.nominationId,
    action: 'revoke',
    expectedVersion: input.version,
    reason: input.reason,
    payload: { ground: input.ground },
    also: async (tx, n) => {
      const today = todayInVietnam();
      await tx.update(decisionRecipients).set({ revokedOn: today, revocationGround: input.ground }).where(eq(decisionRecipients.nominationId, n.id));
      await tx.update(awardHistory).set({ revokedOn: today }).where(eq(awardHistory.nominationId, n.id));
    },
  });
}

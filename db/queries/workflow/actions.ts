import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { NominationStatus } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import { councilBallotOutcome, ruleOf } from '@/lib/rules/council-ballot';
import { exceedsShare, isCoherentCount } from '@/lib/rules/votes';
import { WorkflowError } from '@/lib/workflow/refusals';
import type { BlocEndorsementInput, CouncilBallotInput, RevocationInput, SimpleActionInput } from '@/lib/validation/workflow';
import { getDb, type Db, type Tx } from '../../client';
import { awardHistory, awardTypes, blocBallotSessions, blocBallotTallies, councilAgendaItems, councilVotes, decisionRecipients } from '../../schema';
import { loadCouncilSession, sessionTally, tallyFingerprint } from '../council-access';
import { joinPublicNotice, requireNoticeClosable } from './public-notice';
import { changesForResubmission, requireBeforeDeadline, requireEligibilityOrConfirmation, requireEligibilityOrOverride, requirePassedBlocBallot, requireSummary, requireUnitDocuments, requireWithinBlocQuota } from './guards';
import { authorizeAction, prepareOrReplay, runTransition, transitionKey, type ActionContext, type TransitionResult, type TransitionSpec } from './run-transition';
import type { NominationRecord } from './facts';

const now = () => new Date();

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
      // What holds it (discipline, investigation, inspection, complaint or another matter), for the
      // queue, the timeline and the inspectors who ask whether a nominee was on hold and why.
      if (input.holdKind) spec.payload = { holdKind: input.holdKind };
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

/** The council secretary records the council's ballot on one agenda item of an open session. Who was
 * present and who voted in writing come from the session's attendance (never typed again). Quorum
 * counts those present, against all members; a ballot's threshold counts all members (Decree
 * 98/2023/NĐ-CP Art. 30(7)), written votes included; awards reviewed by the standing committee pass on
 * more than half of its members taking part (lib/rules/council-ballot.ts). */
export async function recordCouncilBallot(ctx: ActionContext, input: CouncilBallotInput): Promise<TransitionResult & { passed: boolean }> {
  const db = await getDb();
  const outcome = await prepareOrReplay<TransitionResult, NominationRecord>(db, ctx, transitionKey('record_ballot', input.nominationId), () =>
    authorizeAction(ctx, input.nominationId, 'record_ballot', db, input.version),
  );
  // A ballot that failed rejected the nomination; any other outcome passed.
  if ('replay' in outcome) return { ...outcome.replay, replayed: true, passed: outcome.replay.to !== 'rejected' };
  const facts = outcome.prepared;
  // Only after the nomination's own checks: a session id tells nothing to who may not act on it.
  const session = await loadCouncilSession(db, input.sessionId);
  if (!session || !facts.proposingUnitPath.includes(session.provinceUnitId)) throw new WorkflowError('not_found');
  if (session.state !== 'open') throw new WorkflowError(session.state === 'closed' ? 'council_session_closed' : 'council_session_not_open');
  if (!(await onAgenda(db, session.id, facts.id))) throw new WorkflowError('council_not_on_agenda');
  const [award] = await db
    .select({
      reviewBody: awardTypes.reviewBody,
      thresholdPct: awardTypes.voteThresholdPct,
      basis: awardTypes.voteBasis,
      requiresPublicNotice: awardTypes.requiresPublicNotice,
      noticeWorkingDays: awardTypes.noticeWorkingDays,
    })
    .from(awardTypes)
    .where(eq(awardTypes.id, facts.awardTypeId));
  if (!award) throw new WorkflowError('not_found');
  const tally = await sessionTally(db, session);
  const { council, standing, quorum } = tally;
  if (!quorum.met) throw new WorkflowError('quorum_not_met', { present: council.present, membersTotal: council.membersTotal, needed: quorum.needed, pct: Number(quorum.pct) });
  const result = councilBallotOutcome(award, council, standing, { votesFor: input.votesFor, votesAgainst: input.votesAgainst });
  if (!result) {
    const voters = ruleOf(award) === 'standing_committee' ? standing.present + standing.writtenVotes : council.present + council.writtenVotes;
    throw new WorkflowError('ballot_counts_invalid', { membersTotal: council.membersTotal, voters });
  }
  if (result.rule === 'standing_committee' && result.base === 0) throw new WorkflowError('council_standing_committee_absent');
  const { passed } = result;
  const to: NominationStatus = !passed ? 'rejected' : award.requiresPublicNotice ? 'public_notice' : 'awaiting_decision';
  const basis = result.rule === 'threshold_all_members' ? 'all_members' : 'present';
  const seen = tallyFingerprint(tally);

  const transition = await runTransition(ctx, {
    nominationId: input.nominationId,
    action: 'record_ballot',
    expectedVersion: input.version,
    resolveTo: () => to,
    payload: {
      ballot: {
        sessionId: session.id,
        rule: result.rule,
        ...result.count,
        thresholdPct: result.thresholdPct,
        needed: result.needed,
        base: result.base,
        basis,
        quorumPct: quorum.pct,
        passed,
      },
    },
    guard: async (tx) => {
      // The session cannot close, nor its attendance or agenda change, while this ballot is recorded;
      // a ballot typed against counts that changed since is stale.
      const locked = await loadCouncilSession(tx, session.id, 'share');
      if (!locked || locked.state !== 'open') throw new WorkflowError('council_session_not_open');
      if (!(await onAgenda(tx, session.id, facts.id)) || tallyFingerprint(await sessionTally(tx, locked)) !== seen) throw new WorkflowError('conflict');
    },
    also: async (tx, n) => {
      await tx.insert(councilVotes).values({
        sessionId: session.id,
        nominationId: n.id,
        membersTotal: result.count.membersTotal,
        membersPresent: result.count.present,
        writtenVotes: result.count.writtenVotes,
        votesFor: result.count.votesFor,
        votesAgainst: result.count.votesAgainst,
        thresholdPct: result.thresholdPct,
        basis,
        passed,
        recordedBy: ctx.viewer.id,
      });
      if (to === 'public_notice') await joinPublicNotice(tx, n.id, n.roundId, n.awardTypeId, award.noticeWorkingDays ?? 10, todayInVietnam(), ctx.viewer.id);
      return { sessionId: session.id };
    },
  });
  return { ...transition, passed };
}

async function onAgenda(db: Db | Tx, sessionId: number, nominationId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: councilAgendaItems.nominationId })
    .from(councilAgendaItems)
    .where(and(eq(councilAgendaItems.sessionId, sessionId), eq(councilAgendaItems.nominationId, nominationId)));
  return Boolean(row);
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

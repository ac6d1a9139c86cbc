import 'server-only';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { DocumentKind } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import { missingDocuments } from '@/lib/rules/dossier';
import { failuresToConfirm } from '@/lib/rules/eligibility';
import { WorkflowError } from '@/lib/workflow/refusals';
import { PAST_BLOC_STATUSES } from '@/lib/workflow/status-groups';
import type { Tx } from '../../client';
import { auditEvents, awardTypes, blocBallotTallies, documents, nominations, rounds } from '../../schema';
import { evaluateNomination } from '../eligibility';
import { explainUnmet } from '@/lib/rules/reasons';
import { SUMMARY_MIN_LENGTH } from '@/lib/validation/nomination';
import { changeSummary, changesSinceReturn } from '@/lib/workflow/changes-since-return';
import type { NominationRecord } from './facts';

/** required_documents_present: every document kind the award type requires of the unit (Law 06/2022/QH15 Art. 84). */
export async function requireUnitDocuments(tx: Tx, n: NominationRecord): Promise<void> {
  const [award] = await tx.select({ required: awardTypes.requiredDocuments }).from(awardTypes).where(eq(awardTypes.id, n.awardTypeId));
  const present = await tx
    .selectDistinct({ kind: documents.kind })
    .from(documents)
    .where(and(eq(documents.nominationId, n.id), isNull(documents.removedAt)));
  const missing = missingDocuments(award?.required ?? [], present.map((p) => p.kind as DocumentKind), n.route, 'unit_submission');
  if (missing.length > 0) throw new WorkflowError('documents_missing', { kinds: missing.join(',') });
}

/** At the bloc's endorsement: every document the award requires, the bloc's own papers included
 * (its minutes and ballot result, which the endorsement itself attaches). */
export async function requireEndorsementDocuments(tx: Tx, n: NominationRecord): Promise<void> {
  const [award] = await tx.select({ required: awardTypes.requiredDocuments }).from(awardTypes).where(eq(awardTypes.id, n.awardTypeId));
  const present = await tx
    .selectDistinct({ kind: documents.kind })
    .from(documents)
    .where(and(eq(documents.nominationId, n.id), isNull(documents.removedAt)));
  const missing = missingDocuments(award?.required ?? [], present.map((p) => p.kind as DocumentKind), n.route, 'bloc_endorsement');
  if (missing.length > 0) throw new WorkflowError('documents_missing', { kinds: missing.join(',') });
}

/** before_round_deadline: the round's submission deadline, a Vietnamese calendar day, has not passed. */
export async function requireBeforeDeadline(tx: Tx, n: NominationRecord): Promise<void> {
  const [round] = await tx.select({ deadline: rounds.submissionDeadline }).from(rounds).where(eq(rounds.id, n.roundId));
  if (!round || todayInVietnam() > round.deadline) throw new WorkflowError('deadline_passed', { deadline: round?.deadline ?? '' });
}

/** bloc_ballot_passed: a tally for this nomination that passed the bloc's rule is on record. */
export async function requirePassedBlocBallot(tx: Tx, n: NominationRecord): Promise<void> {
  const [tally] = await tx
    .select({ passed: blocBallotTallies.passed })
    .from(blocBallotTallies)
    .where(and(eq(blocBallotTallies.nominationId, n.id), eq(blocBallotTallies.passed, true)))
    .limit(1);
  if (!tally) throw new WorkflowError('bloc_ballot_missing');
}

/** within_bloc_quota: the bloc has not already sent its quota of this award to the province this round. */
export async function requireWithinBlocQuota(tx: Tx, n: NominationRecord): Promise<void> {
  const [award] = await tx.select({ code: awardTypes.code, quota: awardTypes.blocQuota }).from(awardTypes).where(eq(awardTypes.id, n.awardTypeId));
  if (!award || award.quota === null || n.blocTermId === null) return;
  const sameAward = tx.select({ id: awardTypes.id }).from(awardTypes).where(eq(awardTypes.code, award.code));
  const [sent] = await tx
    .select({ n: count() })
    .from(nominations)
    .where(
      and(
        eq(nominations.blocTermId, n.blocTermId),
        eq(nominations.roundId, n.roundId),
        inArray(nominations.awardTypeId, sameAward),
        inArray(nominations.status, [...PAST_BLOC_STATUSES]),
      ),
    );
  if ((sent?.n ?? 0) >= award.quota) throw new WorkflowError('bloc_quota_reached', { quota: award.quota });
}

/** summary_present: the dossier says in words what was achieved before it leaves the unit. */
export async function requireSummary(tx: Tx, n: NominationRecord): Promise<void> {
  const [row] = await tx.select({ summary: nominations.achievementSummary }).from(nominations).where(eq(nominations.id, n.id));
  if ((row?.summary.trim().length ?? 0) < SUMMARY_MIN_LENGTH) throw new WorkflowError('summary_too_short', { min: SUMMARY_MIN_LENGTH });
}

/** eligibility_confirmed: a nomination that fails a check of lib/rules leaves the unit only when its
 * head confirms it; the result (and the confirmation) is recorded with the transition. The dossier is
 * checked at the unit's stage (the bloc's papers come with its endorsement) and a bloc vote still to
 * come is pending, so neither holds a submission back. */
export async function requireEligibilityOrConfirmation(tx: Tx, n: NominationRecord, confirmed: boolean): Promise<Record<string, unknown>> {
  const result = await evaluateNomination(tx, n.id);
  if (!result) return {};
  const toConfirm = failuresToConfirm(result);
  if (toConfirm.length > 0 && !confirmed) throw new WorkflowError('eligibility_unconfirmed', { checks: toConfirm.join(',') });
  return { overall: result.overall, failures: result.failures, confirmedDespiteFailures: toConfirm.length > 0, checks: explainUnmet(result) };
}

/** eligibility_passed_or_overridden: forwarding a nomination that fails a check needs the appraiser's
 * written justification (the reason), which auditors will read beside the failed checks. The
 * province's own appraisal time limit is recorded with them but is never the nominee's failure. */
export async function requireEligibilityOrOverride(tx: Tx, n: NominationRecord, justification: string | null): Promise<Record<string, unknown>> {
  const result = await evaluateNomination(tx, n.id);
  if (!result) return {};
  const text = justification?.trim() ?? '';
  if (result.overall === 'fail' && text.length < 20) throw new WorkflowError('eligibility_override_required', { checks: result.failures.length });
  return { overall: result.overall, failures: result.failures, overridden: result.overall === 'fail', checks: explainUnmet(result) };
}

/** What changed since the latest return, read from the nomination's audit events. */
export async function changesForResubmission(tx: Tx, nominationId: number): Promise<Record<string, unknown> | null> {
  const events = await tx
    .select({
      seq: auditEvents.seq,
      occurredAt: auditEvents.occurredAt,
      actorName: auditEvents.actorName,
      action: auditEvents.action,
      fromStatus: auditEvents.fromStatus,
      toStatus: auditEvents.toStatus,
      reason: auditEvents.reason,
      payload: auditEvents.payload,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, nominationId)))
    .orderBy(asc(auditEvents.seq));
  const changes = changesSinceReturn(events);
  return changes ? changeSummary(changes) : null;
}

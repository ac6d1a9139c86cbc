import 'server-only';
import { eq } from 'drizzle-orm';
import { WorkflowError } from '@/lib/workflow/refusals';
import { guardsFor, type Transition } from '@/lib/workflow/transitions';
import type { Tx } from '../../client';
import { awardTypes, nominations, upwardProposals } from '../../schema';
import type { NominationRecord } from './facts';

/**
 * The guards that depend on who decides the award (lib/workflow/transitions.ts, guardsByReviewBody),
 * checked inside the claim's transaction for every caller of applyTransition — the province's decision,
 * the central answer, the nomination page's actions, and whatever path comes later — so that none can
 * take another's way:
 *
 * - central_answer_accepted: an award the province only proposes upward (Government flag, Prime
 *   Minister's certificate, national emulation fighter) is approved when the central body's acceptance
 *   is on record against the province's submission; inside a provincial decision it is refused, the
 *   Chairman having no power to confer it (Law 06/2022/QH15, Chapter IV);
 * - no_proposal_pending: once the submission letter is sent, the nomination is rejected only on the
 *   central body's refusal (recorded against the letter before the claim, in the same transaction);
 * - the province's own awards are approved inside its decision (inside_decision), which the decision
 *   itself satisfies: nothing to read here.
 */
export async function requireReviewBodyGuards(tx: Tx, n: NominationRecord, transition: Transition): Promise<void> {
  // Only transitions whose guards vary by review body pay for the read.
  if (!transition.guardsByReviewBody) return;
  const [row] = await tx
    .select({ reviewBody: awardTypes.reviewBody, answer: upwardProposals.answer, number: upwardProposals.submissionNumber })
    .from(nominations)
    .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
    .leftJoin(upwardProposals, eq(upwardProposals.nominationId, nominations.id))
    .where(eq(nominations.id, n.id));
  if (!row) throw new WorkflowError('not_found');
  const guards = guardsFor(transition, row.reviewBody);
  if (guards.includes('central_answer_accepted') && row.answer !== 'accepted') {
    throw new WorkflowError('award_proposed_upward', { reference: n.reference });
  }
  if (guards.includes('no_proposal_pending') && row.answer === 'pending') {
    throw new WorkflowError('proposal_awaiting_answer', { reference: n.reference, number: row.number ?? '' });
  }
}

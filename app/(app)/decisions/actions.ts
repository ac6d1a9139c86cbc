'use server';

import { revalidatePath } from 'next/cache';
import { createDecisionDraft, declineDecisionItem, discardDecisionDraft, issueDecisionDraft, removeDecisionItem, updateDecisionDraft } from '@/db/queries/workflow/decisions';
import { ZDecisionDiscard, ZDecisionDraft, ZDecisionHeaderUpdate, ZDecisionIssue, ZDecisionItemDecline, ZDecisionItemRemoval } from '@/lib/validation/decision';
import { runAction } from '@/app/actions/run-action';

// The approver's decision: drafting, editing, removing and declining items, issuing, discarding.
// Inputs are plain objects parsed by the schemas the forms use; the data access layer authorizes.

function refresh(decisionId?: number) {
  revalidatePath('/', 'layout');
  if (decisionId) revalidatePath(`/decisions/${decisionId}`);
}

export async function createDecisionDraftAction(input: unknown) {
  const result = await runAction(ZDecisionDraft, input as Record<string, unknown>, createDecisionDraft);
  if (result.ok) refresh(result.data.decisionId);
  return result;
}

export async function updateDecisionDraftAction(input: unknown) {
  const result = await runAction(ZDecisionHeaderUpdate, input as Record<string, unknown>, updateDecisionDraft);
  if (result.ok) refresh(result.data.decisionId);
  return result;
}

export async function removeDecisionItemAction(input: unknown) {
  const result = await runAction(ZDecisionItemRemoval, input as Record<string, unknown>, removeDecisionItem);
  if (result.ok) refresh(result.data.decisionId);
  return result;
}

export async function declineDecisionItemAction(input: unknown) {
  const result = await runAction(ZDecisionItemDecline, input as Record<string, unknown>, async (ctx, data) => {
    const r = await declineDecisionItem(ctx, data);
    return { nominationId: r.nominationId, to: r.to, replayed: r.replayed };
  });
  if (result.ok) refresh();
  return result;
}

export async function issueDecisionDraftAction(input: unknown) {
  const result = await runAction(ZDecisionIssue, input as Record<string, unknown>, async (ctx, data) => {
    const r = await issueDecisionDraft(ctx, data);
    return { decisionId: r.decisionId, number: r.number, approved: r.approved.length };
  });
  if (result.ok) refresh(result.data.decisionId);
  return result;
}

export async function discardDecisionDraftAction(input: unknown) {
  const result = await runAction(ZDecisionDiscard, input as Record<string, unknown>, discardDecisionDraft);
  if (result.ok) refresh();
  return result;
}

'use server';

import { revalidatePath } from 'next/cache';
import { recordCentralAnswer, submitUpwardProposal } from '@/db/queries/upward-proposals';
import { ZCentralAnswer, ZProposalSubmission } from '@/lib/validation/proposal';
import { runAction } from '@/app/actions/run-action';

// Proposals upward: the Chairman's submission letter, and the central body's answer. Inputs are
// plain objects parsed by the schemas the forms use; the data access layer authorizes per record.

export async function submitProposalAction(input: unknown) {
  const result = await runAction(ZProposalSubmission, input as Record<string, unknown>, submitUpwardProposal);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function recordCentralAnswerAction(input: unknown) {
  const result = await runAction(ZCentralAnswer, input as Record<string, unknown>, recordCentralAnswer);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

'use server';

import { revalidatePath } from 'next/cache';
import { issueDecision } from '@/db/queries/workflow/decisions';
import { ZDecision } from '@/lib/validation/workflow';
import { runAction } from '@/app/actions/run-action';

export async function issueDecisionAction(input: Record<string, unknown>) {
  const result = await runAction(ZDecision, input, issueDecision);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

'use server';

import { revalidatePath } from 'next/cache';
import { castBlocBallot, closeBlocBallotSession, createBlocBallotSession, endorseFromBlocBallot, openBlocBallotSession, recordBlocLeadDecision } from '@/db/queries/bloc-ballot';
import { runAction } from '@/app/actions/run-action';
import { ZBlocBallotCast, ZBlocBallotEndorse, ZBlocLeadDecision, ZBlocSessionClose, ZBlocSessionCreate, ZBlocSessionRef } from '@/lib/validation/bloc-ballot';

// The bloc's ballot: thin actions, each one data-access call that authorizes (architecture.md rule 2).
// Inputs are plain objects (lists of units, candidates and choices), parsed by the shared schemas.

function refresh() {
  revalidatePath('/bloc/ballot', 'layout');
}

export async function createBlocSessionAction(input: unknown) {
  const result = await runAction(ZBlocSessionCreate, input as Record<string, unknown>, createBlocBallotSession);
  if (result.ok) refresh();
  return result;
}

export async function openBlocSessionAction(input: unknown) {
  const result = await runAction(ZBlocSessionRef, input as Record<string, unknown>, openBlocBallotSession);
  if (result.ok) refresh();
  return result;
}

export async function castBlocBallotAction(input: unknown) {
  const result = await runAction(ZBlocBallotCast, input as Record<string, unknown>, castBlocBallot);
  if (result.ok) refresh();
  return result;
}

export async function closeBlocSessionAction(input: unknown) {
  const result = await runAction(ZBlocSessionClose, input as Record<string, unknown>, closeBlocBallotSession);
  if (result.ok) refresh();
  return result;
}

export async function recordBlocLeadDecisionAction(input: unknown) {
  const result = await runAction(ZBlocLeadDecision, input as Record<string, unknown>, recordBlocLeadDecision);
  if (result.ok) refresh();
  return result;
}

export async function endorseFromBlocBallotAction(input: unknown) {
  const result = await runAction(ZBlocBallotEndorse, input as Record<string, unknown>, endorseFromBlocBallot);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

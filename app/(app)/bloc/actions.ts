'use server';

import { revalidatePath } from 'next/cache';
import { acceptAgreement, createAgreementVersion } from '@/db/queries/agreements';
import { closeScoring, saveScoreSheet } from '@/db/queries/bloc-scoring';
import { updateBlocSettings } from '@/db/queries/bloc-settings';
import { ZAcceptAgreement, ZAgreementVersion, ZBlocSettings, ZCloseScoring, ZScoreSheet } from '@/lib/validation/bloc';
import { runAction } from '@/app/actions/run-action';

// The bloc-year's changes: the agreement (accepting it, a new version), scoring and its closing.
// Inputs are plain objects parsed by the schemas the forms use; the data access layer authorizes.

export async function acceptAgreementAction(input: unknown) {
  const result = await runAction(ZAcceptAgreement, input as Record<string, unknown>, acceptAgreement);
  if (result.ok) revalidatePath('/bloc', 'layout');
  return result;
}

export async function createAgreementVersionAction(input: unknown) {
  const result = await runAction(ZAgreementVersion, input as Record<string, unknown>, createAgreementVersion);
  if (result.ok) revalidatePath('/bloc', 'layout');
  return result;
}

export async function saveScoreSheetAction(input: unknown) {
  const result = await runAction(ZScoreSheet, input as Record<string, unknown>, saveScoreSheet);
  if (result.ok) revalidatePath('/bloc', 'layout');
  return result;
}

export async function closeScoringAction(input: unknown) {
  const result = await runAction(ZCloseScoring, input as Record<string, unknown>, closeScoring);
  if (result.ok) revalidatePath('/bloc', 'layout');
  return result;
}

export async function updateBlocSettingsAction(input: unknown) {
  const result = await runAction(ZBlocSettings, input as Record<string, unknown>, updateBlocSettings);
  if (result.ok) revalidatePath('/bloc');
  return result;
}

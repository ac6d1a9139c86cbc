'use server';

import { revalidatePath } from 'next/cache';
import { createIndicator, registerInitiative, saveNominationDraft } from '@/db/queries/nomination-content';
import { createNomination } from '@/db/queries/workflow/create';
import { ZIndicatorCreate, ZInitiativeCreate, ZNominationCreate, ZNominationUpdate } from '@/lib/validation/nomination';
import { runAction } from '@/app/actions/run-action';

// The unit's drafting: create, autosave, and the registries the editor adds to. Inputs are plain
// objects (nested nominee, figure rows), parsed by the same schemas the forms use.

export async function createNominationAction(input: unknown) {
  const result = await runAction(ZNominationCreate, input as Record<string, unknown>, createNomination);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function saveDraftAction(input: unknown) {
  // No revalidation: every page that shows a nomination renders per request, and refreshing the
  // editor's own page on each autosave would only cost the person a re-render.
  return runAction(ZNominationUpdate, input as Record<string, unknown>, saveNominationDraft);
}

export async function registerInitiativeAction(input: unknown) {
  return runAction(ZInitiativeCreate, input as Record<string, unknown>, registerInitiative);
}

export async function createIndicatorAction(input: unknown) {
  return runAction(ZIndicatorCreate, input as Record<string, unknown>, createIndicator);
}

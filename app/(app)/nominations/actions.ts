'use server';

import { revalidatePath } from 'next/cache';
import { endorseWithBlocBallot, revokeNomination, takeSimpleAction } from '@/db/queries/workflow/actions';
import { removeDocument } from '@/db/queries/documents';
import { ZBlocEndorsement, ZDocumentRemoval, ZRevocation, ZSimpleAction } from '@/lib/validation/workflow';
import { runAction } from '@/app/actions/run-action';

function refresh(id?: number) {
  revalidatePath('/', 'layout');
  if (id) revalidatePath(`/nominations/${id}`);
}

export async function simpleActionAction(formData: FormData) {
  const result = await runAction(ZSimpleAction, formData, takeSimpleAction);
  if (result.ok) refresh(result.data.nominationId);
  return result;
}

export async function endorseAction(formData: FormData) {
  const result = await runAction(ZBlocEndorsement, formData, endorseWithBlocBallot);
  if (result.ok) refresh(result.data.nominationId);
  return result;
}

export async function revokeAction(formData: FormData) {
  const result = await runAction(ZRevocation, formData, revokeNomination);
  if (result.ok) refresh(result.data.nominationId);
  return result;
}

export async function removeDocumentAction(formData: FormData) {
  const result = await runAction(ZDocumentRemoval, formData, async (ctx, data) => {
    await removeDocument(ctx.viewer, data.documentId, ctx.ip);
    return { documentId: data.documentId };
  });
  if (result.ok) refresh();
  return result;
}

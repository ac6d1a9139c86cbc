'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/app/actions/run-action';
import { answerNoticeComment, closePublicNotice } from '@/db/queries/notice-workspace';
import { ZNoticeAnswer, ZNoticeClose } from '@/lib/validation/notice';

// The appraiser's public-notice workspace: thin actions, each one data-access call that authorizes
// (architecture.md rule 2).

export async function answerNoticeCommentAction(input: unknown) {
  const result = await runAction(ZNoticeAnswer, input as Record<string, unknown>, answerNoticeComment);
  if (result.ok) revalidatePath('/notices', 'layout');
  return result;
}

export async function closePublicNoticeAction(input: unknown) {
  const result = await runAction(ZNoticeClose, input as Record<string, unknown>, closePublicNotice);
  // Closing moves nominations on: every list and home page that counts them changes.
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

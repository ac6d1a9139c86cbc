'use server';

import { randomUUID } from 'node:crypto';
import { postNoticeComment } from '@/db/queries/public-notices';
import type { ActionResult } from '@/lib/validation/action-result';
import { ZNoticeComment } from '@/lib/validation/notice';
import { WorkflowError, type WorkflowRefusal } from '@/lib/workflow/refusals';
import { clientAddress } from '../client-address';

// The one action open to visitors who are not signed in: a comment on a candidate of a public notice.
// Same order as every action, without the sign-in: parse with the shared schema → one data-access call
// (which refuses a closed notice and applies the rate limits) → a typed result.

export async function postNoticeCommentAction(input: unknown): Promise<ActionResult<{ received: true }, WorkflowRefusal | 'invalid_input' | 'unexpected'>> {
  const parsed = ZNoticeComment.safeParse(input);
  if (!parsed.success) {
    return { ok: false, formError: 'invalid_input', fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])) };
  }
  try {
    return { ok: true, data: await postNoticeComment(parsed.data, await clientAddress()) };
  } catch (error) {
    if (error instanceof WorkflowError) return { ok: false, formError: error.refusal, params: error.params };
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] public comment failed (ref ${reference})`, error);
    return { ok: false, formError: 'unexpected', reference };
  }
}

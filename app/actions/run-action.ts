import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { getCurrentUser } from '@/db/queries/current-user';
import type { ActionContext } from '@/db/queries/workflow/run-transition';
import type { ActionResult } from '@/lib/validation/action-result';
import { WorkflowError, type WorkflowRefusal } from '@/lib/workflow/refusals';
import { clientAddressOf } from '@/lib/http/client-address';

export type ActionError = WorkflowRefusal | 'signed_out' | 'invalid_input' | 'unexpected';

function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    // React's own fields for server actions are not part of our schemas.
    if (key.startsWith('$ACTION')) continue;
    out[key] = value;
  }
  return out;
}

/** Every action in the same order (architecture.md rule 2): authenticate → parse with the shared
 * schema → one data-access call (which authorizes) → the typed result. Refusals come back with their
 * code; anything unexpected is logged with a reference the person can quote (S13). */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: FormData | Record<string, unknown>,
  call: (ctx: ActionContext, data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T, ActionError>> {
  const viewer = await getCurrentUser();
  if (!viewer) return { ok: false, formError: 'signed_out' };
  const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
  if (!parsed.success) {
    return { ok: false, formError: 'invalid_input', fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])) };
  }
  const h = await headers();
  const ip = clientAddressOf(h);
  const data = parsed.data as z.infer<S> & { idempotencyKey?: string };
  try {
    return { ok: true, data: await call({ viewer, ip, idempotencyKey: data.idempotencyKey ?? randomUUID() }, data) };
  } catch (error) {
    if (error instanceof WorkflowError) return { ok: false, formError: error.refusal, params: error.params };
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] action failed (ref ${reference})`, error);
    return { ok: false, formError: 'unexpected', reference };
  }
}

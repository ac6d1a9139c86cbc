'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/app/actions/run-action';
import { updateAwardNoticeSetting } from '@/db/queries/award-catalogue';
import { ZAwardNoticeSetting } from '@/lib/validation/award-catalogue';

// The award catalogue's settings, for the administrator: one data-access call that authorizes
// (architecture.md rule 2).

export async function updateAwardNoticeSettingAction(input: unknown) {
  const result = await runAction(ZAwardNoticeSetting, input as Record<string, unknown>, updateAwardNoticeSetting);
  if (result.ok) revalidatePath('/admin/award-types');
  return result;
}

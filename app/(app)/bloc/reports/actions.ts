'use server';

import { revalidatePath } from 'next/cache';
import { saveMemberReport } from '@/db/queries/bloc-reports';
import { ZBlocReport } from '@/lib/validation/bloc-report';
import { runAction } from '@/app/actions/run-action';

export async function saveMemberReportAction(input: unknown) {
  const result = await runAction(ZBlocReport, input as Record<string, unknown>, saveMemberReport);
  if (result.ok) revalidatePath('/bloc/reports');
  return result;
}

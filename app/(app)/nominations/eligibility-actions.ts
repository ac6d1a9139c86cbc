'use server';

import { z } from 'zod';
import { checkNominationEligibility, checkProposedEligibility } from '@/db/queries/eligibility-check';
import { ZNominee } from '@/lib/validation/nomination';
import { runAction } from '@/app/actions/run-action';

const id = z.coerce.number().int().positive();

/** Eligibility as the new-nomination form is filled in: the round, the award and the nominee chosen. */
export async function proposedEligibilityAction(input: unknown) {
  return runAction(z.strictObject({ roundId: id, awardTypeId: id, nominee: ZNominee }), input as Record<string, unknown>, (ctx, data) =>
    checkProposedEligibility(ctx.viewer, data),
  );
}

/** Eligibility of a nomination as it stands (after the editor saved a change of initiatives). */
export async function nominationEligibilityAction(input: unknown) {
  return runAction(z.strictObject({ nominationId: id }), input as Record<string, unknown>, (ctx, data) => checkNominationEligibility(ctx.viewer, data.nominationId));
}

import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Eligibility } from '@/lib/rules/eligibility';
import { readGrant } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/viewer';
import type { NomineeInput } from '@/lib/validation/nomination';
import { WorkflowError } from '@/lib/workflow/refusals';
import { getDb } from '../client';
import { households, people } from '../schema';
import { evaluateNomination, evaluateSubject, type NomineeRef } from './eligibility';
import { unitSubtree } from './unit-tree';
import { creatingGrant } from './workflow/create';
import { loadNominationFacts } from './workflow/facts';

/** The checks for a nomination not yet created, for the person creating it: only nominees of their
 * own unit (a person or household added in the form has no record yet, so nothing counts for them).
 * Its dossier, its bloc's quota and the province's time limit wait for the draft to exist; the round's
 * deadline and the version of the rules in force are checked already. */
export async function checkProposedEligibility(viewer: Viewer, input: { roundId: number; awardTypeId: number; nominee: NomineeInput }): Promise<Eligibility> {
  const grant = creatingGrant(viewer);
  if (!grant) throw new WorkflowError('role_not_permitted');
  const db = await getDb();
  const scope = await unitSubtree(db, [grant.unitId!]);
  const n = input.nominee;
  let ref: NomineeRef;
  switch (n.kind) {
    case 'unit':
      if (!scope.includes(n.unitId)) throw new WorkflowError('nominee_out_of_scope');
      ref = { kind: 'unit', unitId: n.unitId };
      break;
    case 'person': {
      const found = await db.select({ id: people.id }).from(people).where(and(eq(people.id, n.personId), inArray(people.unitId, scope)));
      if (found.length === 0) throw new WorkflowError('nominee_out_of_scope');
      ref = { kind: 'person', personId: n.personId };
      break;
    }
    case 'household': {
      const found = await db.select({ id: households.id }).from(households).where(and(eq(households.id, n.householdId), inArray(households.unitId, scope)));
      if (found.length === 0) throw new WorkflowError('nominee_out_of_scope');
      ref = { kind: 'household', householdId: n.householdId };
      break;
    }
    // Someone entered now has no titles, restrictions or nominations on record: id 0 matches none.
    case 'new_person':
      ref = { kind: 'person', personId: 0 };
      break;
    case 'new_household':
      ref = { kind: 'household', householdId: 0 };
      break;
  }
  const result = await evaluateSubject(db, { roundId: input.roundId, awardTypeId: input.awardTypeId, nominee: ref, initiativeIds: [] });
  if (!result) throw new WorkflowError('award_not_open');
  return result;
}

/** The checks for an existing nomination, for anyone who may read it. */
export async function checkNominationEligibility(viewer: Viewer, nominationId: number): Promise<Eligibility> {
  const db = await getDb();
  const n = await loadNominationFacts(db, nominationId);
  if (!n || !readGrant(viewer, n)) throw new WorkflowError('not_found');
  const result = await evaluateNomination(db, nominationId);
  if (!result) throw new WorkflowError('not_found');
  return result;
}

/** The nominee of a nomination row, as the eligibility queries take it. */
export function nomineeRefOf(n: { nomineeKind: string; nomineeUnitId: number | null; nomineePersonId: number | null; nomineeHouseholdId: number | null }): NomineeRef {
  if (n.nomineeKind === 'person') return { kind: 'person', personId: n.nomineePersonId! };
  if (n.nomineeKind === 'household') return { kind: 'household', householdId: n.nomineeHouseholdId! };
  return { kind: 'unit', unitId: n.nomineeUnitId! };
}

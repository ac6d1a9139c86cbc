import 'server-only';
import { sql } from 'drizzle-orm';
import type { Role } from '@/lib/domain/constants';
import { readGrant } from '@/lib/policy/can';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { DOSSIER_EDITABLE } from '@/lib/workflow/status-groups';
import type { Db, Tx } from '../client';
import { rowsOf } from '../rows';
import { loadNominationFacts, type NominationRecord } from './workflow/facts';

const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];

/** The unit grant that lets `viewer` change this nomination's dossier, if any: the proposing unit's
 * officer or head (a unit role covers its sub-units). */
export function dossierGrant(viewer: Viewer, n: Pick<NominationRecord, 'proposingUnitPath'>): RoleGrant | null {
  return viewer.grants.find((g) => UNIT_ROLES.includes(g.role) && g.scopeKind === 'unit' && g.unitId !== null && n.proposingUnitPath.includes(g.unitId)) ?? null;
}

/** Whether `viewer` may change the dossier now: the proposing unit's staff, while in draft or returned. */
export function canEditDossier(viewer: Viewer, n: Pick<NominationRecord, 'proposingUnitPath' | 'status'>): boolean {
  return DOSSIER_EDITABLE.includes(n.status) && dossierGrant(viewer, n) !== null;
}

/** Authorizes a change to the dossier (fields, figures, initiatives, documents); throws otherwise.
 * A nomination the viewer may not read is answered as missing (S3). */
export async function authorizeDossierChange(db: Db | Tx, viewer: Viewer, nominationId: number): Promise<{ n: NominationRecord; grant: RoleGrant }> {
  const n = await loadNominationFacts(db, nominationId);
  if (!n || !readGrant(viewer, n)) throw new WorkflowError('not_found');
  const grant = dossierGrant(viewer, n);
  if (!grant) throw new WorkflowError('role_not_permitted');
  if (!DOSSIER_EDITABLE.includes(n.status)) throw new WorkflowError('not_in_status');
  return { n, grant };
}

/** Inside the storing transaction: the nomination must still be editable. The row lock (FOR SHARE)
 * makes a concurrent submit wait for this transaction, so nothing slips into a submitted dossier. */
export async function lockEditable(tx: Tx, nominationId: number): Promise<void> {
  const [row] = rowsOf<{ status: string }>(await tx.execute(sql`select status from nominations where id = ${nominationId} for share`));
  if (!row || !(DOSSIER_EDITABLE as readonly string[]).includes(row.status)) throw new WorkflowError('not_in_status');
}

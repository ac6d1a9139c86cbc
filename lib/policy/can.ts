import type { AwardRoute, NominationStatus, Role } from '@/lib/domain/constants';
import { TRANSITIONS, type Transition, type WorkflowAction } from '@/lib/workflow/transitions';
import type { RoleGrant, Viewer } from './viewer';

/** What the policy needs to know about a nomination to decide who may act on it. */
export interface NominationFacts {
  id: number;
  status: NominationStatus;
  version: number;
  route: AwardRoute;
  proposingUnitId: number;
  /** The proposing unit and every unit above it, up to the province: a role held on a unit covers its sub-units. */
  proposingUnitPath: readonly number[];
  nomineeUnitId: number | null;
  nomineePersonId: number | null;
  blocTermId: number | null;
  /** The bloc-years (of the round's year) the proposing unit is a member of: a bloc's leads see
   * every nomination of its members that year (domain.md §2), and act only on those routed to them. */
  proposingUnitBlocTerms?: readonly number[];
  returnedFrom: NominationStatus | null;
  heldFrom: NominationStatus | null;
  provinceReturnCount: number;
}

export type PolicyRefusal =
  /** The table has no such action from this status. */
  | 'not_in_status'
  /** The person holds none of the roles the table names for it. */
  | 'role_not_permitted'
  /** They hold the role, but not over this nomination's unit, bloc-year or province. */
  | 'out_of_scope'
  /** Separation of duties: nobody reviews, votes on or decides a nomination of their own unit or of themselves. */
  | 'own_unit';

export type PolicyDecision = { ok: true; transition: Transition; grant: RoleGrant } | { ok: false; refusal: PolicyRefusal };

const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];

function inScope(grant: RoleGrant, n: NominationFacts): boolean {
  if (UNIT_ROLES.includes(grant.role)) return grant.scopeKind === 'unit' && grant.unitId !== null && n.proposingUnitPath.includes(grant.unitId);
  if (grant.role === 'bloc_lead') return grant.scopeKind === 'bloc_term' && grant.blocTermId !== null && grant.blocTermId === n.blocTermId;
  // Provincial roles: the province is the top of the proposing unit's path.
  return grant.scopeKind === 'province' && grant.unitId !== null && n.proposingUnitPath.includes(grant.unitId);
}

/** Reviewers, voters and deciders may not act on their own unit's nominations, nor on themselves.
 * Units do act on their own nominations: that is what proposing is. */
function conflictsWithOwnUnit(viewer: Viewer, grant: RoleGrant, n: NominationFacts): boolean {
  if (UNIT_ROLES.includes(grant.role)) return false;
  if (viewer.personId !== null && viewer.personId === n.nomineePersonId) return true;
  return viewer.unitId !== null && (viewer.unitId === n.proposingUnitId || viewer.unitId === n.nomineeUnitId);
}

/** May `viewer` take `action` on this nomination now? The answer names the transition and the
 * grant it is taken under (the audit event records that role and scope), or why not. */
export function can(viewer: Viewer, action: WorkflowAction, n: NominationFacts): PolicyDecision {
  const candidates = TRANSITIONS.filter((t) => t.action === action && t.from.includes(n.status));
  if (candidates.length === 0) return { ok: false, refusal: 'not_in_status' };
  let refusal: PolicyRefusal = 'role_not_permitted';
  for (const transition of candidates) {
    for (const grant of viewer.grants) {
      if (!transition.roles.includes(grant.role)) continue;
      if (!inScope(grant, n)) {
        if (refusal === 'role_not_permitted') refusal = 'out_of_scope';
        continue;
      }
      if (conflictsWithOwnUnit(viewer, grant, n)) {
        refusal = 'own_unit';
        continue;
      }
      return { ok: true, transition, grant };
    }
  }
  return { ok: false, refusal };
}

/** The grant under which `viewer` may read this nomination, if any: its unit (and the units above
 * it), its bloc-year's leads, and the province's staff. The admin configures, and reads no dossier. */
export function readGrant(viewer: Viewer, n: Pick<NominationFacts, 'proposingUnitPath' | 'blocTermId' | 'proposingUnitBlocTerms'>): RoleGrant | null {
  return (
    viewer.grants.find((g) => {
      if (g.role === 'admin') return false;
      if (UNIT_ROLES.includes(g.role)) return g.unitId !== null && n.proposingUnitPath.includes(g.unitId);
      if (g.role === 'bloc_lead') return g.blocTermId !== null && (g.blocTermId === n.blocTermId || (n.proposingUnitBlocTerms ?? []).includes(g.blocTermId));
      return g.scopeKind === 'province' && g.unitId !== null && n.proposingUnitPath.includes(g.unitId);
    }) ?? null
  );
}

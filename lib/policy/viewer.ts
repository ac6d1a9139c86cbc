import type { Role, ScopeKind } from '@/lib/domain/constants';

/** One role the person holds now, with its scope resolved to names for display. */
export interface RoleGrant {
  role: Role;
  scopeKind: ScopeKind;
  /** The unit for unit and province scopes. */
  unitId: number | null;
  /** The bloc-year for bloc scopes. */
  blocTermId: number | null;
  scopeNameVi: string;
  scopeNameEn: string;
}

/** The signed-in person as every page and data-access call sees them, re-read on each request. */
export interface Viewer {
  id: number;
  username: string;
  displayName: string;
  /** The unit the person works in, and the person record: separation of duties compares these. */
  unitId: number | null;
  personId: number | null;
  grants: RoleGrant[];
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.grants.some((g) => g.role === role);
}

export function grantsOf(viewer: Viewer, role: Role): RoleGrant[] {
  return viewer.grants.filter((g) => g.role === role);
}

/** The order in which a person's roles appear in navigation and on the home page. */
export const ROLE_ORDER: readonly Role[] = ['unit_head', 'unit_officer', 'bloc_lead', 'appraiser', 'council_secretary', 'approver', 'auditor', 'admin'];

export function rolesInOrder(viewer: Viewer): Role[] {
  const held = new Set(viewer.grants.map((g) => g.role));
  const ordered = ROLE_ORDER.filter((r) => held.has(r));
  // A unit head does everything a unit officer does: show one unit section, not two.
  return held.has('unit_head') ? ordered.filter((r) => r !== 'unit_officer') : ordered;
}

import { describe, expect, it } from 'vitest';
import { NOMINATION_STATUSES, ROLES, type NominationStatus, type Role, type ScopeKind } from '@/lib/domain/constants';
import { availableActions } from '@/lib/workflow/available-actions';
import { TRANSITIONS, type WorkflowAction } from '@/lib/workflow/transitions';
import { can, readGrant, type NominationFacts } from './can';
import type { RoleGrant, Viewer } from './viewer';

// A synthetic province: PROVINCE ⊃ DISTRICT ⊃ PROPOSER, and a sibling and a child of the proposer.
// The nomination is PROPOSER's, reviewed by bloc-year TERM. Ids are arbitrary but distinct.
const PROVINCE = 1;
const OTHER_PROVINCE = 2;
const DISTRICT = 10;
const PROPOSER = 11;
const SIBLING = 12;
const CHILD_OF_PROPOSER = 13;
const DEPARTMENT = 20;
const TERM = 500;
const OTHER_TERM = 501;
const NOMINEE_PERSON = 700;

const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];
const PROVINCIAL_ROLES: readonly Role[] = ['appraiser', 'council_secretary', 'approver', 'auditor', 'admin'];
/** Every action of the table, create included, read from the table itself. */
const ACTIONS: readonly WorkflowAction[] = [...new Set(TRANSITIONS.map((t) => t.action))];
/** Every status a nomination can be in, and null: the nomination that `create` brings into being. */
const FROM: readonly (NominationStatus | null)[] = [null, ...NOMINATION_STATUSES];

function facts(status: NominationStatus | null, overrides: Partial<NominationFacts> = {}): NominationFacts {
  return {
    id: 1,
    // NominationFacts describes an existing record; for `create` the table's from-status is null, and
    // the facts describe the nomination about to be created.
    status: status as NominationStatus,
    version: 3,
    route: 'bloc',
    proposingUnitId: PROPOSER,
    proposingUnitPath: [PROPOSER, DISTRICT, PROVINCE],
    nomineeUnitId: PROPOSER,
    nomineePersonId: null,
    blocTermId: TERM,
    returnedFrom: null,
    heldFrom: null,
    provinceReturnCount: 0,
    ...overrides,
  };
}

function grant(role: Role, scopeKind: ScopeKind, scope: number): RoleGrant {
  return {
    role,
    scopeKind,
    unitId: scopeKind === 'bloc_term' ? null : scope,
    blocTermId: scopeKind === 'bloc_term' ? scope : null,
    scopeNameVi: `${role} ${scope}`,
    scopeNameEn: `${role} ${scope}`,
  };
}

function viewer(grants: RoleGrant[], home: { unitId?: number | null; personId?: number | null } = {}): Viewer {
  return { id: 42, username: 'synthetic', displayName: 'Synthetic Viewer', unitId: home.unitId ?? null, personId: home.personId ?? 4200, grants };
}

/** A viewer holding `role` in scope of the synthetic nomination, working in a unit that is not the nomination's. */
function inScopeViewer(role: Role): Viewer {
  if (UNIT_ROLES.includes(role)) return viewer([grant(role, 'unit', PROPOSER)], { unitId: PROPOSER });
  if (role === 'bloc_lead') return viewer([grant(role, 'bloc_term', TERM)], { unitId: SIBLING });
  return viewer([grant(role, 'province', PROVINCE)], { unitId: DEPARTMENT });
}

/** The table's answer, read plainly: is there a row with this action, this from-status and this role? */
function tableAllows(action: WorkflowAction, from: NominationStatus | null, role: Role): boolean {
  return TRANSITIONS.some((t) => t.action === action && t.from.includes(from) && t.roles.includes(role));
}

function tableHas(action: WorkflowAction, from: NominationStatus | null): boolean {
  return TRANSITIONS.some((t) => t.action === action && t.from.includes(from));
}

/** The roles that may take `action` from `from`, with their transition rows. */
function actingPairs(): { action: WorkflowAction; from: NominationStatus | null; role: Role }[] {
  return TRANSITIONS.flatMap((t) => t.from.flatMap((from) => t.roles.map((role) => ({ action: t.action, from, role }))));
}

const WHOLE_TABLE = ACTIONS.flatMap((action) => FROM.flatMap((from) => ROLES.map((role) => ({ action, from, role }))));

describe('can(): the whole transition table, every action × status × role, in scope', () => {
  it('covers every action, every status (and create) and every role', () => {
    expect(WHOLE_TABLE).toHaveLength(ACTIONS.length * (NOMINATION_STATUSES.length + 1) * ROLES.length);
    expect(ACTIONS).toContain('create');
    expect(WHOLE_TABLE.filter((c) => tableAllows(c.action, c.from, c.role)).length).toBeGreaterThan(0);
  });

  it.each(WHOLE_TABLE.map((c) => [c.action, String(c.from), c.role, c] as const))('%s from %s by %s', (_a, _f, _r, { action, from, role }) => {
    const decision = can(inScopeViewer(role), action, facts(from));
    if (tableAllows(action, from, role)) {
      expect(decision.ok).toBe(true);
      if (!decision.ok) return;
      // The row it answers with is the row of the table, and the grant is the role's.
      expect(decision.transition.action).toBe(action);
      expect(decision.transition.from).toContain(from);
      expect(decision.transition.roles).toContain(role);
      expect(decision.grant.role).toBe(role);
    } else {
      expect(decision).toEqual({ ok: false, refusal: tableHas(action, from) ? 'role_not_permitted' : 'not_in_status' });
    }
  });

  it('offers on a page exactly the actions the table gives each role in each status', () => {
    for (const status of NOMINATION_STATUSES)
      for (const role of ROLES) {
        const offered = availableActions(inScopeViewer(role), facts(status)).map((a) => a.action);
        const expected = ACTIONS.filter((a) => a !== 'create' && tableAllows(a, status, role));
        expect(offered.sort(), `${role} in ${status}`).toEqual([...expected].sort());
      }
  });
});

describe('can(): scope', () => {
  it('lets unit roles act on their own unit’s nominations and on those of their sub-units (the path)', () => {
    for (const { action, from, role } of actingPairs().filter((p) => UNIT_ROLES.includes(p.role))) {
      for (const scope of [PROPOSER, DISTRICT, PROVINCE]) {
        const decision = can(viewer([grant(role, 'unit', scope)], { unitId: scope }), action, facts(from));
        expect(decision.ok, `${role} on unit ${scope}: ${action} from ${from}`).toBe(true);
      }
    }
  });

  it('refuses unit roles on a unit off the path: a sibling, a sub-unit of the proposer, another province', () => {
    for (const { action, from, role } of actingPairs().filter((p) => UNIT_ROLES.includes(p.role))) {
      for (const scope of [SIBLING, CHILD_OF_PROPOSER, OTHER_PROVINCE]) {
        const decision = can(viewer([grant(role, 'unit', scope)], { unitId: scope }), action, facts(from));
        expect(decision, `${role} on unit ${scope}: ${action} from ${from}`).toEqual({ ok: false, refusal: 'out_of_scope' });
      }
    }
  });

  it('refuses a bloc lead of another bloc-year, and on a nomination that no bloc reviews', () => {
    for (const { action, from } of actingPairs().filter((p) => p.role === 'bloc_lead')) {
      const other = can(viewer([grant('bloc_lead', 'bloc_term', OTHER_TERM)], { unitId: SIBLING }), action, facts(from));
      expect(other, `${action} from ${from}`).toEqual({ ok: false, refusal: 'out_of_scope' });
      const noBloc = can(inScopeViewer('bloc_lead'), action, facts(from, { route: 'unit', blocTermId: null }));
      expect(noBloc, `${action} from ${from}, unit route`).toEqual({ ok: false, refusal: 'out_of_scope' });
    }
  });

  it('refuses provincial roles of another province, and a unit or bloc scope standing in for a province', () => {
    for (const { action, from, role } of actingPairs().filter((p) => PROVINCIAL_ROLES.includes(p.role))) {
      const elsewhere = can(viewer([grant(role, 'province', OTHER_PROVINCE)], { unitId: DEPARTMENT }), action, facts(from));
      expect(elsewhere, `${role}: ${action} from ${from}`).toEqual({ ok: false, refusal: 'out_of_scope' });
      const unitScoped = can(viewer([grant(role, 'unit', PROVINCE)], { unitId: DEPARTMENT }), action, facts(from));
      expect(unitScoped, `${role} scoped to a unit: ${action} from ${from}`).toEqual({ ok: false, refusal: 'out_of_scope' });
    }
  });

  it('acts under the grant that covers the nomination when a person holds the role in several scopes', () => {
    const appraiser = viewer([grant('appraiser', 'province', OTHER_PROVINCE), grant('appraiser', 'province', PROVINCE)], { unitId: DEPARTMENT });
    const decision = can(appraiser, 'forward', facts('appraisal'));
    expect(decision.ok && decision.grant.unitId).toBe(PROVINCE);
    const lead = viewer([grant('bloc_lead', 'bloc_term', OTHER_TERM), grant('bloc_lead', 'bloc_term', TERM)], { unitId: SIBLING });
    const endorse = can(lead, 'endorse', facts('bloc_review'));
    expect(endorse.ok && endorse.grant.blocTermId).toBe(TERM);
  });
});

describe('can(): separation of duties', () => {
  const REVIEWING = actingPairs().filter((p) => !UNIT_ROLES.includes(p.role));

  it('has reviewing roles in the table to check (bloc lead and the provincial roles)', () => {
    expect(new Set(REVIEWING.map((p) => p.role))).toEqual(new Set(['bloc_lead', 'appraiser', 'council_secretary', 'approver']));
  });

  it('refuses a reviewer whose unit proposed the nomination, whose unit is the nominee, or who is the nominee', () => {
    for (const { action, from, role } of REVIEWING) {
      const base = inScopeViewer(role);
      const label = `${role}: ${action} from ${from}`;
      // Their home unit proposed it.
      expect(can({ ...base, unitId: PROPOSER }, action, facts(from)), `${label}, proposing unit`).toEqual({ ok: false, refusal: 'own_unit' });
      // Their home unit is the nominee (proposed by the unit above it).
      const forSubUnit = facts(from, { proposingUnitId: DISTRICT, proposingUnitPath: [DISTRICT, PROVINCE], nomineeUnitId: CHILD_OF_PROPOSER });
      expect(can({ ...base, unitId: CHILD_OF_PROPOSER }, action, forSubUnit), `${label}, nominee unit`).toEqual({ ok: false, refusal: 'own_unit' });
      // They are the nominee.
      const ofThemselves = facts(from, { nomineeUnitId: null, nomineePersonId: NOMINEE_PERSON });
      expect(can({ ...base, personId: NOMINEE_PERSON }, action, ofThemselves), `${label}, nominee person`).toEqual({ ok: false, refusal: 'own_unit' });
      // Someone else of the same role, from elsewhere, may.
      expect(can(base, action, ofThemselves).ok, `${label}, another person`).toBe(true);
    }
  });

  it('lets a unit act on its own nominations: proposing is what units do', () => {
    for (const { action, from, role } of actingPairs().filter((p) => UNIT_ROLES.includes(p.role))) {
      const v = viewer([grant(role, 'unit', PROPOSER)], { unitId: PROPOSER, personId: NOMINEE_PERSON });
      expect(can(v, action, facts(from, { nomineeUnitId: null, nomineePersonId: NOMINEE_PERSON })).ok, `${role}: ${action} from ${from}`).toBe(true);
    }
  });

  it('separates duties per grant: a unit head who is also a bloc lead submits for the unit but does not endorse it', () => {
    const both = viewer([grant('unit_head', 'unit', PROPOSER), grant('bloc_lead', 'bloc_term', TERM)], { unitId: PROPOSER });
    expect(can(both, 'submit', facts('draft')).ok).toBe(true);
    expect(can(both, 'endorse', facts('bloc_review'))).toEqual({ ok: false, refusal: 'own_unit' });
    expect(can(both, 'decline', facts('bloc_review'))).toEqual({ ok: false, refusal: 'own_unit' });
  });

  it('lets the admin and the auditor take no action at all, whatever their scope', () => {
    for (const role of ['admin', 'auditor'] as const) {
      const holders = [
        viewer([grant(role, 'province', PROVINCE)], { unitId: DEPARTMENT }),
        viewer([grant(role, 'unit', PROPOSER)], { unitId: DEPARTMENT }),
        viewer([grant(role, 'bloc_term', TERM)], { unitId: DEPARTMENT }),
      ];
      for (const holder of holders)
        for (const action of ACTIONS)
          for (const from of FROM) {
            const decision = can(holder, action, facts(from));
            expect(decision.ok, `${role}: ${action} from ${from}`).toBe(false);
          }
      for (const status of NOMINATION_STATUSES) expect(availableActions(holders[0]!, facts(status)), `${role} in ${status}`).toEqual([]);
    }
  });
});

describe('readGrant(): who may read a nomination', () => {
  const n = facts('appraisal');

  it('gives the auditor and the provincial roles their province, and nothing of another province', () => {
    for (const role of ['auditor', 'appraiser', 'council_secretary', 'approver'] as const) {
      const own = grant(role, 'province', PROVINCE);
      expect(readGrant(viewer([own]), n), role).toBe(own);
      expect(readGrant(viewer([grant(role, 'province', OTHER_PROVINCE)]), n), `${role} elsewhere`).toBeNull();
      // Unit-route nominations too: the province reads all of its own.
      expect(readGrant(viewer([own]), facts('council', { route: 'unit', blocTermId: null })), `${role}, unit route`).toBe(own);
    }
  });

  it('gives the bloc lead its own bloc-year only', () => {
    const lead = grant('bloc_lead', 'bloc_term', TERM);
    expect(readGrant(viewer([lead]), n)).toBe(lead);
    expect(readGrant(viewer([grant('bloc_lead', 'bloc_term', OTHER_TERM)]), n)).toBeNull();
    expect(readGrant(viewer([lead]), facts('appraisal', { route: 'unit', blocTermId: null }))).toBeNull();
  });

  it('gives unit roles the nominations on their path only: their unit and its sub-units', () => {
    for (const role of UNIT_ROLES) {
      for (const scope of [PROPOSER, DISTRICT, PROVINCE]) {
        const g = grant(role, 'unit', scope);
        expect(readGrant(viewer([g]), n), `${role} on ${scope}`).toBe(g);
      }
      for (const scope of [SIBLING, CHILD_OF_PROPOSER, OTHER_PROVINCE]) expect(readGrant(viewer([grant(role, 'unit', scope)]), n), `${role} on ${scope}`).toBeNull();
    }
  });

  it('gives the admin nothing, even over the whole province', () => {
    expect(readGrant(viewer([grant('admin', 'province', PROVINCE)]), n)).toBeNull();
    expect(readGrant(viewer([grant('admin', 'unit', PROPOSER)]), n)).toBeNull();
  });

  it('reads through whichever grant covers the record', () => {
    const covering = grant('unit_officer', 'unit', PROPOSER);
    expect(readGrant(viewer([grant('admin', 'province', PROVINCE), grant('bloc_lead', 'bloc_term', OTHER_TERM), covering]), n)).toBe(covering);
  });
});

import type { Role } from '@/lib/domain/constants';
import type { WorkflowAction } from '@/lib/workflow/transitions';
import type { BlocTermRow } from './blocs';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { blocLead, unitAccount } from './staff';

/** Who took a step, as the audit event records it: always an account (a demo account, or a staff
 * account of staff.ts), in a role it held in that scope on that day. */
export interface Actor {
  username: string;
  name: string;
  role: Role;
  scope: { kind: 'unit'; unit: string } | { kind: 'bloc_term'; bloc: string; year: number } | { kind: 'province' };
}

const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];

/** The person who takes `action` in `roles` on a nomination proposed by `proposer` (reviewed in `term`
 * when it goes through a bloc). The proposing unit's own staff take its steps; the provincial steps
 * are the demo accounts'. Separation of duties: a bloc lead never acts on its own unit's nomination —
 * the other lead of the term does. */
export function actorFor(action: WorkflowAction, roles: readonly Role[], proposer: string, term: BlocTermRow | undefined): Actor {
  if (roles.some((r) => UNIT_ROLES.includes(r))) {
    // The unit's emulation officer drafts where the unit has one; its head takes every other step.
    const preferred = action === 'create' ? (['unit_officer', 'unit_head'] as const) : (['unit_head'] as const);
    for (const role of preferred) {
      if (!roles.includes(role)) continue;
      const account = unitAccount(proposer, role);
      if (account) return { username: account.username, name: account.name, role, scope: { kind: 'unit', unit: proposer } };
    }
    throw new Error(`Demo seed: nobody may ${action} for unit ${proposer} (add it to UNIT_STAFF in staff.ts)`);
  }

  if (roles.includes('bloc_lead')) {
    if (!term) throw new Error(`Demo seed: a bloc lead acts on a nomination of ${proposer} outside any bloc`);
    const lead = blocLead(term, proposer === term.head ? 'deputy' : 'head');
    return { username: lead.username, name: lead.name, role: 'bloc_lead', scope: { kind: 'bloc_term', bloc: term.bloc, year: term.year } };
  }

  const role = roles[0];
  const account = DEMO_ACCOUNTS.find((a) => a.role === role && a.scope.kind === 'province');
  if (!role || !account) throw new Error(`Demo seed: no provincial account for ${roles.join('/')}`);
  return { username: account.username, name: account.displayName, role, scope: { kind: 'province' } };
}

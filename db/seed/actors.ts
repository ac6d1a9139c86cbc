import type { Role } from '@/lib/domain/constants';
import type { WorkflowAction } from '@/lib/workflow/transitions';
import type { BlocTermRow } from './blocs';
import { DEMO_ACCOUNTS } from './demo-accounts';

/** Who took a step, as the audit event records it. */
export interface Actor {
  /** The demo account, when one holds the role for this scope; null for the people of units and
   * blocs that have no account in the demo (their name is still recorded). */
  username: string | null;
  name: string;
  role: Role;
  scope: { kind: 'unit'; unit: string } | { kind: 'bloc_term'; bloc: string; year: number } | { kind: 'province' };
}

// Heads of the units without a demo account (chairs of wards and communes, deputy directors of
// departments), who submit, resubmit and withdraw their units' nominations in the demo's history.
const UNIT_HEADS: Readonly<Record<string, string>> = {
  'P-NAMDINH': 'Trần Đức Thịnh',
  'P-TAMDIEP': 'Đinh Quang Vũ',
  'P-THIENTRUONG': 'Nguyễn Thị Hải Yến',
  'P-NAMHOALU': 'Phạm Văn Tâm',
  'P-DONGVAN': 'Trần Thị Thủy',
  'P-DUYTIEN': 'Lê Văn Hưởng',
  'P-DONGA': 'Vũ Thị Phượng',
  'P-TAYHOALU': 'Đặng Văn Dũng',
  'X-NHOQUAN': 'Bùi Văn Tuyên',
  'X-CUCPHUONG': 'Đinh Thị Hồng',
  'X-GIALAM': 'Quách Văn Lực',
  'X-GIAVIEN': 'Nguyễn Văn Tiến',
  'X-YENMO': 'Phạm Văn Huấn',
  'X-PHATDIEM': 'Trần Thị Hạnh',
  'X-KIMSON': 'Vũ Văn Kiên',
  'S-GIAODUC': 'Trần Văn Khải',
  'S-YTE': 'Ngô Thị Thu',
  'S-TAICHINH': 'Đỗ Văn Hòa',
  'S-XAYDUNG': 'Lương Văn Tú',
  'S-NNMT': 'Hoàng Văn Dự',
  'S-VHTTDL': 'Nguyễn Thị Thanh Vân',
  'S-TUPHAP': 'Phạm Quốc Việt',
  'S-CONGTHUONG': 'Lê Thị Mỹ Hạnh',
  'S-KHCN': 'Vũ Văn Thanh',
};

const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];

/** The person who takes `action` in `roles` on a nomination proposed by `proposer` (reviewed in `term`
 * when it goes through a bloc). Separation of duties: a bloc lead never acts on its own unit's
 * nomination — the other lead of the term does. */
export function actorFor(action: WorkflowAction, roles: readonly Role[], proposer: string, term: BlocTermRow | undefined): Actor {
  if (roles.some((r) => UNIT_ROLES.includes(r))) {
    // A unit officer drafts where the unit has one; its head takes every other step.
    const preferred: readonly Role[] = action === 'create' ? ['unit_officer', 'unit_head'] : ['unit_head'];
    for (const role of preferred) {
      if (!roles.includes(role)) continue;
      const account = DEMO_ACCOUNTS.find((a) => a.role === role && a.scope.kind === 'unit' && a.scope.unitCode === proposer);
      if (account) return { username: account.username, name: account.displayName, role, scope: { kind: 'unit', unit: proposer } };
    }
    const name = UNIT_HEADS[proposer];
    if (name === undefined) throw new Error(`Demo seed: no head named for unit ${proposer}`);
    return { username: null, name, role: 'unit_head', scope: { kind: 'unit', unit: proposer } };
  }

  if (roles.includes('bloc_lead')) {
    if (!term) throw new Error(`Demo seed: a bloc lead acts on a nomination of ${proposer} outside any bloc`);
    const name = proposer === term.head ? term.deputyLead : term.headLead;
    const account = DEMO_ACCOUNTS.find(
      (a) => a.role === 'bloc_lead' && a.scope.kind === 'bloc_term' && a.scope.blocCode === term.bloc && a.scope.year === term.year && a.displayName === name,
    );
    return { username: account?.username ?? null, name, role: 'bloc_lead', scope: { kind: 'bloc_term', bloc: term.bloc, year: term.year } };
  }

  const role = roles[0];
  const account = DEMO_ACCOUNTS.find((a) => a.role === role && a.scope.kind === 'province');
  if (!role || !account) throw new Error(`Demo seed: no provincial account for ${roles.join('/')}`);
  return { username: account.username, name: account.displayName, role, scope: { kind: 'province' } };
}

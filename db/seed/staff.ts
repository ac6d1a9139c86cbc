import type { Gender, Role, ScorerKind } from '@/lib/domain/constants';
import { BLOC_TERMS, type BlocTermRow } from './blocs';
import { COUNCIL_MEMBERS } from './council';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { PEOPLE } from './people';
import { LINEAGE, unitRow } from './units';

// The province's own staff: the people who draft, submit, accept, score and review in the demo's
// history for the units and blocs that have no demo account. They are real accounts, so that every
// audit event and every created_by / uploaded_by / accepted_by / scored_by / opened_by names the person
// who acted, in a role they held on that day, and never the administrator (who takes no workflow
// action). They are part of the province's data, not demo logins: their password is random and never
// shown, so nobody can sign in as them.

/** Unit roles are recorded from 2023 (the first year of the demo's history) or from the unit's creation. */
const HISTORY_FROM = '2023-01-01';

interface Person {
  fullName: string;
  gender: Gender;
  birthYear: number;
}

const female = (fullName: string, birthYear: number): Person => ({ fullName, gender: 'female', birthYear });
const male = (fullName: string, birthYear: number): Person => ({ fullName, gender: 'male', birthYear });

interface UnitStaffRow {
  unit: string;
  /** The unit abolished in the 2025 reorganisation (a lineage predecessor) whose emulation officer and
   * head the same two people were until 2025-06-30: it accepted and scored in the 2023 bloc. */
  formerly?: string;
  /** The emulation officer (unit_officer): drafts the unit's nominations and uploads its papers. */
  officer: Person;
  /** The head (unit_head): submits, resubmits and withdraws, accepts the bloc's agreement, self-scores.
   * A department's director sits on the provincial council, so a deputy director acts for the department. */
  head: Person;
}

export const UNIT_STAFF: readonly UnitStaffRow[] = [
  // Wards of Cluster No. 1 (Hoa Lư and Phủ Lý wards have demo accounts).
  { unit: 'P-NAMDINH', officer: female('Lê Thị Phương Thảo', 1991), head: male('Trần Đức Thịnh', 1971) },
  { unit: 'P-TAMDIEP', formerly: 'TP-TAMDIEP', officer: male('Nguyễn Văn Quý', 1987), head: male('Đinh Quang Vũ', 1970) },
  { unit: 'P-THIENTRUONG', officer: female('Phạm Thị Ngọc Hà', 1992), head: female('Nguyễn Thị Hải Yến', 1975) },
  { unit: 'P-NAMHOALU', formerly: 'D-HOALU', officer: female('Đinh Thị Lệ', 1988), head: male('Phạm Văn Tâm', 1969) },
  { unit: 'P-DONGVAN', officer: male('Trần Minh Hiếu', 1990), head: female('Trần Thị Thủy', 1974) },
  { unit: 'P-DUYTIEN', officer: female('Đỗ Thị Thu Hiền', 1989), head: male('Lê Văn Hưởng', 1972) },
  { unit: 'P-DONGA', officer: male('Mai Văn Hoàng', 1986), head: female('Vũ Thị Phượng', 1976) },
  { unit: 'P-TAYHOALU', formerly: 'TP-NINHBINH', officer: female('Hoàng Thị Yến', 1990), head: male('Đặng Văn Dũng', 1968) },
  // Communes.
  { unit: 'X-NHOQUAN', formerly: 'D-NHOQUAN', officer: female('Bùi Thị Tuyết', 1987), head: male('Bùi Văn Tuyên', 1970) },
  { unit: 'X-CUCPHUONG', officer: male('Đinh Công Thuận', 1985), head: female('Đinh Thị Hồng', 1977) },
  { unit: 'X-GIALAM', officer: female('Quách Thị Huyền', 1993), head: male('Quách Văn Lực', 1973) },
  { unit: 'X-GIAVIEN', formerly: 'D-GIAVIEN', officer: female('Trịnh Thị Loan', 1988), head: male('Nguyễn Văn Tiến', 1969) },
  { unit: 'X-YENKHANH', formerly: 'D-YENKHANH', officer: female('Nguyễn Thị Thúy Hằng', 1990), head: male('Hoàng Văn Lợi', 1970) },
  { unit: 'X-YENMO', formerly: 'D-YENMO', officer: male('Lương Văn Hiệp', 1984), head: male('Phạm Văn Huấn', 1971) },
  { unit: 'X-PHATDIEM', officer: female('Vũ Thị Hường', 1991), head: female('Trần Thị Hạnh', 1975) },
  { unit: 'X-KIMSON', formerly: 'D-KIMSON', officer: male('Đoàn Văn Hậu', 1986), head: male('Vũ Văn Kiên', 1968) },
  // Provincial departments.
  { unit: 'S-GIAODUC', officer: female('Phan Thị Minh Châu', 1985), head: male('Trần Văn Khải', 1970) },
  { unit: 'S-YTE', officer: male('Đặng Quốc Trung', 1988), head: female('Ngô Thị Thu', 1972) },
  { unit: 'S-TAICHINH', officer: female('Vũ Thị Kim Dung', 1987), head: male('Đỗ Văn Hòa', 1971) },
  { unit: 'S-XAYDUNG', officer: male('Ngô Văn Khương', 1984), head: male('Lương Văn Tú', 1973) },
  { unit: 'S-NNMT', officer: female('Lê Thị Thanh Xuân', 1990), head: male('Hoàng Văn Dự', 1969) },
  { unit: 'S-VHTTDL', officer: female('Trần Thị Diệu Linh', 1992), head: female('Nguyễn Thị Thanh Vân', 1974) },
  { unit: 'S-TUPHAP', officer: male('Nguyễn Quang Minh', 1986), head: male('Phạm Quốc Việt', 1972) },
  { unit: 'S-CONGTHUONG', officer: female('Đỗ Thị Mai Anh', 1989), head: female('Lê Thị Mỹ Hạnh', 1975) },
  { unit: 'S-KHCN', officer: male('Phạm Đức Trí', 1987), head: male('Vũ Văn Thanh', 1970) },
];

// The people who speak for the head and deputy units in their blocs (blocs.ts names them per term):
// each is a vice-chair (or a deputy director) of the unit, in charge of its emulation work.
const BLOC_LEAD_PEOPLE: Readonly<Record<string, Omit<Person, 'fullName'>>> = {
  'Đinh Văn Hiển': { gender: 'male', birthYear: 1969 },
  'Trương Thị Mơ': { gender: 'female', birthYear: 1973 },
  'Phạm Văn Cường': { gender: 'male', birthYear: 1971 },
  'Nguyễn Thị Thoa': { gender: 'female', birthYear: 1975 },
  'Trần Quang Vinh': { gender: 'male', birthYear: 1977 },
  'Đỗ Thị Hằng': { gender: 'female', birthYear: 1980 },
  'Hà Văn Toản': { gender: 'male', birthYear: 1974 },
  'Bùi Thị Nga': { gender: 'female', birthYear: 1978 },
  'Vũ Văn Quang': { gender: 'male', birthYear: 1976 },
  'Phạm Thị Lụa': { gender: 'female', birthYear: 1979 },
  'Đinh Văn Khánh': { gender: 'male', birthYear: 1981 },
  'Lê Văn Đạt': { gender: 'male', birthYear: 1980 },
  'Nguyễn Hữu Phong': { gender: 'male', birthYear: 1972 },
  'Trần Thị Bích Ngọc': { gender: 'female', birthYear: 1976 },
  'Lý Văn Hòa': { gender: 'male', birthYear: 1975 },
};

export type StaffScope = { kind: 'unit'; unit: string } | { kind: 'bloc_term'; bloc: string; year: number };

export interface StaffRole {
  role: Role;
  scope: StaffScope;
  validFrom: string;
  validTo: string | null;
}

export interface StaffAccount {
  username: string;
  displayName: string;
  gender: Gender;
  birthYear: number;
  position: string;
  /** The unit the person works in today (users.unit_id, people.unit_id). */
  unit: string;
  roles: StaffRole[];
}

/** Who acts, as the seed names them in audit events and in the *_by columns. */
export interface AccountRef {
  username: string;
  name: string;
}

const UNIT_SLUG_PREFIX: Readonly<Record<string, string>> = { D: 'huyen', TP: 'tp', TX: 'tx', T: 'tinh' };

/** "P-NAMDINH" → "namdinh", "S-YTE" → "yte"; an abolished district "D-NHOQUAN" → "huyennhoquan". */
export function unitSlug(code: string): string {
  const dash = code.indexOf('-');
  const prefix = code.slice(0, dash);
  return `${UNIT_SLUG_PREFIX[prefix] ?? ''}${code.slice(dash + 1)}`.toLowerCase();
}

function isTerritorial(code: string): boolean {
  const kind = unitRow(code)[1];
  return kind === 'ward' || kind === 'commune';
}

/** The unit's name inside a title: "phường Nam Định", "xã Nho Quan", "Sở Y tế". */
function nameInTitle(code: string): string {
  const name = unitRow(code)[2];
  return isTerritorial(code) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** The span a unit role can cover: the demo's history or the unit's life, whichever is shorter. */
function unitWindow(code: string): { validFrom: string; validTo: string | null } {
  const [, , , , , validFrom, validTo] = unitRow(code);
  return { validFrom: validFrom > HISTORY_FROM ? validFrom : HISTORY_FROM, validTo };
}

/** The unit's roles of one person: on the abolished predecessor until the reorganisation, then on the unit. */
function unitRoles(role: Role, unit: string, formerly: string | undefined): StaffRole[] {
  const current: StaffRole = { role, scope: { kind: 'unit', unit }, ...unitWindow(unit) };
  if (formerly === undefined) return [current];
  return [{ role, scope: { kind: 'unit', unit: formerly }, ...unitWindow(formerly) }, current];
}

function demoUnitAccount(unit: string, role: Role): AccountRef | undefined {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role && a.scope.kind === 'unit' && a.scope.unitCode === unit);
  return account && { username: account.username, name: account.displayName };
}

function staffRowOf(unit: string): UnitStaffRow | undefined {
  return UNIT_STAFF.find((s) => s.unit === unit) ?? UNIT_STAFF.find((s) => s.formerly === unit);
}

/** The person who holds `role` (unit officer or head) for `unit`: its demo account where it has one,
 * else its staff account (for an abolished unit, the staff who were its officer and head). */
export function unitAccount(unit: string, role: 'unit_officer' | 'unit_head'): AccountRef | undefined {
  const demo = demoUnitAccount(unit, role);
  if (demo) return demo;
  const row = staffRowOf(unit);
  if (!row) return undefined;
  const person = role === 'unit_officer' ? row.officer : row.head;
  return { username: `${role === 'unit_officer' ? 'canbo' : 'thutruong'}.${unitSlug(row.unit)}`, name: person.fullName };
}

export function requireUnitAccount(unit: string, role: 'unit_officer' | 'unit_head'): AccountRef {
  const account = unitAccount(unit, role);
  if (!account) throw new Error(`Demo seed: nobody holds ${role} for ${unit} (add the unit to UNIT_STAFF)`);
  return account;
}

function demoBlocLead(term: BlocTermRow, name: string): AccountRef | undefined {
  const account = DEMO_ACCOUNTS.find(
    (a) => a.role === 'bloc_lead' && a.scope.kind === 'bloc_term' && a.scope.blocCode === term.bloc && a.scope.year === term.year && a.displayName === name,
  );
  return account && { username: account.username, name: account.displayName };
}

/** A term whose leads are demo accounts (Cluster No. 1 in 2026): no staff account is made for it. */
function hasDemoLeads(term: BlocTermRow): boolean {
  return DEMO_ACCOUNTS.some((a) => a.role === 'bloc_lead' && a.scope.kind === 'bloc_term' && a.scope.blocCode === term.bloc && a.scope.year === term.year);
}

function leadUsername(homeUnit: string): string {
  return `daidien.${unitSlug(homeUnit)}`;
}

/** The representative of the term's head or deputy unit, who acts as its bloc lead. */
export function blocLead(term: BlocTermRow, side: 'head' | 'deputy'): AccountRef {
  const name = side === 'head' ? term.headLead : term.deputyLead;
  if (hasDemoLeads(term)) {
    const demo = demoBlocLead(term, name);
    if (!demo) throw new Error(`Demo seed: no demo account for ${name}, bloc lead of ${term.bloc} ${term.year}`);
    return demo;
  }
  return { username: leadUsername(side === 'head' ? term.head : term.deputy), name };
}

/** Who entered a score: a member scores itself through its head; the head and deputy units through
 * their bloc leads. */
export function scorerAccount(term: BlocTermRow, scorerUnit: string, kind: ScorerKind): AccountRef {
  if (kind === 'self') return requireUnitAccount(scorerUnit, 'unit_head');
  if ((kind === 'head' && scorerUnit === term.head) || (kind === 'deputy' && scorerUnit === term.deputy)) return blocLead(term, kind);
  throw new Error(`Demo seed: ${scorerUnit} cannot score as ${kind} in ${term.bloc} ${term.year}`);
}

export function termRow(bloc: string, year: number): BlocTermRow {
  const term = BLOC_TERMS.find((t) => t.bloc === bloc && t.year === year);
  if (!term) throw new Error(`Demo seed: no term of ${bloc} in ${year}`);
  return term;
}

/** The unit that took over an abolished unit's staff (UNIT_STAFF.formerly); the unit itself if it still exists. */
function currentUnitOf(unit: string): string {
  if (unitRow(unit)[6] === null) return unit;
  const row = UNIT_STAFF.find((s) => s.formerly === unit);
  if (!row) throw new Error(`Demo seed: nobody says where the staff of ${unit} went in the reorganisation`);
  return row.unit;
}

function unitStaffAccounts(): StaffAccount[] {
  return UNIT_STAFF.flatMap((row) => {
    if (row.formerly !== undefined && !LINEAGE.some(([from, to]) => from === row.formerly && to === row.unit)) {
      throw new Error(`Demo seed: ${row.unit} does not descend from ${row.formerly}`);
    }
    const officer = requireUnitAccount(row.unit, 'unit_officer');
    const head = requireUnitAccount(row.unit, 'unit_head');
    const department = !isTerritorial(row.unit);
    return [
      {
        username: officer.username,
        displayName: row.officer.fullName,
        gender: row.officer.gender,
        birthYear: row.officer.birthYear,
        position: department
          ? `Chuyên viên Văn phòng ${nameInTitle(row.unit)}, phụ trách thi đua, khen thưởng`
          : `Công chức Văn phòng – Thống kê ${nameInTitle(row.unit)}, phụ trách thi đua, khen thưởng`,
        unit: row.unit,
        roles: unitRoles('unit_officer', row.unit, row.formerly),
      },
      {
        username: head.username,
        displayName: row.head.fullName,
        gender: row.head.gender,
        birthYear: row.head.birthYear,
        position: department ? `Phó Giám đốc ${nameInTitle(row.unit)}` : `Chủ tịch UBND ${nameInTitle(row.unit)}`,
        unit: row.unit,
        roles: unitRoles('unit_head', row.unit, row.formerly),
      },
    ];
  });
}

/** One account per bloc lead of the terms without demo leads: bloc_lead for each term they led, and,
 * as the vice-chair in charge of their unit's emulation work, unit_officer on their unit throughout,
 * so that the account still holds a role once its terms are over. */
function blocLeadAccounts(): StaffAccount[] {
  const byName = new Map<string, { home: string; terms: BlocTermRow[] }>();
  for (const term of BLOC_TERMS) {
    if (hasDemoLeads(term)) continue;
    for (const [name, home] of [
      [term.headLead, term.head],
      [term.deputyLead, term.deputy],
    ] as const) {
      const entry = byName.get(name) ?? { home, terms: [] };
      if (entry.home !== home) throw new Error(`Demo seed: ${name} leads for two units (${entry.home}, ${home})`);
      entry.terms.push(term);
      byName.set(name, entry);
    }
  }
  return [...byName].map(([name, { home, terms }]) => {
    const person = BLOC_LEAD_PEOPLE[name];
    if (!person) throw new Error(`Demo seed: no details for bloc lead ${name}`);
    const unit = currentUnitOf(home);
    const formerly = unit === home ? undefined : home;
    return {
      username: leadUsername(home),
      displayName: name,
      ...person,
      position: isTerritorial(unit) ? `Phó Chủ tịch UBND ${nameInTitle(unit)}` : `Phó Giám đốc ${nameInTitle(unit)}`,
      unit,
      roles: [
        ...unitRoles('unit_officer', unit, formerly),
        ...terms.map((t): StaffRole => ({ role: 'bloc_lead', scope: { kind: 'bloc_term', bloc: t.bloc, year: t.year }, validFrom: `${t.year}-01-01`, validTo: `${t.year}-12-31` })),
      ],
    };
  });
}

let cached: readonly StaffAccount[] | undefined;

/** Every staff account, checked: usernames unique and apart from the demo accounts, names unique among
 * all the seed's people, and nobody standing in for a unit that has a demo account. */
export function staffAccounts(): readonly StaffAccount[] {
  if (cached) return cached;
  for (const row of UNIT_STAFF) {
    if (demoUnitAccount(row.unit, 'unit_officer') || demoUnitAccount(row.unit, 'unit_head')) throw new Error(`Demo seed: ${row.unit} already has demo accounts`);
  }
  const accounts = [...unitStaffAccounts(), ...blocLeadAccounts()];
  const usernames = new Set(DEMO_ACCOUNTS.map((a) => a.username));
  const names = new Set([...PEOPLE.map((p) => p.fullName), ...COUNCIL_MEMBERS.flatMap((m) => (typeof m.person === 'string' ? [] : [m.person.fullName]))]);
  for (const account of accounts) {
    if (usernames.has(account.username)) throw new Error(`Demo seed: username ${account.username} is taken`);
    if (names.has(account.displayName)) throw new Error(`Demo seed: ${account.displayName} is already a person of the seed`);
    usernames.add(account.username);
    names.add(account.displayName);
  }
  cached = accounts;
  return accounts;
}

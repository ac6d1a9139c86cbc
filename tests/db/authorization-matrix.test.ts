import { randomUUID } from 'node:crypto';
import { and, count, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseForTests, type Database } from '@/db/client';
import { endorseWithBlocBallot, recordCouncilBallot, revokeNomination, takeSimpleAction } from '@/db/queries/workflow/actions';
import { createNomination } from '@/db/queries/workflow/create';
import { issueDecision } from '@/db/queries/workflow/decisions';
import { auditEvents, awardTypes, blocs, blocTerms, documents, nominations, people, publicNotices, roundAwardTypes, rounds, units, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { blocTermKey, termOfUnit } from '@/db/seed/blocs';
import { COUNCIL_MEMBERS } from '@/db/seed/council';
import { DEMO_ACCOUNTS, type DemoAccount } from '@/db/seed/demo-accounts';
import { personRow } from '@/db/seed/people';
import { UNITS } from '@/db/seed/units';
import type { DocumentKind, NominationStatus, Role } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import { WorkflowError } from '@/lib/workflow/refusals';
import { TRANSITIONS, type WorkflowAction } from '@/lib/workflow/transitions';
import { describeEachDatabase } from './harness';
import { contextOf, councilSessionWith, snapshot, viewerOf } from './workflow-helpers';

// quality.md S2: every demo account × every workflow action × (a nomination in scope, in a status the
// action leaves; the same action on an out-of-scope nomination; and, for reviewers, a nomination of
// their own unit), through the data access layer. The expected answer comes from the oracle below,
// which restates the table's roles and the scope rules plainly; it never asks lib/policy.

// ── The world the oracle knows: the seed's constants, plus a neighbouring province ────────────────

/** A province the demo's provincial staff have no say over, and one of its wards. */
const FOREIGN_PROVINCE = { code: 'T-HUNGYEN', nameVi: 'Tỉnh Hưng Yên', nameEn: 'Hưng Yên Province' };
const FOREIGN_WARD = { code: 'P-PHOHIEN', nameVi: 'Phường Phố Hiến', nameEn: 'Phố Hiến Ward' };
const YEAR = 2026;

const PARENT = new Map<string, string | null>([
  ...UNITS.map(([code, , , , parent]) => [code, parent] as [string, string | null]),
  [FOREIGN_PROVINCE.code, null],
  [FOREIGN_WARD.code, FOREIGN_PROVINCE.code],
]);

/** A unit and every unit above it. */
function upwards(code: string): string[] {
  const chain: string[] = [];
  for (let at: string | null | undefined = code; at; at = PARENT.get(at)) chain.push(at);
  return chain;
}

/** The bloc-year that reviews a unit's bloc-route nominations this year, if it belongs to one. */
function termOf(unit: string): string | null {
  const term = termOfUnit(unit, YEAR);
  return term ? blocTermKey(term.bloc, term.year) : null;
}

const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];

interface Account {
  username: string;
  role: Role;
  /** What the role is held over: a unit code, a province code, or a bloc-year key. */
  scope: string;
  /** Where the person works (users.unit_id). */
  home: string;
}

function accountOf(a: DemoAccount): Account {
  const scope = a.scope.kind === 'bloc_term' ? blocTermKey(a.scope.blocCode, a.scope.year) : a.scope.unitCode;
  return { username: a.username, role: a.role, scope, home: personRow(a.username).unit };
}

const ACCOUNTS: readonly Account[] = DEMO_ACCOUNTS.map(accountOf);

/** May this account read a nomination proposed by `unit`? Restated from domain.md §2: a unit role reads
 * its unit and the units below it; a bloc lead its bloc-year; the provincial roles and the auditor the
 * units of their province; the admin no dossier at all. */
function mayRead(account: Account, unit: string): boolean {
  switch (account.role) {
    case 'admin':
      return false;
    case 'bloc_lead':
      return termOf(unit) === account.scope;
    default:
      // unit_officer, unit_head (scope: their unit) and the provincial roles (scope: their province).
      return upwards(unit).includes(account.scope);
  }
}

/** The roles the table lets take `action` from `from`. */
function rolesFor(action: WorkflowAction, from: NominationStatus | null): Role[] {
  return TRANSITIONS.filter((t) => t.action === action && t.from.includes(from)).flatMap((t) => [...t.roles]);
}

type Expected = 'allowed' | 'not_found' | 'role_not_permitted' | 'own_unit' | 'nominee_out_of_scope';

/** The oracle for an action on a nomination proposed by (and for) `unit`. Every demo account holds one
 * role in one scope, so the scope it reads under is the scope it acts under. */
function expectedFor(account: Account, action: WorkflowAction, from: NominationStatus | null, unit: string): Expected {
  if (action === 'create') {
    if (!UNIT_ROLES.includes(account.role)) return 'role_not_permitted';
    return upwards(unit).includes(account.scope) ? 'allowed' : 'nominee_out_of_scope';
  }
  if (!mayRead(account, unit)) return 'not_found';
  if (!rolesFor(action, from).includes(account.role)) return 'role_not_permitted';
  // Separation of duties: reviewers, voters and deciders keep off their own unit's nominations.
  if (!UNIT_ROLES.includes(account.role) && account.home === unit) return 'own_unit';
  return 'allowed';
}

type Variant = 'in_scope' | 'out_of_scope' | 'own_unit';

/** Where the nomination of each variant comes from, for this account. */
function unitFor(account: Account, variant: Variant): string | null {
  const isUnit = UNIT_ROLES.includes(account.role);
  switch (variant) {
    case 'in_scope':
      return isUnit ? account.scope : 'P-HOALU';
    case 'out_of_scope':
      if (isUnit) return account.scope === 'P-HOALU' ? 'P-PHULY' : 'P-HOALU';
      // A bloc lead: a unit of another bloc-year; a provincial role: a ward of another province.
      return account.role === 'bloc_lead' ? 'X-GIAVIEN' : FOREIGN_WARD.code;
    case 'own_unit':
      return isUnit ? null : account.home;
  }
}

// ── The cases ──────────────────────────────────────────────────────────────────────────────────────

/** Every (action, from-status) the table has, create (from nothing) included. */
const PAIRS: readonly { action: WorkflowAction; from: NominationStatus | null }[] = [
  ...new Map(TRANSITIONS.flatMap((t) => t.from.map((from) => [`${t.action}|${from}`, { action: t.action, from }] as const))).values(),
];

interface Case {
  index: number;
  title: string;
  account: Account;
  action: WorkflowAction;
  from: NominationStatus | null;
  variant: Variant;
  unit: string;
  expected: Expected;
}

const CASES: readonly Case[] = ACCOUNTS.flatMap((account) =>
  PAIRS.flatMap(({ action, from }) =>
    (['in_scope', 'out_of_scope', 'own_unit'] as const).flatMap((variant) => {
      const unit = unitFor(account, variant);
      // Creating has no existing nomination to be "of one's own unit".
      if (unit === null || (action === 'create' && variant === 'own_unit')) return [];
      return [{ account, action, from, variant, unit, expected: expectedFor(account, action, from, unit) }];
    }),
  ),
).map((c, index) => ({ ...c, index, title: `${c.account.username} (${c.account.role}) · ${c.action} from ${c.from ?? 'nothing'} · ${c.variant} (${c.unit}) → ${c.expected}` }));

/** The statuses of the nominations refused calls are tried on: every from-status of the table. */
const FROM_STATUSES = [...new Set(PAIRS.flatMap((p) => (p.from === null ? [] : [p.from])))];
const REFUSAL_UNITS = [...new Set(CASES.filter((c) => c.action !== 'create').map((c) => c.unit))];

// ── Fixtures: nominations inserted directly, each with what its action's guards need ───────────────

type AwardCode = 'provincial_flag' | 'certificate_collective' | 'excellent_collective';

interface FixtureSpec {
  unit: string;
  status: NominationStatus;
  award: AwardCode;
  /** The year-end round, or a thematic round of the same year (its own bloc quota). */
  round: 'year_end' | 'thematic';
  returnedFrom?: NominationStatus;
  heldFrom?: NominationStatus;
  provinceReturnCount?: number;
  withDocuments?: boolean;
}

const BLOC_ROUTE: readonly AwardCode[] = ['provincial_flag', 'certificate_collective'];

/** The nomination a refused call is tried on. A bloc-route award wherever the unit is in a bloc, so
 * that the bloc's leads can read it. */
function refusalFixture(unit: string, status: NominationStatus): FixtureSpec {
  return {
    unit,
    status,
    award: termOf(unit) ? 'provincial_flag' : 'excellent_collective',
    round: 'year_end',
    returnedFrom: status === 'returned' ? (termOf(unit) ? 'bloc_review' : 'appraisal') : undefined,
    heldFrom: status === 'on_hold' ? 'appraisal' : undefined,
  };
}

/** A fresh nomination for an allowed call, with what the action's data guards ask for. */
function allowedFixture(c: Case): FixtureSpec {
  const status = c.from!;
  const hoalu = c.unit === 'P-HOALU';
  // Bloc-stage statuses need a bloc route; later ones use a unit-route award, which no bloc quota counts.
  const base: FixtureSpec = { unit: c.unit, status, award: ['draft', 'bloc_review', 'returned'].includes(status) ? 'provincial_flag' : 'excellent_collective', round: 'year_end' };
  switch (c.action) {
    case 'submit':
      // Both routes: Hoa Lư's head submits to its bloc, Phủ Lý's straight to the province.
      return { ...base, award: hoalu ? 'certificate_collective' : 'excellent_collective', withDocuments: true };
    case 'resubmit':
      return hoalu
        ? { ...base, award: 'provincial_flag', returnedFrom: 'bloc_review', withDocuments: true }
        : { ...base, award: 'excellent_collective', returnedFrom: 'appraisal', provinceReturnCount: 1, withDocuments: true };
    case 'endorse':
      // The year-end round's certificate quota of Cluster No. 1 is nearly used by the seed; the two leads
      // endorse in a thematic round of their own.
      return { ...base, award: 'certificate_collective', round: 'thematic' };
    case 'release':
      return { ...base, heldFrom: 'council' };
    default:
      return { ...base, returnedFrom: status === 'returned' ? 'bloc_review' : undefined, heldFrom: status === 'on_hold' ? 'appraisal' : undefined };
  }
}

interface World {
  unitIds: Map<string, number>;
  roundIds: { year_end: number; thematic: number };
  awardIds: Map<AwardCode | 'certificate_individual', { id: number; required: DocumentKind[] }>;
  refusal: Map<string, number>;
  allowed: Map<number, { id: number; spec: FixtureSpec }>;
  personOf: (key: string) => number;
  /** An open council session of today, all members present, with the allowed ballots on its agenda. */
  councilSessionId: number;
}

async function buildWorld(database: Database): Promise<World> {
  const { db } = database;
  const [province] = await db.select({ id: units.id }).from(units).where(eq(units.code, 'T-NINHBINH'));
  const [foreign] = await db.insert(units).values({ code: FOREIGN_PROVINCE.code, kind: 'province', nameVi: FOREIGN_PROVINCE.nameVi, nameEn: FOREIGN_PROVINCE.nameEn, validFrom: '2025-07-01' }).returning({ id: units.id });
  await db.insert(units).values({ code: FOREIGN_WARD.code, kind: 'ward', nameVi: FOREIGN_WARD.nameVi, nameEn: FOREIGN_WARD.nameEn, parentId: foreign!.id, validFrom: '2025-07-01' });
  const unitIds = new Map((await db.select({ id: units.id, code: units.code }).from(units)).map((u) => [u.code, u.id]));
  const termRows = await db.select({ id: blocTerms.id, code: blocs.code, year: blocTerms.year }).from(blocTerms).innerJoin(blocs, eq(blocs.id, blocTerms.blocId));
  const termIds = new Map(termRows.map((t) => [blocTermKey(t.code, t.year), t.id]));

  const [yearEnd] = await db.select({ id: rounds.id }).from(rounds).where(and(eq(rounds.kind, 'year_end'), eq(rounds.year, YEAR)));
  const offered = await db
    .select({ id: awardTypes.id, code: awardTypes.code, required: awardTypes.requiredDocuments })
    .from(roundAwardTypes)
    .innerJoin(awardTypes, eq(awardTypes.id, roundAwardTypes.awardTypeId))
    .where(eq(roundAwardTypes.roundId, yearEnd!.id));
  const awardIds: World['awardIds'] = new Map(offered.map((a) => [a.code as AwardCode | 'certificate_individual', { id: a.id, required: a.required as DocumentKind[] }]));
  const [thematic] = await db
    .insert(rounds)
    .values({ provinceUnitId: province!.id, year: YEAR, kind: 'thematic', nameVi: 'Đợt khen thưởng chuyên đề 2026 (kiểm thử)', nameEn: 'Thematic round 2026 (test)', state: 'open', opensOn: '2026-11-01', submissionDeadline: '2026-12-31' })
    .returning({ id: rounds.id });
  await db.insert(roundAwardTypes).values({ roundId: thematic!.id, awardTypeId: awardIds.get('certificate_collective')!.id });
  // The excellent-collective notice of the year-end round ran its days: close_notice may close it.
  const [creator] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'canbo.hoalu'));
  await db.insert(publicNotices).values({ roundId: yearEnd!.id, awardTypeId: awardIds.get('excellent_collective')!.id, state: 'running', opensOn: '2026-11-02', closesOn: '2026-11-13', workingDays: 10, publishedBy: creator!.id });

  const roundIds = { year_end: yearEnd!.id, thematic: thematic!.id };
  let serial = 0;
  async function insert(specs: FixtureSpec[]): Promise<number[]> {
    if (specs.length === 0) return [];
    const rows = await db
      .insert(nominations)
      .values(
        specs.map((s) => {
          const unitId = unitIds.get(s.unit)!;
          const term = BLOC_ROUTE.includes(s.award) ? termOf(s.unit) : null;
          return {
            reference: `MX-${YEAR}-${String(++serial).padStart(4, '0')}`,
            roundId: roundIds[s.round],
            awardTypeId: awardIds.get(s.award)!.id,
            nomineeKind: 'unit' as const,
            nomineeUnitId: unitId,
            proposingUnitId: unitId,
            blocTermId: term ? termIds.get(term)! : null,
            status: s.status,
            returnedFrom: s.returnedFrom ?? null,
            heldFrom: s.heldFrom ?? null,
            provinceReturnCount: s.provinceReturnCount ?? 0,
            achievementSummary: 'Hồ sơ kiểm thử ma trận phân quyền.',
            version: 4,
            createdBy: creator!.id,
          };
        }),
      )
      .returning({ id: nominations.id });
    const ids = rows.map((r) => r.id);
    const files = specs.flatMap((s, i) =>
      s.withDocuments
        ? awardIds.get(s.award)!.required.map((kind) => ({
            nominationId: ids[i]!,
            kind,
            fileName: `${kind}.pdf`,
            contentType: 'application/pdf',
            sizeBytes: 1000,
            sha256: 'b'.repeat(64),
            storageKey: randomUUID(),
            uploadedBy: creator!.id,
          }))
        : [],
    );
    if (files.length > 0) await db.insert(documents).values(files);
    return ids;
  }

  const refusalKeys = REFUSAL_UNITS.flatMap((unit) => FROM_STATUSES.map((status) => ({ key: `${unit}|${status}`, spec: refusalFixture(unit, status) })));
  const refusalIds = await insert(refusalKeys.map((k) => k.spec));
  const refusal = new Map(refusalKeys.map((k, i) => [k.key, refusalIds[i]!]));

  const allowedCases = CASES.filter((c) => c.expected === 'allowed' && c.action !== 'create');
  const allowedSpecs = allowedCases.map(allowedFixture);
  const allowedIds = await insert(allowedSpecs);
  const allowed = new Map(allowedCases.map((c, i) => [c.index, { id: allowedIds[i]!, spec: allowedSpecs[i]! }]));
  // The council votes in a session: the nominations the secretary may vote on are on its agenda.
  const ballots = allowedCases.flatMap((c, i) => (c.action === 'record_ballot' ? [allowedIds[i]!] : []));
  const councilSessionId = await councilSessionWith(database, ballots, { present: COUNCIL_MEMBERS.length });

  const everyone = await db.select({ id: people.id, name: people.fullName }).from(people);
  const personOf = (key: string) => {
    const name = personRow(key).fullName;
    const found = everyone.find((p) => p.name === name);
    if (!found) throw new Error(`no person ${key}`);
    return found.id;
  };
  return { unitIds, roundIds, awardIds, refusal, allowed, personOf, councilSessionId };
}

// ── Calling the data access layer ──────────────────────────────────────────────────────────────────

const REASON = 'Kiểm thử ma trận phân quyền: lý do ghi rõ.';

/** Takes `c.action` on nomination `n` as the case's account; returns the nomination acted on and where it went. */
async function attempt(database: Database, world: World, c: Case, n: { id: number; version: number }): Promise<{ id: number; to: NominationStatus }> {
  const viewer = await viewerOf(database, c.account.username);
  const key = randomUUID();
  const ctx = contextOf(viewer, key);
  const ref = { nominationId: n.id, version: n.version, idempotencyKey: key };
  switch (c.action) {
    case 'create': {
      // In scope: the unit itself as an excellent collective. Out of scope: a person of another unit.
      const out = c.variant === 'out_of_scope';
      const nominee = c.account.scope === 'P-HOALU' ? 'khoa' : 'nhung';
      const created = await createNomination(ctx, {
        idempotencyKey: key,
        roundId: world.roundIds.year_end,
        awardTypeId: world.awardIds.get(out ? 'certificate_individual' : 'excellent_collective')!.id,
        nominee: out ? { kind: 'person', personId: world.personOf(nominee) } : { kind: 'unit', unitId: world.unitIds.get(c.account.scope)! },
        achievementSummary: 'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2026, kiểm thử ma trận phân quyền.',
      });
      return { id: created.id, to: 'draft' };
    }
    case 'endorse':
      return endorseWithBlocBallot(ctx, { ...ref, membersTotal: 10, votesFor: 8, votesAgainst: 2 }).then((r) => ({ id: r.nominationId, to: r.to }));
    case 'record_ballot':
      // An excellent collective: five of the standing committee's six members agree.
      return recordCouncilBallot(ctx, { ...ref, sessionId: world.councilSessionId, votesFor: 5, votesAgainst: 1 }).then((r) => ({ id: r.nominationId, to: r.to }));
    case 'approve': {
      const result = await issueDecision(ctx, {
        idempotencyKey: key,
        number: `${9000 + c.index}/QĐ-UBND`,
        signedOn: todayInVietnam(),
        signerName: viewer.displayName,
        signerTitleVi: 'Chủ tịch UBND tỉnh',
        signerTitleEn: 'Chairman of the Provincial People’s Committee',
        legalBases: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
        nominations: [{ id: n.id, version: n.version }],
      });
      return { id: result.approved[0]!.nominationId, to: result.approved[0]!.to };
    }
    case 'revoke':
      return revokeNomination(ctx, { ...ref, reason: REASON, ground: 'false_achievements' }).then((r) => ({ id: r.nominationId, to: r.to }));
    default:
      // The matrix is about who may act. The fixtures' units already have nominations in the round
      // (one achievement, one award), so the head confirms the failed checks, as the form lets them;
      // the confirmation itself is tested in drafting.test.ts.
      return takeSimpleAction(ctx, { ...ref, action: c.action, reason: REASON, ...(c.action === 'submit' || c.action === 'resubmit' ? { acknowledgeIneligible: 'true' as const } : {}) }).then((r) => ({
        id: r.nominationId,
        to: r.to,
      }));
  }
}

/** Where the table sends an allowed action on this fixture, read plainly from its row. */
function tableTarget(c: Case, spec: FixtureSpec | null): NominationStatus {
  if (c.action === 'create') return 'draft';
  const row = TRANSITIONS.find((t) => t.action === c.action && t.from.includes(c.from) && t.roles.includes(c.account.role))!;
  let to: NominationStatus | undefined;
  if (row.to.length === 1) to = row.to[0];
  // by_route: a bloc-route award goes to its bloc, any other straight to the province.
  else if (c.action === 'submit') to = BLOC_ROUTE.includes(spec!.award) ? 'bloc_review' : 'appraisal';
  // origin: back where it was returned from, or held from.
  else if (c.action === 'resubmit') to = spec!.returnedFrom;
  else if (c.action === 'release') to = spec!.heldFrom;
  // by_ballot: all but one of the standing committee for an award it reviews, with no notice.
  else if (c.action === 'record_ballot') to = 'awaiting_decision';
  if (!to || !row.to.includes(to)) throw new Error(`the table has no target for ${c.title}`);
  return to;
}

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error.refusal;
    throw error;
  }
  return 'allowed';
}

describe('the authorization matrix (S2)', () => {
  it('has every demo account × every (action, from-status) of the table × in scope, out of scope and, for reviewers, own unit', () => {
    const reviewers = ACCOUNTS.filter((a) => !UNIT_ROLES.includes(a.role)).length;
    const nonCreate = PAIRS.length - 1;
    expect(ACCOUNTS).toHaveLength(DEMO_ACCOUNTS.length);
    expect(CASES).toHaveLength(ACCOUNTS.length * (nonCreate * 2 + 2) + reviewers * nonCreate);
    // Every outcome of the policy shows up somewhere in the matrix.
    expect(new Set(CASES.map((c) => c.expected))).toEqual(new Set(['allowed', 'not_found', 'role_not_permitted', 'own_unit', 'nominee_out_of_scope']));
  });
});

describeEachDatabase(
  `the authorization matrix through the data access layer (${CASES.length} cases)`,
  (get) => {
    let world: World;
    beforeAll(async () => {
      setDatabaseForTests(get());
      world = await buildWorld(get());
    });

    for (const account of ACCOUNTS) {
      describe(account.username, () => {
        for (const c of CASES.filter((x) => x.account === account)) {
          it(c.title, async () => {
            setDatabaseForTests(get());
            if (c.expected === 'allowed') await expectAllowed(c);
            else await expectRefused(c);
          });
        }
      });
    }

    async function versionOf(id: number): Promise<number> {
      const [row] = await get().db.select({ version: nominations.version }).from(nominations).where(eq(nominations.id, id));
      return row!.version;
    }

    async function auditCount(entityId?: number): Promise<number> {
      const where = entityId === undefined ? undefined : and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.entityId, entityId));
      const [row] = await get().db.select({ n: count() }).from(auditEvents).where(where);
      return row?.n ?? 0;
    }

    async function expectRefused(c: Case): Promise<void> {
      const id = c.action === 'create' ? 0 : world.refusal.get(`${c.unit}|${c.from}`)!;
      const n = { id, version: c.action === 'create' ? 1 : await versionOf(id) };
      const before = await snapshot(get());
      expect(await refusalOf(attempt(get(), world, c, n))).toBe(c.expected);
      expect(await snapshot(get())).toBe(before);
    }

    async function expectAllowed(c: Case): Promise<void> {
      const fixture = c.action === 'create' ? null : world.allowed.get(c.index)!;
      const n = fixture ? { id: fixture.id, version: await versionOf(fixture.id) } : { id: 0, version: 1 };
      const to = tableTarget(c, fixture?.spec ?? null);
      const eventsBefore = await auditCount();
      const ownBefore = fixture ? await auditCount(fixture.id) : 0;

      const result = await attempt(get(), world, c, n);

      expect(result.to).toBe(to);
      const [row] = await get().db.select().from(nominations).where(eq(nominations.id, result.id));
      expect(row).toMatchObject({ status: to, version: fixture ? n.version + 1 : 1 });
      if (c.action === 'create') expect(row!.proposingUnitId).toBe(world.unitIds.get(c.account.scope));
      expect(await auditCount()).toBe(eventsBefore + 1);
      expect(await auditCount(result.id)).toBe(ownBefore + 1);
      const [event] = await get().db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
      expect(event).toMatchObject({ action: c.action, role: c.account.role, entityId: result.id, fromStatus: c.from, toStatus: to });
    }
  },
  async (database) => {
    await seedDemo(database.db);
  },
);

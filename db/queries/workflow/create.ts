import 'server-only';
import { and, asc, desc, eq, gte, inArray, like, ne, sql } from 'drizzle-orm';
import type { AwardTarget, Role } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import type { Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { findTransition } from '@/lib/workflow/transitions';
import type { NominationCreateInput, NomineeInput } from '@/lib/validation/nomination';
import { actorFields, appendAuditEvent } from '../../audit-append';
import { getDb, type Db, type Tx } from '../../client';
import { awardTypes, blocMemberships, blocTerms, households, nominations, people, roundAwardTypes, rounds, units } from '../../schema';
import { unitSubtree } from '../unit-tree';
import { claimIdempotencyKey, storeIdempotentResult, type ActionContext } from './run-transition';

// Any fixed number: references are numbered per year under this lock.
const REFERENCE_LOCK = 8_120_455;
const CREATE = findTransition('create', null)!;

/** The unit grant under which a person creates and edits nominations (a unit act: officer or head). */
export function creatingGrant(viewer: Viewer) {
  return viewer.grants.find((g) => CREATE.roles.includes(g.role as Role) && g.unitId !== null) ?? null;
}

/** Which nominee kinds each award target takes. */
export const NOMINEE_KINDS_BY_TARGET: Record<AwardTarget, readonly NomineeInput['kind'][]> = {
  collective: ['unit'],
  individual: ['person', 'new_person'],
  household: ['household', 'new_household'],
};

export interface NominationFormOptions {
  unitId: number;
  unitNameVi: string;
  unitNameEn: string;
  rounds: { id: number; year: number; nameVi: string; nameEn: string; deadline: string; awards: { id: number; nameVi: string; nameEn: string; target: AwardTarget; route: string; standardVi: string; standardEn: string }[] }[];
  /** The unit itself first, then its sub-units. */
  units: { id: number; nameVi: string; nameEn: string }[];
  people: { id: number; fullName: string; position: string | null; unitId: number | null }[];
  households: { id: number; headName: string; address: string }[];
}

/** What the new-nomination form offers this person: the open rounds and their awards, and the units,
 * people and households of their unit. Null when they may not create nominations. */
export async function getNominationFormOptions(viewer: Viewer): Promise<NominationFormOptions | null> {
  const grant = creatingGrant(viewer);
  if (!grant) return null;
  const db = await getDb();
  const today = todayInVietnam();
  const scope = await unitSubtree(db, [grant.unitId!]);
  const [open, scopeUnits, staff, homes] = await Promise.all([
    db
      .select({ id: rounds.id, year: rounds.year, nameVi: rounds.nameVi, nameEn: rounds.nameEn, deadline: rounds.submissionDeadline })
      .from(rounds)
      .where(and(eq(rounds.state, 'open'), gte(rounds.submissionDeadline, today)))
      .orderBy(asc(rounds.submissionDeadline)),
    db.select({ id: units.id, nameVi: units.nameVi, nameEn: units.nameEn }).from(units).where(inArray(units.id, scope)).orderBy(asc(units.nameVi)),
    db.select({ id: people.id, fullName: people.fullName, position: people.position, unitId: people.unitId }).from(people).where(inArray(people.unitId, scope)).orderBy(asc(people.fullName)),
    db.select({ id: households.id, headName: households.headName, address: households.address }).from(households).where(inArray(households.unitId, scope)).orderBy(asc(households.headName)),
  ]);
  const awards = await db
    .select({
      roundId: roundAwardTypes.roundId,
      id: awardTypes.id,
      nameVi: awardTypes.nameVi,
      nameEn: awardTypes.nameEn,
      target: awardTypes.target,
      route: awardTypes.route,
      standardVi: awardTypes.standardVi,
      standardEn: awardTypes.standardEn,
    })
    .from(roundAwardTypes)
    .innerJoin(awardTypes, eq(awardTypes.id, roundAwardTypes.awardTypeId))
    // The province proposes upward awards itself; a unit cannot.
    .where(and(inArray(roundAwardTypes.roundId, open.map((r) => r.id).concat(0)), ne(awardTypes.reviewBody, 'upward')))
    .orderBy(asc(awardTypes.nameVi));
  const own = scopeUnits.find((u) => u.id === grant.unitId)!;
  // Vietnamese order (Đ after D, tones after the bare letter), which the database's collation may not give.
  const vi = new Intl.Collator('vi');
  staff.sort((a, b) => vi.compare(a.fullName, b.fullName));
  homes.sort((a, b) => vi.compare(a.headName, b.headName));
  scopeUnits.sort((a, b) => vi.compare(a.nameVi, b.nameVi));
  return {
    unitId: grant.unitId!,
    unitNameVi: own?.nameVi ?? '',
    unitNameEn: own?.nameEn ?? '',
    rounds: open.map((r) => ({ ...r, awards: awards.filter((a) => a.roundId === r.id) })),
    units: [own, ...scopeUnits.filter((u) => u.id !== grant.unitId)].filter(Boolean),
    people: staff,
    households: homes,
  };
}

/** The nominee columns of a new nomination, checking that an existing nominee is in the unit's scope. */
async function resolveNominee(db: Db, scope: number[], nominee: NomineeInput): Promise<void> {
  const inScope = (found: unknown[]) => {
    if (found.length === 0) throw new WorkflowError('nominee_out_of_scope');
  };
  switch (nominee.kind) {
    case 'unit':
    case 'new_person':
    case 'new_household':
      if (!scope.includes(nominee.unitId)) throw new WorkflowError('nominee_out_of_scope');
      return;
    case 'person':
      return inScope(await db.select({ id: people.id }).from(people).where(and(eq(people.id, nominee.personId), inArray(people.unitId, scope))));
    case 'household':
      return inScope(await db.select({ id: households.id }).from(households).where(and(eq(households.id, nominee.householdId), inArray(households.unitId, scope))));
  }
}

/** Inserts a person or household added in the form; returns the nominee columns. */
async function nomineeColumns(tx: Tx, nominee: NomineeInput) {
  switch (nominee.kind) {
    case 'unit':
      return { nomineeKind: 'unit' as const, nomineeUnitId: nominee.unitId };
    case 'person':
      return { nomineeKind: 'person' as const, nomineePersonId: nominee.personId };
    case 'household':
      return { nomineeKind: 'household' as const, nomineeHouseholdId: nominee.householdId };
    case 'new_person': {
      const { fullName, gender, birthYear, position, unitId } = nominee;
      const [row] = await tx.insert(people).values({ fullName, gender, birthYear, position, unitId }).returning({ id: people.id });
      return { nomineeKind: 'person' as const, nomineePersonId: row!.id };
    }
    case 'new_household': {
      const { headName, address, unitId } = nominee;
      const [row] = await tx.insert(households).values({ headName, address, unitId }).returning({ id: households.id });
      return { nomineeKind: 'household' as const, nomineeHouseholdId: row!.id };
    }
  }
}

/** Creates a draft (award_open_in_round, nominee_in_scope) with its audit event. */
export async function createNomination(ctx: ActionContext, input: NominationCreateInput): Promise<{ id: number; reference: string }> {
  const grant = creatingGrant(ctx.viewer);
  if (!grant) throw new WorkflowError('role_not_permitted');
  const db = await getDb();
  const unitId = grant.unitId!;
  const today = todayInVietnam();

  const [offer] = await db
    .select({ year: rounds.year, target: awardTypes.target, route: awardTypes.route, reviewBody: awardTypes.reviewBody })
    .from(roundAwardTypes)
    .innerJoin(rounds, eq(rounds.id, roundAwardTypes.roundId))
    .innerJoin(awardTypes, eq(awardTypes.id, roundAwardTypes.awardTypeId))
    .where(and(eq(roundAwardTypes.roundId, input.roundId), eq(roundAwardTypes.awardTypeId, input.awardTypeId), eq(rounds.state, 'open'), gte(rounds.submissionDeadline, today)));
  if (!offer || offer.reviewBody === 'upward') throw new WorkflowError('award_not_open');
  if (!NOMINEE_KINDS_BY_TARGET[offer.target].includes(input.nominee.kind)) throw new WorkflowError('nominee_kind_mismatch');
  await resolveNominee(db, await unitSubtree(db, [unitId]), input.nominee);
  let blocTermId: number | null = null;
  if (offer.route === 'bloc') {
    const [term] = await db
      .select({ id: blocTerms.id })
      .from(blocMemberships)
      .innerJoin(blocTerms, eq(blocTerms.id, blocMemberships.blocTermId))
      .where(and(eq(blocMemberships.unitId, unitId), eq(blocTerms.year, offer.year)))
      .limit(1);
    if (!term) throw new WorkflowError('no_bloc_for_unit');
    blocTermId = term.id;
  }

  return db.transaction(async (tx) => {
    const earlier = await claimIdempotencyKey<{ id: number; reference: string }>(tx, ctx, 'nomination.create');
    if (earlier) return earlier;
    const nominee = await nomineeColumns(tx, input.nominee);
    await tx.execute(sql`select pg_advisory_xact_lock(${REFERENCE_LOCK})`);
    const prefix = `NB-${offer.year}-`;
    // References are zero-padded, so the greatest string is the greatest number.
    const [last] = await tx
      .select({ reference: nominations.reference })
      .from(nominations)
      .where(like(nominations.reference, `${prefix}%`))
      .orderBy(desc(nominations.reference))
      .limit(1);
    const lastNumber = last ? Number.parseInt(last.reference.slice(prefix.length), 10) : 0;
    const reference = `${prefix}${String(lastNumber + 1).padStart(4, '0')}`;
    const [created] = await tx
      .insert(nominations)
      .values({
        reference,
        roundId: input.roundId,
        awardTypeId: input.awardTypeId,
        ...nominee,
        proposingUnitId: unitId,
        blocTermId,
        achievementSummary: input.achievementSummary,
        createdBy: ctx.viewer.id,
      })
      .returning({ id: nominations.id });
    const id = created!.id;
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, grant),
      action: 'create',
      entityKind: 'nomination',
      entityId: id,
      fromStatus: null,
      toStatus: 'draft',
      reason: null,
      payload: { reference, roundId: input.roundId, awardTypeId: input.awardTypeId, nominee: { ...nominee, added: input.nominee.kind.startsWith('new_') } },
      ip: ctx.ip,
    });
    const result = { id, reference };
    await storeIdempotentResult(tx, ctx, result);
    return result;
  });
}

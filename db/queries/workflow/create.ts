import 'server-only';
import { and, asc, desc, eq, gte, inArray, like, sql } from 'drizzle-orm';
import type { Role } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import type { Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { findTransition } from '@/lib/workflow/transitions';
import type { NominationDraftInput } from '@/lib/validation/workflow';
import { actorFields, appendAuditEvent } from '../../audit-append';
import { getDb } from '../../client';
import { awardTypes, blocMemberships, blocTerms, nominations, people, roundAwardTypes, rounds, units } from '../../schema';
import { unitSubtree } from '../unit-tree';
import { claimIdempotencyKey, storeIdempotentResult, type ActionContext } from './run-transition';

// Any fixed number: references are numbered per year under this lock.
const REFERENCE_LOCK = 8_120_455;
const CREATE = findTransition('create', null)!;

/** The unit grant under which a person creates nominations (create is a unit act: officer or head). */
function creatingGrant(viewer: Viewer) {
  return viewer.grants.find((g) => CREATE.roles.includes(g.role as Role) && g.unitId !== null) ?? null;
}

export interface NominationFormOptions {
  unitNameVi: string;
  unitNameEn: string;
  rounds: { id: number; nameVi: string; nameEn: string; deadline: string; awards: { id: number; nameVi: string; nameEn: string; target: string; route: string }[] }[];
  people: { id: number; fullName: string; position: string | null }[];
}

/** What the new-nomination form offers this person: the open rounds and their awards, and the
 * people of their unit. Null when they may not create nominations. */
export async function getNominationFormOptions(viewer: Viewer): Promise<NominationFormOptions | null> {
  const grant = creatingGrant(viewer);
  if (!grant) return null;
  const db = await getDb();
  const today = todayInVietnam();
  const [unit] = await db.select({ nameVi: units.nameVi, nameEn: units.nameEn }).from(units).where(eq(units.id, grant.unitId!));
  const open = await db
    .select({ id: rounds.id, nameVi: rounds.nameVi, nameEn: rounds.nameEn, deadline: rounds.submissionDeadline })
    .from(rounds)
    .where(and(eq(rounds.state, 'open'), gte(rounds.submissionDeadline, today)))
    .orderBy(asc(rounds.submissionDeadline));
  const awards = await db
    .select({ roundId: roundAwardTypes.roundId, id: awardTypes.id, nameVi: awardTypes.nameVi, nameEn: awardTypes.nameEn, target: awardTypes.target, route: awardTypes.route })
    .from(roundAwardTypes)
    .innerJoin(awardTypes, eq(awardTypes.id, roundAwardTypes.awardTypeId))
    .where(and(inArray(roundAwardTypes.roundId, open.map((r) => r.id).concat(0)), inArray(awardTypes.target, ['collective', 'individual'])))
    .orderBy(asc(awardTypes.nameVi));
  const scope = await unitSubtree(db, [grant.unitId!]);
  const staff = await db.select({ id: people.id, fullName: people.fullName, position: people.position }).from(people).where(inArray(people.unitId, scope)).orderBy(asc(people.fullName));
  return {
    unitNameVi: unit?.nameVi ?? '',
    unitNameEn: unit?.nameEn ?? '',
    rounds: open.map((r) => ({ ...r, awards: awards.filter((a) => a.roundId === r.id) })),
    people: staff,
  };
}

/** Creates a draft (award_open_in_round, nominee_in_scope) with its audit event. */
export async function createNomination(ctx: ActionContext, input: NominationDraftInput): Promise<{ id: number; reference: string }> {
  const grant = creatingGrant(ctx.viewer);
  if (!grant) throw new WorkflowError('role_not_permitted');
  const db = await getDb();
  const unitId = grant.unitId!;
  const today = todayInVietnam();

  const [offer] = await db
    .select({ year: rounds.year, target: awardTypes.target, route: awardTypes.route })
    .from(roundAwardTypes)
    .innerJoin(rounds, eq(rounds.id, roundAwardTypes.roundId))
    .innerJoin(awardTypes, eq(awardTypes.id, roundAwardTypes.awardTypeId))
    .where(and(eq(roundAwardTypes.roundId, input.roundId), eq(roundAwardTypes.awardTypeId, input.awardTypeId), eq(rounds.state, 'open'), gte(rounds.submissionDeadline, today)));
  if (!offer) throw new WorkflowError('award_not_open');
  if ((offer.target === 'individual') !== (input.nomineePersonId !== undefined) || offer.target === 'household') throw new WorkflowError('nominee_kind_mismatch');
  if (input.nomineePersonId !== undefined) {
    const scope = await unitSubtree(db, [unitId]);
    const [person] = await db.select({ id: people.id }).from(people).where(and(eq(people.id, input.nomineePersonId), inArray(people.unitId, scope)));
    if (!person) throw new WorkflowError('nominee_out_of_scope');
  }
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
        nomineeKind: input.nomineePersonId !== undefined ? 'person' : 'unit',
        nomineeUnitId: input.nomineePersonId !== undefined ? null : unitId,
        nomineePersonId: input.nomineePersonId ?? null,
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
      payload: { reference, roundId: input.roundId, awardTypeId: input.awardTypeId },
      ip: ctx.ip,
    });
    const result = { id, reference };
    await storeIdempotentResult(tx, ctx, result);
    return result;
  });
}

import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { NominationStatus } from '@/lib/domain/constants';
import { can, readGrant } from '@/lib/policy/can';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import type { Transition, WorkflowAction } from '@/lib/workflow/transitions';
import { actorFields, appendAuditEvent } from '../../audit-append';
import { getDb, type Db, type Tx } from '../../client';
import { idempotencyKeys, nominations } from '../../schema';
import { loadNominationFacts, type NominationRecord } from './facts';
import { requireReviewBodyGuards } from './review-body-guards';

/** Who asks, from where, and the form's idempotency key (a double submit changes state once). */
export interface ActionContext {
  viewer: Viewer;
  ip: string | null;
  idempotencyKey: string;
}

export interface TransitionResult {
  nominationId: number;
  reference: string;
  from: NominationStatus;
  to: NominationStatus;
  version: number;
  /** True when this was a repeat of an already-applied request (same idempotency key). */
  replayed: boolean;
}

export interface TransitionSpec {
  nominationId: number;
  action: WorkflowAction;
  /** The version the person saw: acting on a stale page is a conflict, not a silent success. */
  expectedVersion: number;
  reason?: string | null;
  /** Where the nomination goes when the table allows several targets. */
  resolveTo?: (n: NominationRecord, transition: Transition) => NominationStatus;
  /** Checks that need the database (documents, deadlines, ballots…), inside the transaction. */
  guard?: (tx: Tx, n: NominationRecord, grant: RoleGrant) => Promise<void>;
  /** Extra columns to set, and extra conditions of the claim. */
  set?: (n: NominationRecord, to: NominationStatus) => PgUpdateSetSource<typeof nominations>;
  where?: (n: NominationRecord) => SQL | undefined;
  /** Records written with the transition, in the same transaction (ballots, decisions…). */
  also?: (tx: Tx, n: NominationRecord, to: NominationStatus) => Promise<Record<string, unknown> | void>;
  payload?: Record<string, unknown>;
}

function defaultTarget(n: NominationRecord, transition: Transition): NominationStatus {
  switch (transition.resolve) {
    case 'origin': {
      const origin = transition.action === 'release' ? n.heldFrom : n.returnedFrom;
      if (!origin || !transition.to.includes(origin)) throw new WorkflowError('conflict');
      return origin;
    }
    case 'by_route':
      return n.route === 'bloc' ? 'bloc_review' : 'appraisal';
    case 'by_ballot':
      throw new Error('by_ballot targets are resolved by the ballot itself');
    default: {
      const [only] = transition.to;
      if (!only || transition.to.length !== 1) throw new Error(`ambiguous target for ${transition.action}`);
      return only;
    }
  }
}

/** Reads the nomination and checks that `viewer` may take `action` on it now; throws otherwise. For
 * actions that validate their own input before the claim: refusals must not depend on data the
 * person may not see. Given the version the person saw, a nomination that changed since is a conflict
 * (as in prepareTransition), not a refusal of the action in its new status. */
export async function authorizeAction(ctx: ActionContext, nominationId: number, action: WorkflowAction, db: Db | Tx, expectedVersion?: number): Promise<NominationRecord> {
  const n = await loadNominationFacts(db, nominationId);
  if (!n || !readGrant(ctx.viewer, n)) throw new WorkflowError('not_found');
  if (expectedVersion !== undefined && n.version !== expectedVersion) throw new WorkflowError('conflict');
  const decision = can(ctx.viewer, action, n);
  if (!decision.ok) throw new WorkflowError(decision.refusal);
  return n;
}

export interface Prepared {
  n: NominationRecord;
  transition: Transition;
  grant: RoleGrant;
  to: NominationStatus;
  reason: string | null;
}

/** Authorizes one transition against the table and the policy for this record; changes nothing. */
export async function prepareTransition(ctx: ActionContext, spec: TransitionSpec, db: Db | Tx): Promise<Prepared> {
  const n = await loadNominationFacts(db, spec.nominationId);
  // Another unit's nomination is answered exactly like a missing one: an id reveals nothing (S3).
  if (!n || !readGrant(ctx.viewer, n)) throw new WorkflowError('not_found');
  // A page older than the record is a conflict, whatever the record's new status allows: the racer
  // that arrives after the winner committed must hear what the one blocked on the row hears (S10),
  // not that the action does not exist in a status the person never saw. Only after not_found, so
  // that a conflict reveals nothing about a record the person may not read.
  if (n.version !== spec.expectedVersion) throw new WorkflowError('conflict');
  const decision = can(ctx.viewer, spec.action, n);
  if (!decision.ok) throw new WorkflowError(decision.refusal);
  const { transition, grant } = decision;
  const reason = spec.reason?.trim() || null;
  if (transition.requiresReason && !reason) throw new WorkflowError('reason_required');
  const to = (spec.resolveTo ?? defaultTarget)(n, transition);
  if (!transition.to.includes(to)) throw new Error(`${to} is not a target of ${transition.action}`);
  return { n, transition, grant, to, reason };
}

/** The claim itself, inside the caller's transaction: data guards, the conditional UPDATE (zero rows
 * is a conflict), related records, and the audit event. */
export async function applyTransition(tx: Tx, ctx: ActionContext, spec: TransitionSpec, prepared: Prepared): Promise<TransitionResult> {
  const { n, grant, to, reason } = prepared;
  await requireReviewBodyGuards(tx, n, prepared.transition);
  await spec.guard?.(tx, n, grant);
  const updated = await tx
    .update(nominations)
    .set({ ...(spec.set?.(n, to) ?? {}), status: to, version: sql`${nominations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(nominations.id, n.id), eq(nominations.status, n.status), eq(nominations.version, n.version), spec.where?.(n)))
    .returning({ version: nominations.version });
  const row = updated[0];
  if (!row) throw new WorkflowError('conflict');

  const extra = (await spec.also?.(tx, n, to)) ?? {};
  await appendAuditEvent(tx, {
    ...actorFields(ctx.viewer, grant),
    action: spec.action,
    entityKind: 'nomination',
    entityId: n.id,
    fromStatus: n.status,
    toStatus: to,
    reason,
    payload: { reference: n.reference, version: row.version, ...spec.payload, ...extra },
    ip: ctx.ip,
  });
  return { nominationId: n.id, reference: n.reference, from: n.status, to, version: row.version, replayed: false };
}

/** Claims the form's idempotency key in `tx`. Returns the earlier result when the same person
 * already sent the same form (a double submit), null when this request is the first. */
export async function claimIdempotencyKey<T extends object>(tx: Tx, ctx: ActionContext, action: string): Promise<T | null> {
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ key: ctx.idempotencyKey, userId: ctx.viewer.id, action, result: {} })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length > 0) return null;
  // A concurrent twin waited on the key's index until the first committed: its result is there now.
  const [earlier] = await tx.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, ctx.idempotencyKey));
  if (earlier && earlier.userId === ctx.viewer.id && earlier.action === action && Object.keys(earlier.result as object).length > 0) {
    return earlier.result as T;
  }
  throw new WorkflowError('conflict');
}

/** The stored result of an earlier request with this form's key, if that request completed. */
export async function findIdempotentResult<T extends object>(db: Db | Tx, ctx: ActionContext, action: string): Promise<T | null> {
  const [earlier] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, ctx.idempotencyKey));
  if (earlier && earlier.userId === ctx.viewer.id && earlier.action === action && Object.keys(earlier.result as object).length > 0) return earlier.result as T;
  return null;
}

/** Runs the pre-transaction checks; when they refuse because an identical earlier request already
 * changed the state (a double submit that lost the race), answers with that request's result. */
export async function prepareOrReplay<T extends object, P>(db: Db, ctx: ActionContext, action: string, prepare: () => Promise<P>): Promise<{ replay: T } | { prepared: P }> {
  try {
    return { prepared: await prepare() };
  } catch (error) {
    const earlier = await findIdempotentResult<T>(db, ctx, action);
    if (earlier) return { replay: earlier };
    throw error;
  }
}

export async function storeIdempotentResult(tx: Tx, ctx: ActionContext, result: object): Promise<void> {
  await tx.update(idempotencyKeys).set({ result }).where(eq(idempotencyKeys.key, ctx.idempotencyKey));
}

/** The name a nomination's transition files its idempotency key under. It names the nomination too:
 * a key sent again for another nomination is a conflict, never the first nomination's result. */
export function transitionKey(action: WorkflowAction, nominationId: number): string {
  return `nomination.${action}.${nominationId}`;
}

/**
 * Every single-nomination transition goes through here (architecture.md rule 4): authorize, then in
 * one transaction claim the idempotency key, run the guards, claim the row, write related records
 * and the audit event. Refusals throw WorkflowError and change nothing.
 */
export async function runTransition(ctx: ActionContext, spec: TransitionSpec): Promise<TransitionResult> {
  const db = await getDb();
  const key = transitionKey(spec.action, spec.nominationId);
  const outcome = await prepareOrReplay<TransitionResult, Prepared>(db, ctx, key, () => prepareTransition(ctx, spec, db));
  if ('replay' in outcome) return { ...outcome.replay, replayed: true };
  const prepared = outcome.prepared;
  return db.transaction(async (tx) => {
    const earlier = await claimIdempotencyKey<TransitionResult>(tx, ctx, key);
    if (earlier) return { ...earlier, replayed: true };
    const result = await applyTransition(tx, ctx, spec, prepared);
    await storeIdempotentResult(tx, ctx, result);
    return result;
  });
}

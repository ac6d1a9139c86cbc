import { desc, sql } from 'drizzle-orm';
import { GENESIS_HASH, hashEvent, type AuditEventBody } from '@/lib/audit/chain';
import type { Db, Tx } from './client';
import { auditEvents } from './schema';

// Any fixed number: appends take this transaction-scoped lock, so the chain never forks.
const AUDIT_APPEND_LOCK = 4_911_202;

export type NewAuditEvent = Omit<AuditEventBody, 'seq' | 'occurredAt'> & { occurredAt?: Date };

/** Appends one event to the chain inside the caller's transaction. The advisory lock is held until
 * that transaction ends, so the event is chained and committed atomically with the change it records. */
export async function appendAuditEvent(tx: Db | Tx, event: NewAuditEvent): Promise<{ seq: number; hash: string }> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_APPEND_LOCK})`);
  const [last] = await tx.select({ seq: auditEvents.seq, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  const body: AuditEventBody = {
    ...event,
    seq: (last?.seq ?? 0) + 1,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = hashEvent(prevHash, body);
  await tx.insert(auditEvents).values({ ...body, prevHash, hash });
  return { seq: body.seq, hash };
}

/** Who acts, as every audit event records it: the person and the role and scope they act under now. */
export function actorFields(
  viewer: { id: number; displayName: string },
  grant: { role: NonNullable<AuditEventBody['role']>; scopeKind: NonNullable<AuditEventBody['scopeKind']>; unitId: number | null; blocTermId: number | null },
): Pick<NewAuditEvent, 'actorUserId' | 'actorName' | 'actingForUserId' | 'role' | 'scopeKind' | 'scopeId'> {
  return {
    actorUserId: viewer.id,
    actorName: viewer.displayName,
    actingForUserId: null,
    role: grant.role,
    scopeKind: grant.scopeKind,
    scopeId: grant.scopeKind === 'bloc_term' ? grant.blocTermId : grant.unitId,
  };
}

import { sql } from 'drizzle-orm';
import { verifyChain, type ChainVerification, type FetchAuditBatch, type StoredAuditEvent, type VerifyChainOptions } from '@/lib/audit/verify';
import type { Db } from './client';
import { rowsOf } from './rows';

// Only the columns the hash covers, and the two hashes, named as lib/audit expects them, so that a
// row is verified as the driver returns it. Raw SQL rather than a drizzle select: mapping each row
// through the query builder halved the rate on PostgreSQL (quality.md P5 asks ≥ 100,000 events/s).
// seq stays int8 (cast to float8 in SQL, the same read ran at half the rate) and becomes a number
// below; the time comes as PostgreSQL prints it, which the hash normalizes.
const HASHED_COLUMNS = sql.raw(
  [
    'seq',
    'occurred_at as "occurredAt"',
    'actor_user_id as "actorUserId"',
    'actor_name as "actorName"',
    'acting_for_user_id as "actingForUserId"',
    'role',
    'scope_kind as "scopeKind"',
    'scope_id as "scopeId"',
    'action',
    'entity_kind as "entityKind"',
    'entity_id as "entityId"',
    'from_status as "fromStatus"',
    'to_status as "toStatus"',
    'reason',
    'payload',
    'ip',
    'prev_hash as "prevHash"',
    'hash',
  ].join(', '),
);

/** Reads audit_events a keyset page at a time (`seq > after order by seq limit n`, on the primary
 * key): every page costs the same however deep into the chain, and at most two pages are held (the
 * one being hashed and the next). */
export function auditEventReader(db: Db): FetchAuditBatch {
  return async (afterSeq, limit) => {
    const rows = rowsOf<StoredAuditEvent>(
      await db.execute(sql`select ${HASHED_COLUMNS} from audit_events where seq > ${afterSeq} order by seq limit ${limit}`),
    );
    for (const row of rows) {
      // postgres.js returns int8 as a string (PGlite as a number); sequence numbers stay far below 2^53.
      if (typeof row.seq !== 'number') row.seq = Number(row.seq);
    }
    return rows;
  };
}

/** Verifies the whole audit chain stored in `db` (see lib/audit/verify.ts for what it detects). */
export function verifyAuditChain(db: Db, options: VerifyChainOptions = {}): Promise<ChainVerification> {
  return verifyChain(auditEventReader(db), options);
}

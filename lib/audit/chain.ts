import { createHash } from 'node:crypto';
import type { NominationStatus, Role, ScopeKind } from '@/lib/domain/constants';
import { canonicalJson } from './canonical';

/** The hash that precedes the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an event that its hash covers: everything but the hash itself. */
export interface AuditEventBody {
  seq: number;
  occurredAt: string;
  actorUserId: number | null;
  actorName: string;
  actingForUserId: number | null;
  role: Role | null;
  scopeKind: ScopeKind | null;
  scopeId: number | null;
  action: string;
  entityKind: string;
  entityId: number | null;
  fromStatus: NominationStatus | null;
  toStatus: NominationStatus | null;
  reason: string | null;
  payload: Record<string, unknown>;
  ip: string | null;
}

const BODY_KEYS: readonly (keyof AuditEventBody)[] = [
  'seq', 'occurredAt', 'actorUserId', 'actorName', 'actingForUserId', 'role', 'scopeKind', 'scopeId',
  'action', 'entityKind', 'entityId', 'fromStatus', 'toStatus', 'reason', 'payload', 'ip',
];

/** Picks the hashed fields from a stored row; the time is normalized to ISO 8601 (UTC, ms) so that
 * the hash does not depend on how a driver prints timestamps. */
export function eventBody(row: AuditEventBody): AuditEventBody {
  const body = {} as Record<string, unknown>;
  for (const key of BODY_KEYS) body[key] = row[key] ?? null;
  body.occurredAt = new Date(row.occurredAt).toISOString();
  body.payload = row.payload ?? {};
  return body as unknown as AuditEventBody;
}

/** hash = SHA-256(prevHash ‖ canonical JSON of the event), hex. */
export function hashEvent(prevHash: string, body: AuditEventBody): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(eventBody(body))).digest('hex');
}

export type ChainBreak = { seq: number; problem: 'sequence_gap' | 'prev_hash_mismatch' | 'hash_mismatch' };

/** Checks one event against its predecessor; returns the break found, if any. */
export function checkLink(
  previous: { seq: number; hash: string } | null,
  event: AuditEventBody & { prevHash: string; hash: string },
): ChainBreak | null {
  const expectedSeq = previous ? previous.seq + 1 : 1;
  if (event.seq !== expectedSeq) return { seq: expectedSeq, problem: 'sequence_gap' };
  if (event.prevHash !== (previous ? previous.hash : GENESIS_HASH)) return { seq: event.seq, problem: 'prev_hash_mismatch' };
  if (hashEvent(event.prevHash, event) !== event.hash) return { seq: event.seq, problem: 'hash_mismatch' };
  return null;
}

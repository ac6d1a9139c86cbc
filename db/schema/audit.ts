import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { nominationStatus, role, scopeKind } from './enums';

/** The append-only, hash-chained event log. hash = SHA-256(prevHash ‖ canonical JSON of the event).
 * Appends are serialized; a trigger refuses UPDATE, DELETE and TRUNCATE (see the migration). Actor
 * names and scopes are copied in, so that the record stays true after users and roles change. */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint({ mode: 'number' }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: integer(),
    actorName: text().notNull(),
    actingForUserId: integer(),
    role: role(),
    scopeKind: scopeKind(),
    scopeId: integer(),
    action: text().notNull(),
    entityKind: text().notNull(),
    entityId: integer(),
    fromStatus: nominationStatus(),
    toStatus: nominationStatus(),
    reason: text(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    ip: text(),
    prevHash: text().notNull(),
    hash: text().notNull().unique(),
  },
  (t) => [index().on(t.entityKind, t.entityId, t.seq), index().on(t.actorUserId, t.seq)],
);

/** Each form carries a key; a second submit with the same key returns the first result. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: uuid().primaryKey(),
  userId: integer().notNull(),
  action: text().notNull(),
  result: jsonb().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

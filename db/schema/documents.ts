import { bigint, customType, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { documentKind } from './enums';
import { nominations } from './nominations';
import { users } from './users';

/** A file of a dossier. The bytes live outside public/ under a random storage key; the SHA-256 is
 * recorded at upload so that anyone can later prove the file is the one submitted. */
export const documents = pgTable(
  'documents',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    nominationId: integer().notNull().references(() => nominations.id),
    kind: documentKind().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull().unique(),
    uploadedBy: integer().notNull().references(() => users.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.nominationId)],
);

/** PostgreSQL bytea. postgres.js hands back a Buffer and PGlite a Uint8Array: both are Uint8Arrays,
 * so callers get one type whichever database serves them. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  // A driver configured to hand back text gives the hex form ('\\x…').
  fromDriver: (value) => (value instanceof Uint8Array ? value : Buffer.from(String(value).replace(/^\\x/, ''), 'hex')),
});

/** The bytes of uploaded files. They live in the database, not on a local disk, so that several
 * stateless app servers share them and a backup holds files and metadata together; the random
 * storage key (never the person's file name) links them to `documents.storage_key`. Rows are never
 * updated: a replaced or removed document keeps its bytes, as the audit trail may point to them. */
export const documentBlobs = pgTable('document_blobs', {
  storageKey: text().primaryKey(),
  bytes: bytea().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

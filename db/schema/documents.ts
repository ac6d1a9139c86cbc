import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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

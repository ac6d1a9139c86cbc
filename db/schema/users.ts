import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { gender, role, scopeKind } from './enums';
import { blocTerms, units } from './org';

/** A natural person: an individual nominee, a council member, a user. */
export const people = pgTable(
  'people',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    fullName: text().notNull(),
    gender: gender().notNull(),
    birthYear: integer(),
    position: text(),
    unitId: integer().references(() => units.id),
  },
  (t) => [index().on(t.unitId)],
);

/** A household nominee (hộ gia đình), registered in a commune or ward. */
export const households = pgTable('households', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  headName: text().notNull(),
  address: text().notNull(),
  unitId: integer().notNull().references(() => units.id),
});

export const users = pgTable('users', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  username: text().notNull().unique(),
  displayName: text().notNull(),
  email: text(),
  passwordHash: text().notNull(),
  personId: integer().references(() => people.id),
  unitId: integer().references(() => units.id),
  active: boolean().notNull().default(true),
  /** Bumped on deactivation, role change or password change: tokens carrying an older version stop working. */
  sessionVersion: integer().notNull().default(1),
  locale: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp({ withTimezone: true }),
});

/** A role held within a scope for a period. Exactly one scope column is set, matching scopeKind. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer().notNull().references(() => users.id),
    role: role().notNull(),
    scopeKind: scopeKind().notNull(),
    scopeUnitId: integer().references(() => units.id),
    scopeBlocTermId: integer().references(() => blocTerms.id),
    validFrom: date().notNull(),
    validTo: date(),
    grantedBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.userId),
    check(
      'role_assignments_scope',
      sql`(${t.scopeKind} = 'bloc_term' and ${t.scopeBlocTermId} is not null and ${t.scopeUnitId} is null)
       or (${t.scopeKind} in ('unit', 'province') and ${t.scopeUnitId} is not null and ${t.scopeBlocTermId} is null)`,
    ),
  ],
);

/** Sign-in attempts, kept in the database so that rate limits hold across several app servers. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    key: text().notNull(),
    succeeded: boolean().notNull(),
    attemptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.key, t.attemptedAt)],
);

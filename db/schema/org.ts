import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, unique, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { blocKind, lineageKind, unitKind } from './enums';

/** Units form a tree: the province, its departments, communes and wards (and, before 2025-07-01,
 * its districts). A unit never changes identity: a reorganisation ends units and starts new ones,
 * connected by lineage. */
export const units = pgTable(
  'units',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    kind: unitKind().notNull(),
    nameVi: text().notNull(),
    nameEn: text().notNull(),
    parentId: integer().references((): AnyPgColumn => units.id),
    validFrom: date().notNull(),
    validTo: date(),
  },
  (t) => [index().on(t.parentId), check('units_valid_range', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`)],
);

/** How units became other units (2025 reorganisation, Resolution 202/2025/QH15): "3 consecutive
 * years" counts the years of the units a nominee came from. */
export const unitLineage = pgTable(
  'unit_lineage',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: lineageKind().notNull(),
    fromUnitId: integer().notNull().references(() => units.id),
    toUnitId: integer().notNull().references(() => units.id),
    effectiveOn: date().notNull(),
    legalBasis: text().notNull(),
    note: text(),
  },
  (t) => [
    unique().on(t.fromUnitId, t.toUnitId, t.effectiveOn),
    index().on(t.toUnitId),
    check('unit_lineage_not_self', sql`${t.fromUnitId} <> ${t.toUnitId}`),
  ],
);

/** A khối or cụm thi đua: units that compete with each other for a year. */
export const blocs = pgTable('blocs', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  kind: blocKind().notNull(),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
  provinceUnitId: integer().notNull().references(() => units.id),
  validFrom: date().notNull(),
  validTo: date(),
});

/** A bloc's year: its head and deputy units rotate yearly among the members. */
export const blocTerms = pgTable(
  'bloc_terms',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    blocId: integer().notNull().references(() => blocs.id),
    year: integer().notNull(),
    headUnitId: integer().notNull().references(() => units.id),
    deputyUnitId: integer().notNull().references(() => units.id),
    agreementSignedOn: date(),
    midYearReviewOn: date(),
    yearEndReviewOn: date(),
    /** Whether members score each other (never themselves), besides the head and deputy. */
    peerScoring: boolean().notNull().default(false),
    /** The bloc's ballot rule: share of member units needed, in percent; strict means "more than". */
    ballotThresholdPct: numeric({ precision: 5, scale: 2 }).notNull().default('50'),
    ballotThresholdStrict: boolean().notNull().default(true),
    /** When the head closed scoring: the scoreboard is shown from then on, and scores no longer change. */
    scoringClosedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique().on(t.blocId, t.year), check('bloc_terms_head_not_deputy', sql`${t.headUnitId} <> ${t.deputyUnitId}`)],
);

export const blocMemberships = pgTable(
  'bloc_memberships',
  {
    blocTermId: integer().notNull().references(() => blocTerms.id),
    unitId: integer().notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.blocTermId, t.unitId] }), index().on(t.unitId)],
);

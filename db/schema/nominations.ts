import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { awardTypes } from './awards';
import { initiativeScope, nominationStatus, nomineeKind, restrictionKind } from './enums';
import { blocTerms, units } from './org';
import { rounds } from './rounds';
import { households, people, users } from './users';

export const nominations = pgTable(
  'nominations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** Human reference shown on pages and printed documents, e.g. NB-2025-0042. */
    reference: text().notNull().unique(),
    roundId: integer().notNull().references(() => rounds.id),
    awardTypeId: integer().notNull().references(() => awardTypes.id),
    nomineeKind: nomineeKind().notNull(),
    nomineeUnitId: integer().references(() => units.id),
    nomineePersonId: integer().references(() => people.id),
    nomineeHouseholdId: integer().references(() => households.id),
    proposingUnitId: integer().notNull().references(() => units.id),
    /** The bloc-year that reviews it, for awards routed through a bloc. */
    blocTermId: integer().references(() => blocTerms.id),
    status: nominationStatus().notNull().default('draft'),
    /** Where a returned nomination goes back to on resubmission, and where a held one is released to. */
    returnedFrom: nominationStatus(),
    heldFrom: nominationStatus(),
    /** The province returns a dossier for completion once only (Law 06/2022 Art. 84). */
    provinceReturnCount: integer().notNull().default(0),
    achievementSummary: text().notNull().default(''),
    /** Optimistic concurrency: every transition claims (status, version). */
    version: integer().notNull().default(1),
    createdBy: integer().notNull().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
    /** When the province received a complete dossier: the appraisal time limit counts from here. */
    appraisalStartedAt: timestamp({ withTimezone: true }),
    decisionId: integer(),
  },
  (t) => [
    check(
      'nominations_nominee',
      sql`(${t.nomineeKind} = 'unit' and ${t.nomineeUnitId} is not null and ${t.nomineePersonId} is null and ${t.nomineeHouseholdId} is null)
       or (${t.nomineeKind} = 'person' and ${t.nomineePersonId} is not null and ${t.nomineeUnitId} is null and ${t.nomineeHouseholdId} is null)
       or (${t.nomineeKind} = 'household' and ${t.nomineeHouseholdId} is not null and ${t.nomineeUnitId} is null and ${t.nomineePersonId} is null)`,
    ),
    check('nominations_return_once', sql`${t.provinceReturnCount} between 0 and 1`),
    // Keyset paging for the list filters: each filter column leads an index ending in id.
    index().on(t.status, t.id),
    index().on(t.roundId, t.status, t.id),
    index().on(t.awardTypeId, t.id),
    index().on(t.proposingUnitId, t.id),
    index().on(t.blocTermId, t.status, t.id),
    index().on(t.nomineePersonId),
    index().on(t.nomineeUnitId),
  ],
);

/** Reusable indicators that units report on (industrial production value, budget revenue, PCI…). */
export const indicators = pgTable('indicators', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
  unitOfMeasureVi: text().notNull(),
  unitOfMeasureEn: text().notNull(),
});

/** Achievement figures by year carried by a nomination. */
export const nominationFigures = pgTable(
  'nomination_figures',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    nominationId: integer().notNull().references(() => nominations.id),
    indicatorId: integer().notNull().references(() => indicators.id),
    year: integer().notNull(),
    target: numeric({ precision: 18, scale: 2 }),
    result: numeric({ precision: 18, scale: 2 }).notNull(),
    changePct: numeric({ precision: 7, scale: 2 }),
  },
  (t) => [unique().on(t.nominationId, t.indicatorId, t.year)],
);

/** Initiatives (sáng kiến) with their certification: one initiative counts for one award. */
export const initiatives = pgTable(
  'initiatives',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    personId: integer().references(() => people.id),
    unitId: integer().references(() => units.id),
    certifyingBody: text().notNull(),
    scope: initiativeScope().notNull(),
    decisionReference: text().notNull(),
    certifiedOn: date().notNull(),
  },
  (t) => [index().on(t.personId), check('initiatives_owner', sql`num_nonnulls(${t.personId}, ${t.unitId}) = 1`)],
);

export const nominationInitiatives = pgTable(
  'nomination_initiatives',
  {
    nominationId: integer().notNull().references(() => nominations.id),
    initiativeId: integer().notNull().references(() => initiatives.id),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.initiativeId] }), index().on(t.initiativeId)],
);

/** Discipline, investigation, inspection or a pending complaint: no award while one is open, and
 * after discipline achievements count only from the end of its period. */
export const restrictions = pgTable(
  'restrictions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: restrictionKind().notNull(),
    unitId: integer().references(() => units.id),
    personId: integer().references(() => people.id),
    startsOn: date().notNull(),
    endsOn: date(),
    reference: text().notNull(),
    note: text(),
  },
  (t) => [
    index().on(t.personId),
    index().on(t.unitId),
    check('restrictions_subject', sql`num_nonnulls(${t.unitId}, ${t.personId}) = 1`),
  ],
);

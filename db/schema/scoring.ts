import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, unique, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { criterionKind, reportPeriod, scorerKind, scoringMethod } from './enums';
import { indicators } from './nominations';
import { blocTerms, units } from './org';
import { users } from './users';

/** The bloc's emulation agreement (giao ước thi đua): a versioned scoring table. A mid-year change
 * adds a version that supersedes the previous one; the old one is kept. */
export const agreements = pgTable(
  'agreements',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    blocTermId: integer().notNull().references(() => blocTerms.id),
    version: integer().notNull(),
    supersedesId: integer().references((): AnyPgColumn => agreements.id),
    titleVi: text().notNull(),
    titleEn: text().notNull(),
    totalPoints: numeric({ precision: 8, scale: 2 }).notNull(),
    signedOn: date(),
    changeNote: text(),
    createdBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.blocTermId, t.version)],
);

/** Criteria grouped under headings, each with its maximum and the evidence it wants; bonus and
 * deduction rules are rows of their own kind. */
export const agreementCriteria = pgTable(
  'agreement_criteria',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    agreementId: integer().notNull().references(() => agreements.id),
    groupPosition: integer().notNull(),
    groupTitleVi: text().notNull(),
    groupTitleEn: text().notNull(),
    position: integer().notNull(),
    kind: criterionKind().notNull().default('criterion'),
    titleVi: text().notNull(),
    titleEn: text().notNull(),
    maxPoints: numeric({ precision: 8, scale: 2 }).notNull(),
    method: scoringMethod().notNull().default('manual'),
    indicatorId: integer().references(() => indicators.id),
    /** For the linear method: the figure worth 0 points and the figure worth the maximum. */
    linearFrom: numeric({ precision: 18, scale: 2 }),
    linearTo: numeric({ precision: 18, scale: 2 }),
    evidenceVi: text().notNull().default(''),
    evidenceEn: text().notNull().default(''),
  },
  (t) => [
    unique().on(t.agreementId, t.groupPosition, t.position),
    check('agreement_criteria_max_positive', sql`${t.maxPoints} > 0`),
  ],
);

export const agreementAcceptances = pgTable(
  'agreement_acceptances',
  {
    agreementId: integer().notNull().references(() => agreements.id),
    unitId: integer().notNull().references(() => units.id),
    acceptedBy: integer().notNull().references(() => users.id),
    acceptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.unitId] })],
);

/** One scorer's points for one member on one criterion. */
export const scores = pgTable(
  'scores',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    criterionId: integer().notNull().references(() => agreementCriteria.id),
    scoredUnitId: integer().notNull().references(() => units.id),
    scorerUnitId: integer().notNull().references(() => units.id),
    scorerKind: scorerKind().notNull(),
    points: numeric({ precision: 8, scale: 2 }).notNull(),
    comment: text(),
    evidenceNote: text(),
    scoredBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.criterionId, t.scoredUnitId, t.scorerUnitId),
    index().on(t.scoredUnitId),
    check('scores_non_negative', sql`${t.points} >= 0`),
  ],
);

/** A file a scorer attaches to its score on one criterion for one member (the member's own report,
 * minutes, figures): the same upload checks and storage as a dossier file (documents). */
export const scoreEvidence = pgTable(
  'score_evidence',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    blocTermId: integer().notNull().references(() => blocTerms.id),
    criterionId: integer().notNull().references(() => agreementCriteria.id),
    scoredUnitId: integer().notNull().references(() => units.id),
    scorerUnitId: integer().notNull().references(() => units.id),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull().unique(),
    uploadedBy: integer().notNull().references(() => users.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.criterionId, t.scoredUnitId)],
);

/** A member's (unitId set) or the bloc's aggregate (unitId null) report for a period. */
export const blocReports = pgTable(
  'bloc_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    blocTermId: integer().notNull().references(() => blocTerms.id),
    unitId: integer().references(() => units.id),
    period: reportPeriod().notNull(),
    titleVi: text().notNull(),
    titleEn: text().notNull(),
    summaryVi: text().notNull().default(''),
    summaryEn: text().notNull().default(''),
    heldAt: text(),
    heldOn: date(),
    submittedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.blocTermId, t.period)],
);

export const reportFigures = pgTable(
  'report_figures',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer().notNull().references(() => blocReports.id),
    indicatorId: integer().notNull().references(() => indicators.id),
    target: numeric({ precision: 18, scale: 2 }),
    result: numeric({ precision: 18, scale: 2 }).notNull(),
    /** Change on the same period a year earlier, in percent. */
    changePct: numeric({ precision: 7, scale: 2 }),
    /** Share of the year's target reached, in percent. */
    targetSharePct: numeric({ precision: 7, scale: 2 }),
    rank: text(),
    note: text(),
  },
  (t) => [unique().on(t.reportId, t.indicatorId)],
);

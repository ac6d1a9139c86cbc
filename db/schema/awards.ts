import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, numeric, pgTable, text, unique } from 'drizzle-orm/pg-core';
import type { DocumentKind } from '@/lib/domain/constants';
import type { PrerequisiteGroups } from '@/lib/rules/prerequisites';
import { awardRoute, awardTarget, reviewBody, voteBasis } from './enums';

/** The award catalogue. Each row is one version of an award type's rules, in force from
 * effectiveFrom to effectiveTo, with its legal basis: rules are data, never constants in code. */
export const awardTypes = pgTable(
  'award_types',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    version: integer().notNull(),
    nameVi: text().notNull(),
    nameEn: text().notNull(),
    target: awardTarget().notNull(),
    route: awardRoute().notNull(),
    reviewBody: reviewBody().notNull(),
    /** Share of votes needed to pass, in percent, counted on voteBasis. Null when there is no ballot. */
    voteThresholdPct: numeric({ precision: 5, scale: 2 }),
    voteBasis: voteBasis().notNull().default('all_members'),
    /** Council quorum for the session that votes on it, in percent of all members. */
    quorumPct: numeric({ precision: 5, scale: 2 }),
    requiredDocuments: jsonb().$type<DocumentKind[]>().notNull(),
    prerequisites: jsonb().$type<PrerequisiteGroups>().notNull(),
    standardVi: text().notNull(),
    standardEn: text().notNull(),
    prizeCoefficient: numeric({ precision: 6, scale: 2 }).notNull(),
    /** Households receive this multiple of the individual amount (Decree 152/2025 Art. 50). */
    householdMultiplier: numeric({ precision: 4, scale: 2 }).notNull().default('1'),
    requiresPublicNotice: boolean().notNull().default(false),
    noticeWorkingDays: integer(),
    /** How many of this award one bloc may endorse in a round (null: no quota). */
    blocQuota: integer(),
    legalBasis: text().notNull(),
    effectiveFrom: date().notNull(),
    effectiveTo: date(),
  },
  (t) => [
    unique().on(t.code, t.version),
    check('award_types_threshold', sql`${t.voteThresholdPct} is null or (${t.voteThresholdPct} > 0 and ${t.voteThresholdPct} <= 100)`),
    check('award_types_legal_basis', sql`length(trim(${t.legalBasis})) > 0`),
  ],
);

/** The statutory base salary, by effective date: prize money = coefficient × the base salary in
 * force on the decision date. */
export const baseSalaries = pgTable('base_salaries', {
  effectiveFrom: date().primaryKey(),
  amountVnd: bigint({ mode: 'number' }).notNull(),
  legalBasis: text().notNull(),
});

/** Past titles and awards of units, people and households: the source of prerequisites. Titles
 * decided inside units (Chiến sĩ thi đua cơ sở, Lao động tiên tiến…) are recorded here too. */
export const awardHistory = pgTable(
  'award_history',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer(),
    personId: integer(),
    householdId: integer(),
    year: integer().notNull(),
    titleCode: text().notNull(),
    decisionNumber: text().notNull(),
    decisionDate: date().notNull(),
    issuer: text().notNull(),
    nominationId: integer(),
    revokedOn: date(),
  },
  (t) => [
    index().on(t.unitId, t.year),
    index().on(t.personId, t.year),
    check(
      'award_history_one_recipient',
      sql`num_nonnulls(${t.unitId}, ${t.personId}, ${t.householdId}) = 1`,
    ),
  ],
);

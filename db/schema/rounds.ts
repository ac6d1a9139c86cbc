import { date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { awardTypes } from './awards';
import { roundKind, roundState } from './enums';
import { units } from './org';

/** A nomination round: the year-end round closes before 10 December, the education sector's before
 * 10 July. Deadlines and time limits are configured here, per round. */
export const rounds = pgTable(
  'rounds',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    provinceUnitId: integer().notNull().references(() => units.id),
    year: integer().notNull(),
    kind: roundKind().notNull(),
    nameVi: text().notNull(),
    nameEn: text().notNull(),
    state: roundState().notNull().default('planned'),
    opensOn: date().notNull(),
    submissionDeadline: date().notNull(),
    /** Provincial appraisal, in working days from a complete dossier. */
    appraisalWorkingDays: integer().notNull().default(25),
    /** Minimum public notice, in working days, where the award type requires one. */
    noticeWorkingDays: integer().notNull().default(10),
  },
  (t) => [index().on(t.year)],
);

export const roundAwardTypes = pgTable(
  'round_award_types',
  {
    roundId: integer().notNull().references(() => rounds.id),
    awardTypeId: integer().notNull().references(() => awardTypes.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.awardTypeId] })],
);

/** Public holidays (Tết and the others), configured per year: working days are Mon–Fri minus these. */
export const holidays = pgTable('holidays', {
  day: date().primaryKey(),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
});

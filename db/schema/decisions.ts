import { bigint, date, index, integer, numeric, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { awardTypes } from './awards';
import { decisionState, noticeState } from './enums';
import { nominations } from './nominations';
import { rounds } from './rounds';
import { units } from './org';
import { users } from './users';

/** A decision of the Chairman (Số: NNN/QĐ-UBND) conferring awards on its recipients. */
export const decisions = pgTable(
  'decisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    issuerUnitId: integer().notNull().references(() => units.id),
    year: integer().notNull(),
    number: text().notNull(),
    state: decisionState().notNull().default('draft'),
    signedOn: date(),
    signerName: text().notNull(),
    signerTitleVi: text().notNull(),
    signerTitleEn: text().notNull(),
    legalBases: text().notNull(),
    verificationCode: text().notNull().unique(),
    createdBy: integer().notNull().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    issuedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique().on(t.issuerUnitId, t.year, t.number)],
);

/** A recipient of a decision with its golden-book number and prize, fixed at the decision date. */
export const decisionRecipients = pgTable(
  'decision_recipients',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    decisionId: integer().notNull().references(() => decisions.id),
    nominationId: integer().notNull().unique().references(() => nominations.id),
    goldenBookNo: integer().notNull(),
    coefficient: numeric({ precision: 6, scale: 2 }).notNull(),
    baseSalaryVnd: bigint({ mode: 'number' }).notNull(),
    prizeVnd: bigint({ mode: 'number' }).notNull(),
    certificateCode: text().notNull().unique(),
    revokedOn: date(),
    revocationGround: text(),
  },
  (t) => [unique().on(t.decisionId, t.goldenBookNo)],
);

/** Public notice of candidates for comments before the decision. */
export const publicNotices = pgTable('public_notices', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  roundId: integer().notNull().references(() => rounds.id),
  awardTypeId: integer().references(() => awardTypes.id),
  state: noticeState().notNull().default('running'),
  opensOn: date().notNull(),
  closesOn: date().notNull(),
  workingDays: integer().notNull(),
  publishedBy: integer().notNull().references(() => users.id),
  closedAt: timestamp({ withTimezone: true }),
});

export const noticeComments = pgTable(
  'notice_comments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    noticeId: integer().notNull().references(() => publicNotices.id),
    nominationId: integer().notNull().references(() => nominations.id),
    authorName: text().notNull(),
    contact: text(),
    body: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    answer: text(),
    answeredBy: integer().references(() => users.id),
    answeredAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.noticeId)],
);

import { bigint, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { awardTypes } from './awards';
import { decisionState, noticeState, proposalAnswer } from './enums';
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
    /** The decision PDF as issued, kept in the blob store, with its SHA-256: what was signed is what
     * an inspector downloads twenty years later. */
    documentBlobKey: text(),
    documentSha256: text(),
  },
  (t) => [unique().on(t.issuerUnitId, t.year, t.number)],
);

/** A draft decision's nominations, in golden-book order, before it is issued. */
export const decisionItems = pgTable(
  'decision_items',
  {
    decisionId: integer().notNull().references(() => decisions.id),
    nominationId: integer().notNull().references(() => nominations.id),
    position: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.nominationId] }), index().on(t.nominationId)],
);

/** A proposal upward (Government flag, Prime Minister's certificate, national emulation fighter):
 * the province's submission and, later, the central body's answer. */
export const upwardProposals = pgTable('upward_proposals', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  nominationId: integer().notNull().unique().references(() => nominations.id),
  /** To whom the province submits, e.g. "Thủ tướng Chính phủ (qua Bộ Nội vụ)". */
  recipientBody: text().notNull(),
  submissionNumber: text().notNull(),
  submittedOn: date().notNull(),
  signerName: text().notNull(),
  submittedBy: integer().notNull().references(() => users.id),
  submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  answer: proposalAnswer().notNull().default('pending'),
  answeredOn: date(),
  /** The central act answering it, e.g. "Quyết định số 123/QĐ-TTg". */
  answerReference: text(),
  answerNote: text(),
  answeredBy: integer().references(() => users.id),
});

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

/** The candidates a notice lists: the nominations that passed the council's ballot into it. */
export const publicNoticeItems = pgTable(
  'public_notice_items',
  {
    noticeId: integer().notNull().references(() => publicNotices.id),
    nominationId: integer().notNull().references(() => nominations.id),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.nominationId] }), index().on(t.nominationId)],
);

/** Hits on rate-limited public endpoints (comments on a notice, verification lookups), kept in the
 * database so that limits hold across several app servers. `key` is a hash, never a raw address. */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    bucket: text().notNull(),
    key: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.bucket, t.key, t.at)],
);

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

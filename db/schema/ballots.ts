import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { attendance, ballotMode, councilPosition, sessionState, voteBasis } from './enums';
import { nominations } from './nominations';
import { blocTerms, units } from './org';
import { people, users } from './users';

/** A bloc's voting session (bình xét, suy tôn): at most two rounds. */
export const blocBallotSessions = pgTable('bloc_ballot_sessions', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  blocTermId: integer().notNull().references(() => blocTerms.id),
  roundNo: integer().notNull().default(1),
  mode: ballotMode().notNull(),
  state: sessionState().notNull().default('planned'),
  heldOn: date().notNull(),
  membersTotal: integer().notNull(),
  membersPresent: integer().notNull(),
  /** Share of member units needed, in percent; the default rule is more than half. */
  thresholdPct: numeric({ precision: 5, scale: 2 }).notNull().default('50'),
  thresholdStrict: boolean().notNull().default(true),
  openedBy: integer().references(() => users.id),
  closedAt: timestamp({ withTimezone: true }),
});

/** The member units present at a bloc session (their heads vote in an electronic ballot). */
export const blocSessionAttendance = pgTable(
  'bloc_session_attendance',
  {
    sessionId: integer().notNull().references(() => blocBallotSessions.id),
    unitId: integer().notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.unitId] })],
);

/** The candidates put to a session's vote, in the scoreboard's rank order. */
export const blocBallotCandidates = pgTable(
  'bloc_ballot_candidates',
  {
    sessionId: integer().notNull().references(() => blocBallotSessions.id),
    nominationId: integer().notNull().references(() => nominations.id),
    position: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.nominationId] })],
);

/** After two undecided rounds the head and deputy decide, preferring the stronger record, and say why. */
export const blocLeadDecisions = pgTable('bloc_lead_decisions', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  blocTermId: integer().notNull().references(() => blocTerms.id),
  sessionId: integer().notNull().references(() => blocBallotSessions.id),
  nominationId: integer().notNull().references(() => nominations.id),
  chosen: boolean().notNull(),
  reason: text().notNull(),
  decidedBy: integer().notNull().references(() => users.id),
  decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Who took part in an electronic ballot, kept apart from the ballots themselves: no column links a
 * ballot to its voter, and ballots carry no time. */
export const blocBallotParticipation = pgTable(
  'bloc_ballot_participation',
  {
    sessionId: integer().notNull().references(() => blocBallotSessions.id),
    unitId: integer().notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.unitId] })],
);

export const blocBallots = pgTable('bloc_ballots', {
  id: uuid().primaryKey().defaultRandom(),
  sessionId: integer().notNull().references(() => blocBallotSessions.id),
  nominationId: integer().notNull().references(() => nominations.id),
  approve: boolean().notNull(),
});

/** The tally per candidate: from paper ballots, or counted from electronic ones when the session closes. */
export const blocBallotTallies = pgTable(
  'bloc_ballot_tallies',
  {
    sessionId: integer().notNull().references(() => blocBallotSessions.id),
    nominationId: integer().notNull().references(() => nominations.id),
    votesFor: integer().notNull(),
    votesAgainst: integer().notNull(),
    passed: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.nominationId] })],
);

/** The provincial emulation and commendation council (Hội đồng Thi đua – Khen thưởng tỉnh). */
export const councils = pgTable('councils', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  provinceUnitId: integer().notNull().references(() => units.id),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
  establishedBy: text().notNull(),
  validFrom: date().notNull(),
  validTo: date(),
});

export const councilMembers = pgTable('council_members', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  councilId: integer().notNull().references(() => councils.id),
  personId: integer().notNull().references(() => people.id),
  position: councilPosition().notNull(),
  titleVi: text().notNull(),
  titleEn: text().notNull(),
  validFrom: date().notNull(),
  validTo: date(),
});

export const councilSessions = pgTable('council_sessions', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  councilId: integer().notNull().references(() => councils.id),
  heldOn: date().notNull(),
  state: sessionState().notNull().default('planned'),
  /** All members on the day: thresholds and quorum count them, not those present. */
  membersTotal: integer().notNull(),
  /** Where the council sits, printed on the minutes. */
  location: text(),
  openedBy: integer().references(() => users.id),
  closedAt: timestamp({ withTimezone: true }),
});

/** The session's agenda: nominations forwarded to the council, in the order they are taken. */
export const councilAgendaItems = pgTable(
  'council_agenda_items',
  {
    sessionId: integer().notNull().references(() => councilSessions.id),
    nominationId: integer().notNull().references(() => nominations.id),
    position: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.nominationId] }), index().on(t.nominationId)],
);

export const councilAttendance = pgTable(
  'council_attendance',
  {
    sessionId: integer().notNull().references(() => councilSessions.id),
    memberId: integer().notNull().references(() => councilMembers.id),
    attendance: attendance().notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.memberId] })],
);

/** The council's secret ballot on one nomination, counted against the award's threshold. */
export const councilVotes = pgTable(
  'council_votes',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer().notNull().references(() => councilSessions.id),
    nominationId: integer().notNull().references(() => nominations.id),
    membersTotal: integer().notNull(),
    membersPresent: integer().notNull(),
    writtenVotes: integer().notNull().default(0),
    votesFor: integer().notNull(),
    votesAgainst: integer().notNull(),
    thresholdPct: numeric({ precision: 5, scale: 2 }).notNull(),
    basis: voteBasis().notNull(),
    passed: boolean().notNull(),
    recordedBy: integer().notNull().references(() => users.id),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('council_votes_counts', sql`${t.votesFor} + ${t.votesAgainst} <= ${t.membersTotal}`)],
);

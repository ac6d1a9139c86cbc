import 'server-only';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { NominationStatus } from '@/lib/domain/constants';
import type { Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { getDb, type Db } from '../client';
import {
  blocBallotCandidates,
  blocBallotParticipation,
  blocBallotSessions,
  blocBallotTallies,
  blocLeadDecisions,
  blocSessionAttendance,
  nominations,
  roleAssignments,
  units,
  users,
} from '../schema';
import { getScoreboard } from './bloc-scoring';
import { blocLeadOf, blocTermsOf, loadBlocTerm, memberUnitOf, readableBlocTerm, type BlocTermFacts } from './bloc-access';
import { MAX_BLOC_ROUNDS, votesToPass } from './bloc-ballot';
import { selectNominationSummaries } from './nomination-summary';

// What the ballot pages read. Secrecy (see bloc-ballot.ts): no function here reads `bloc_ballots`,
// and none says which unit voted — only how many did. Tallies exist only once a session closed.

export interface BlocSessionListItem {
  id: number;
  roundNo: number;
  mode: 'paper' | 'electronic';
  state: 'planned' | 'open' | 'closed';
  heldOn: string;
  membersTotal: number;
  membersPresent: number;
}

export interface BlocTermBallots {
  termId: number;
  year: number;
  nameVi: string;
  nameEn: string;
  isLead: boolean;
  /** The next round the lead may call, or why none may be called now. */
  nextRound: number | null;
  blockedBy: 'bloc_round_limit' | 'bloc_round_order' | null;
  sessions: BlocSessionListItem[];
}

async function meetingRows(db: Db, termId: number): Promise<BlocSessionListItem[]> {
  const hasCandidates = db.select({ one: sql`1` }).from(blocBallotCandidates).where(eq(blocBallotCandidates.sessionId, blocBallotSessions.id));
  return db
    .select({
      id: blocBallotSessions.id,
      roundNo: blocBallotSessions.roundNo,
      mode: blocBallotSessions.mode,
      state: blocBallotSessions.state,
      heldOn: blocBallotSessions.heldOn,
      membersTotal: blocBallotSessions.membersTotal,
      membersPresent: blocBallotSessions.membersPresent,
    })
    .from(blocBallotSessions)
    .where(and(eq(blocBallotSessions.blocTermId, termId), sql`exists (${hasCandidates})`))
    .orderBy(asc(blocBallotSessions.roundNo), asc(blocBallotSessions.id));
}

function nextRoundOf(sessions: BlocSessionListItem[]): Pick<BlocTermBallots, 'nextRound' | 'blockedBy'> {
  if (sessions.length >= MAX_BLOC_ROUNDS) return { nextRound: null, blockedBy: 'bloc_round_limit' };
  if (sessions.some((s) => s.state !== 'closed')) return { nextRound: null, blockedBy: 'bloc_round_order' };
  return { nextRound: sessions.length + 1, blockedBy: null };
}

/** The bloc-years the viewer belongs to (as lead or member unit), each with its ballot sessions. */
export async function listBlocBallotTerms(viewer: Viewer): Promise<BlocTermBallots[]> {
  const db = await getDb();
  const out: BlocTermBallots[] = [];
  for (const termId of await blocTermsOf(db, viewer)) {
    const term = await loadBlocTerm(db, termId);
    if (!term) continue;
    const sessions = await meetingRows(db, termId);
    out.push({ termId, year: term.year, nameVi: term.nameVi, nameEn: term.nameEn, isLead: blocLeadOf(viewer, term) !== null, ...nextRoundOf(sessions), sessions });
  }
  return out.sort((a, b) => b.year - a.year);
}

export interface UnitName {
  unitId: number;
  nameVi: string;
  nameEn: string;
}

export interface CandidateChoice {
  id: number;
  reference: string;
  nomineeVi: string;
  nomineeEn: string;
  awardVi: string;
  awardEn: string;
}

export interface NewBlocSessionForm {
  termId: number;
  year: number;
  nameVi: string;
  nameEn: string;
  roundNo: number;
  members: UnitName[];
  candidates: CandidateChoice[];
}

async function unitNames(db: Db, ids: number[]): Promise<UnitName[]> {
  if (ids.length === 0) return [];
  return db.select({ unitId: units.id, nameVi: units.nameVi, nameEn: units.nameEn }).from(units).where(inArray(units.id, ids)).orderBy(asc(units.nameVi));
}

/** What the lead's "new session" form offers: the member units and the candidates of the next round
 * (round 1: the bloc's nominations under bloc review, in the scoreboard's rank order once scoring has
 * closed, else by reference; round 2: those round 1 left
 * undecided). Null for anyone but the lead; a refusal when no round may be called now. */
export async function getNewBlocSessionForm(viewer: Viewer, termId: number): Promise<NewBlocSessionForm | null> {
  const db = await getDb();
  const term = await loadBlocTerm(db, termId);
  if (!term || !blocLeadOf(viewer, term)) return null;
  const sessions = await meetingRows(db, termId);
  const { nextRound, blockedBy } = nextRoundOf(sessions);
  if (nextRound === null) throw new WorkflowError(blockedBy ?? 'bloc_round_limit', { max: MAX_BLOC_ROUNDS });
  let where = and(eq(nominations.blocTermId, termId), eq(nominations.status, 'bloc_review'));
  const previous = sessions.at(-1);
  if (previous) {
    const passed = db.select({ id: blocBallotTallies.nominationId }).from(blocBallotTallies).where(and(eq(blocBallotTallies.sessionId, previous.id), eq(blocBallotTallies.passed, true)));
    const earlier = db.select({ id: blocBallotCandidates.nominationId }).from(blocBallotCandidates).where(eq(blocBallotCandidates.sessionId, previous.id));
    where = and(where, inArray(nominations.id, earlier), sql`${nominations.id} not in (${passed})`);
  }
  const found = await selectNominationSummaries(db).where(where).orderBy(asc(nominations.reference));
  // Candidates in the scoreboard's order (the proposing unit's rank), once scoring has closed.
  const board = term.scoringClosedAt ? await getScoreboard(viewer, termId) : null;
  const rankOf = new Map((board?.ranked ?? []).map((m) => [m.unitId, m.rank]));
  const proposers = new Map(
    (await db.select({ id: nominations.id, unitId: nominations.proposingUnitId }).from(nominations).where(inArray(nominations.id, found.map((r) => r.id).concat(0)))).map((r) => [r.id, r.unitId]),
  );
  const rank = (id: number) => rankOf.get(proposers.get(id) ?? 0) ?? Number.MAX_SAFE_INTEGER;
  const rows = [...found].sort((a, b) => rank(a.id) - rank(b.id));
  return {
    termId,
    year: term.year,
    nameVi: term.nameVi,
    nameEn: term.nameEn,
    roundNo: nextRound,
    members: await unitNames(db, term.memberUnitIds),
    candidates: rows.map((r) => ({ id: r.id, reference: r.reference, nomineeVi: r.nomineeVi, nomineeEn: r.nomineeEn, awardVi: r.awardVi, awardEn: r.awardEn })),
  };
}

export interface SessionCandidate extends CandidateChoice {
  position: number;
  status: NominationStatus;
  version: number;
  /** Only once the session closed. */
  tally: { votesFor: number; votesAgainst: number; passed: boolean } | null;
  decision: { chosen: boolean; reason: string; decidedBy: string; decidedAt: Date } | null;
  /** The lead may endorse it now: the bloc chose it and it is still under bloc review. */
  endorsable: boolean;
  /** The lead may record a decision on it now (round 2 closed, not chosen, no decision yet). */
  decidable: boolean;
}

export interface BlocSessionView {
  id: number;
  termId: number;
  year: number;
  blocVi: string;
  blocEn: string;
  roundNo: number;
  mode: 'paper' | 'electronic';
  state: 'planned' | 'open' | 'closed';
  heldOn: string;
  closedAt: Date | null;
  membersTotal: number;
  membersPresent: number;
  thresholdPct: string;
  thresholdStrict: boolean;
  /** Votes for that pass, counted on all member units of the bloc-year. */
  needed: number;
  /** How many present units have voted; never which (electronic). */
  voted: number;
  attendance: UnitName[];
  absent: UnitName[];
  candidates: SessionCandidate[];
  isLead: boolean;
  /** The viewer is the head of a present member unit who may vote now. */
  canCast: boolean;
  /** The viewer's unit has voted in this session (only the viewer's own). */
  ownUnitVoted: boolean;
  isLastRound: boolean;
}

/** One session as its page shows it to the lead, the member units and the overseers. While the
 * session is open nobody reads ballots or partial counts: only how many present members voted. */
export async function getBlocBallotSession(viewer: Viewer, sessionId: number): Promise<BlocSessionView | null> {
  const db = await getDb();
  const [session] = await db.select().from(blocBallotSessions).where(eq(blocBallotSessions.id, sessionId));
  if (!session) return null;
  let term: BlocTermFacts;
  try {
    term = await readableBlocTerm(db, viewer, session.blocTermId);
  } catch (error) {
    if (error instanceof WorkflowError) return null;
    throw error;
  }
  const candidateRows = await db
    .select({ id: blocBallotCandidates.nominationId, position: blocBallotCandidates.position })
    .from(blocBallotCandidates)
    .where(eq(blocBallotCandidates.sessionId, session.id))
    .orderBy(asc(blocBallotCandidates.position));
  if (candidateRows.length === 0) return null;
  const ids = candidateRows.map((c) => c.id);
  const summaries = await selectNominationSummaries(db).where(inArray(nominations.id, ids));
  const closed = session.state === 'closed';
  const tallies = closed ? await db.select().from(blocBallotTallies).where(eq(blocBallotTallies.sessionId, session.id)) : [];
  const decisions = await db
    .select({ nominationId: blocLeadDecisions.nominationId, chosen: blocLeadDecisions.chosen, reason: blocLeadDecisions.reason, decidedBy: users.displayName, decidedAt: blocLeadDecisions.decidedAt })
    .from(blocLeadDecisions)
    .innerJoin(users, eq(users.id, blocLeadDecisions.decidedBy))
    .where(and(eq(blocLeadDecisions.blocTermId, term.id), inArray(blocLeadDecisions.nominationId, ids)));
  const meetings = await meetingRows(db, term.id);
  const isLastRound = session.roundNo === MAX_BLOC_ROUNDS || meetings.at(-1)?.id === session.id;
  const present = await db.select({ unitId: blocSessionAttendance.unitId }).from(blocSessionAttendance).where(eq(blocSessionAttendance.sessionId, session.id));
  const presentIds = present.map((p) => p.unitId);
  const [votedRow] = await db.select({ n: count() }).from(blocBallotParticipation).where(eq(blocBallotParticipation.sessionId, session.id));
  const member = memberUnitOf(viewer, term, ['unit_head']);
  const own = member
    ? await db
        .select({ unitId: blocBallotParticipation.unitId })
        .from(blocBallotParticipation)
        .where(and(eq(blocBallotParticipation.sessionId, session.id), eq(blocBallotParticipation.unitId, member.unitId)))
    : [];
  const isLead = blocLeadOf(viewer, term) !== null;
  const names = await unitNames(db, term.memberUnitIds);

  const candidates: SessionCandidate[] = candidateRows.flatMap((c) => {
    const s = summaries.find((r) => r.id === c.id);
    if (!s) return [];
    const tally = tallies.find((t) => t.nominationId === c.id);
    const decision = decisions.find((d) => d.nominationId === c.id) ?? null;
    const chosen = tally?.passed === true || decision?.chosen === true;
    return [
      {
        id: s.id,
        reference: s.reference,
        nomineeVi: s.nomineeVi,
        nomineeEn: s.nomineeEn,
        awardVi: s.awardVi,
        awardEn: s.awardEn,
        position: c.position,
        status: s.status,
        version: s.version,
        tally: tally ? { votesFor: tally.votesFor, votesAgainst: tally.votesAgainst, passed: tally.passed } : null,
        decision: decision ? { chosen: decision.chosen, reason: decision.reason, decidedBy: decision.decidedBy, decidedAt: decision.decidedAt } : null,
        endorsable: isLead && closed && chosen && s.status === 'bloc_review',
        decidable: isLead && closed && session.roundNo === MAX_BLOC_ROUNDS && tally?.passed === false && !decision && s.status === 'bloc_review',
      },
    ];
  });

  return {
    id: session.id,
    termId: term.id,
    year: term.year,
    blocVi: term.nameVi,
    blocEn: term.nameEn,
    roundNo: session.roundNo,
    mode: session.mode,
    state: session.state,
    heldOn: session.heldOn,
    closedAt: session.closedAt,
    membersTotal: session.membersTotal,
    membersPresent: session.membersPresent,
    thresholdPct: session.thresholdPct,
    thresholdStrict: session.thresholdStrict,
    needed: votesToPass(session.membersTotal, session.thresholdPct, session.thresholdStrict),
    voted: session.mode === 'electronic' ? (votedRow?.n ?? 0) : 0,
    attendance: names.filter((u) => presentIds.includes(u.unitId)),
    absent: names.filter((u) => !presentIds.includes(u.unitId)),
    candidates,
    isLead,
    canCast: member !== null && presentIds.includes(member.unitId) && session.mode === 'electronic' && session.state === 'open' && own.length === 0,
    ownUnitVoted: own.length > 0,
    isLastRound,
  };
}

export interface BlocSessionMinutes extends BlocSessionView {
  /** Where the bloc met: the head unit hosts the review. */
  placeVi: string;
  placeEn: string;
  head: { name: string; unitVi: string; unitEn: string } | null;
  deputy: { name: string; unitVi: string; unitEn: string } | null;
}

async function leadSigner(db: Db, termId: number, unitId: number): Promise<{ name: string; unitVi: string; unitEn: string } | null> {
  const [row] = await db
    .select({ name: users.displayName, unitVi: units.nameVi, unitEn: units.nameEn })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(roleAssignments.role, 'bloc_lead'), eq(roleAssignments.scopeBlocTermId, termId), eq(users.unitId, unitId)))
    .orderBy(desc(roleAssignments.validFrom))
    .limit(1);
  if (row) return row;
  const [unit] = await db.select({ unitVi: units.nameVi, unitEn: units.nameEn }).from(units).where(eq(units.id, unitId));
  return unit ? { name: '', ...unit } : null;
}

/** The minutes of a session (biên bản): the session as its page shows it, plus place and signers. */
export async function getBlocBallotMinutes(viewer: Viewer, sessionId: number): Promise<BlocSessionMinutes | null> {
  const view = await getBlocBallotSession(viewer, sessionId);
  if (!view) return null;
  const db = await getDb();
  const term = await loadBlocTerm(db, view.termId);
  if (!term) return null;
  const head = await leadSigner(db, term.id, term.headUnitId);
  const deputy = await leadSigner(db, term.id, term.deputyUnitId);
  return { ...view, placeVi: head?.unitVi ?? '', placeEn: head?.unitEn ?? '', head, deputy };
}

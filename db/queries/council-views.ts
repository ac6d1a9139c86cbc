import 'server-only';
import { and, asc, count, desc, eq, inArray, max, notInArray, sql } from 'drizzle-orm';
import type { NominationStatus, ReviewBody, VoteBasis } from '@/lib/domain/constants';
import { quorumStatus, ruleOf, type Attendance, type AttendanceCount, type CouncilPosition, type CouncilRule, type QuorumRule, type QuorumStatus } from '@/lib/rules/council-ballot';
import type { CouncilMinutesFacts } from '@/lib/documents/council-minutes';
import { todayInVietnam } from '@/lib/rules/dates';
import type { Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { IN_COUNCIL } from '@/lib/workflow/status-groups';
import { getDb, type Db } from '../client';
import { auditEvents, awardTypes, councilAgendaItems, councilAttendance, councils, councilSessions, councilVotes, nominations, units } from '../schema';
import { councilMembersOn, councilOn, councilProvincesOf, councilSecretaryGrant, readableCouncilSession, sessionTally, type CouncilSessionFacts } from './council-access';
import { evaluateNomination } from './eligibility';
import { selectNominationSummaries } from './nomination-summary';
import { unitSubtree } from './unit-tree';

// What the council's pages read: the sessions of the viewer's province, one session with its
// attendance, quorum and agenda, the nominations that may join an agenda, and the minutes. Readers are
// the province's council secretary, approvers, appraisers and auditors (council-access.ts); anyone
// else finds nothing.

export type SessionState = 'planned' | 'open' | 'closed';

export interface CouncilSessionListItem {
  id: number;
  heldOn: string;
  location: string | null;
  state: SessionState;
  membersTotal: number;
  present: number;
  writtenVotes: number;
  quorum: QuorumStatus;
  agendaCount: number;
  votedCount: number;
}

export interface CouncilSessionList {
  councilVi: string | null;
  councilEn: string | null;
  canCreate: boolean;
  /** Forwarded to the council and on no open agenda yet. */
  awaitingAgenda: number;
  upcoming: CouncilSessionListItem[];
  open: CouncilSessionListItem[];
  closed: CouncilSessionListItem[];
}

/** Closed sessions shown on the list: the most recent ones (a province holds a few a year). */
const CLOSED_SHOWN = 30;

async function listItems(db: Db, sessions: (typeof councilSessions.$inferSelect)[]): Promise<CouncilSessionListItem[]> {
  const ids = sessions.map((s) => s.id).concat(0);
  const [marks, agenda, votes, quorums] = await Promise.all([
    db.select({ sessionId: councilAttendance.sessionId, attendance: councilAttendance.attendance, n: count() }).from(councilAttendance).where(inArray(councilAttendance.sessionId, ids)).groupBy(councilAttendance.sessionId, councilAttendance.attendance),
    db.select({ sessionId: councilAgendaItems.sessionId, n: count() }).from(councilAgendaItems).where(inArray(councilAgendaItems.sessionId, ids)).groupBy(councilAgendaItems.sessionId),
    db.select({ sessionId: councilVotes.sessionId, n: count() }).from(councilVotes).where(inArray(councilVotes.sessionId, ids)).groupBy(councilVotes.sessionId),
    // The highest quorum any award on the agenda sets (max ignores the award types that set none).
    db
      .select({ sessionId: councilAgendaItems.sessionId, pct: max(awardTypes.quorumPct) })
      .from(councilAgendaItems)
      .innerJoin(nominations, eq(nominations.id, councilAgendaItems.nominationId))
      .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
      .where(inArray(councilAgendaItems.sessionId, ids))
      .groupBy(councilAgendaItems.sessionId),
  ]);
  return sessions.map((s) => {
    const of = (a: Attendance) => marks.find((m) => m.sessionId === s.id && m.attendance === a)?.n ?? 0;
    const count: AttendanceCount = { membersTotal: s.membersTotal, present: of('present'), writtenVotes: of('written_vote') };
    const pct = quorums.find((q) => q.sessionId === s.id)?.pct ?? '80';
    return {
      id: s.id,
      heldOn: s.heldOn,
      location: s.location,
      state: s.state,
      membersTotal: s.membersTotal,
      present: count.present,
      writtenVotes: count.writtenVotes,
      quorum: quorumStatus(count, pct),
      agendaCount: agenda.find((a) => a.sessionId === s.id)?.n ?? 0,
      votedCount: votes.find((v) => v.sessionId === s.id)?.n ?? 0,
    };
  });
}

/** The sessions of the viewer's province: upcoming (called, not yet opened) by date, open, and the
 * recent closed ones, newest first. Empty for anyone who may not read them. */
export async function listCouncilSessions(viewer: Viewer): Promise<CouncilSessionList> {
  const provinces = councilProvincesOf(viewer);
  const empty: CouncilSessionList = { councilVi: null, councilEn: null, canCreate: false, awaitingAgenda: 0, upcoming: [], open: [], closed: [] };
  if (provinces.length === 0) return empty;
  const db = await getDb();
  const councilRows = await db.select({ id: councils.id }).from(councils).where(inArray(councils.provinceUnitId, provinces));
  const councilIds = councilRows.map((c) => c.id).concat(0);
  const [active, closed, current, awaiting] = await Promise.all([
    db.select().from(councilSessions).where(and(inArray(councilSessions.councilId, councilIds), inArray(councilSessions.state, ['planned', 'open']))).orderBy(asc(councilSessions.heldOn), asc(councilSessions.id)),
    db.select().from(councilSessions).where(and(inArray(councilSessions.councilId, councilIds), eq(councilSessions.state, 'closed'))).orderBy(desc(councilSessions.heldOn), desc(councilSessions.id)).limit(CLOSED_SHOWN),
    councilOn(db, provinces[0]!, todayInVietnam()),
    awaitingAgendaCount(db, provinces),
  ]);
  const items = await listItems(db, [...active, ...closed]);
  return {
    councilVi: current?.nameVi ?? null,
    councilEn: current?.nameEn ?? null,
    canCreate: provinces.some((p) => councilSecretaryGrant(viewer, p) !== null),
    awaitingAgenda: awaiting,
    upcoming: items.filter((i) => i.state === 'planned'),
    open: items.filter((i) => i.state === 'open'),
    closed: items.filter((i) => i.state === 'closed'),
  };
}

/** Nominations of these provinces forwarded to the council and on no open session's agenda. */
export async function awaitingAgendaWhere(db: Db, provinces: number[]) {
  const unitIds = await unitSubtree(db, provinces);
  const onOpenAgenda = db
    .select({ id: councilAgendaItems.nominationId })
    .from(councilAgendaItems)
    .innerJoin(councilSessions, eq(councilSessions.id, councilAgendaItems.sessionId))
    .where(inArray(councilSessions.state, ['planned', 'open']));
  return and(eq(nominations.status, IN_COUNCIL), inArray(nominations.proposingUnitId, unitIds.concat(0)), notInArray(nominations.id, onOpenAgenda));
}

async function awaitingAgendaCount(db: Db, provinces: number[]): Promise<number> {
  const [row] = await db.select({ n: count() }).from(nominations).where(await awaitingAgendaWhere(db, provinces));
  return row?.n ?? 0;
}

export interface CouncilMemberView {
  memberId: number;
  name: string;
  position: CouncilPosition;
  titleVi: string;
  titleEn: string;
  standing: boolean;
  attendance: Attendance | null;
}

export interface AgendaAward {
  id: number;
  nameVi: string;
  nameEn: string;
  reviewBody: ReviewBody;
  thresholdPct: string | null;
  basis: VoteBasis;
  rule: CouncilRule;
  requiresPublicNotice: boolean;
  legalBasis: string;
}

export interface AgendaVote {
  membersTotal: number;
  present: number;
  writtenVotes: number;
  votesFor: number;
  votesAgainst: number;
  thresholdPct: string;
  basis: VoteBasis;
  passed: boolean;
  recordedAt: Date;
}

export interface AgendaItemView {
  nominationId: number;
  position: number;
  reference: string;
  status: NominationStatus;
  version: number;
  nomineeVi: string;
  nomineeEn: string;
  unitVi: string;
  unitEn: string;
  award: AgendaAward;
  /** The checks of lib/rules today (not for items already voted), and whether the appraiser forwarded
   * it over failed checks with a written justification. */
  eligibility: { overall: 'pass' | 'fail'; failures: number; waiting: number } | null;
  overridden: boolean;
  vote: AgendaVote | null;
}

export interface AgendaCandidate {
  id: number;
  reference: string;
  nomineeVi: string;
  nomineeEn: string;
  unitVi: string;
  unitEn: string;
  awardTypeId: number;
  awardVi: string;
  awardEn: string;
}

export interface CouncilSessionView {
  id: number;
  heldOn: string;
  location: string | null;
  state: SessionState;
  closedAt: Date | null;
  councilVi: string;
  councilEn: string;
  /** The viewer is the council's secretary: they run the session. */
  isSecretary: boolean;
  members: CouncilMemberView[];
  council: AttendanceCount;
  standing: AttendanceCount;
  quorumRule: QuorumRule;
  quorum: QuorumStatus;
  agenda: AgendaItemView[];
  /** For the secretary while the session is not closed: what may join the agenda. */
  candidates: AgendaCandidate[];
}

async function agendaItems(db: Db, sessionId: number, withEligibility: boolean): Promise<AgendaItemView[]> {
  const rows = await db.select({ id: councilAgendaItems.nominationId, position: councilAgendaItems.position }).from(councilAgendaItems).where(eq(councilAgendaItems.sessionId, sessionId)).orderBy(asc(councilAgendaItems.position));
  const ids = rows.map((r) => r.id).concat(0);
  const [summaries, awards, votes, forwards] = await Promise.all([
    selectNominationSummaries(db).where(inArray(nominations.id, ids)),
    db
      .select({
        nominationId: nominations.id,
        id: awardTypes.id,
        nameVi: awardTypes.nameVi,
        nameEn: awardTypes.nameEn,
        reviewBody: awardTypes.reviewBody,
        thresholdPct: awardTypes.voteThresholdPct,
        basis: awardTypes.voteBasis,
        requiresPublicNotice: awardTypes.requiresPublicNotice,
        legalBasis: awardTypes.legalBasis,
      })
      .from(nominations)
      .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
      .where(inArray(nominations.id, ids)),
    db.select().from(councilVotes).where(and(eq(councilVotes.sessionId, sessionId), inArray(councilVotes.nominationId, ids))),
    db
      .select({ id: auditEvents.entityId, payload: auditEvents.payload })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityKind, 'nomination'), eq(auditEvents.action, 'forward'), inArray(auditEvents.entityId, ids)))
      .orderBy(desc(auditEvents.seq)),
  ]);
  const eligibility = new Map<number, AgendaItemView['eligibility']>();
  if (withEligibility) {
    const open = rows.filter((r) => !votes.some((v) => v.nominationId === r.id));
    for (const r of open) {
      const result = await evaluateNomination(db, r.id);
      if (result) eligibility.set(r.id, { overall: result.overall, failures: result.failures.length, waiting: result.checks.filter((c) => c.status === 'to_confirm' || c.status === 'pending').length });
    }
  }
  return rows.flatMap((r) => {
    const s = summaries.find((x) => x.id === r.id);
    const a = awards.find((x) => x.nominationId === r.id);
    if (!s || !a) return [];
    const v = votes.find((x) => x.nominationId === r.id);
    const forward = forwards.find((f) => f.id === r.id)?.payload as { eligibility?: { overridden?: boolean } } | undefined;
    return [
      {
        nominationId: r.id,
        position: r.position,
        reference: s.reference,
        status: s.status,
        version: s.version,
        nomineeVi: s.nomineeVi,
        nomineeEn: s.nomineeEn,
        unitVi: s.proposingUnitVi,
        unitEn: s.proposingUnitEn,
        award: { id: a.id, nameVi: a.nameVi, nameEn: a.nameEn, reviewBody: a.reviewBody, thresholdPct: a.thresholdPct, basis: a.basis, requiresPublicNotice: a.requiresPublicNotice, legalBasis: a.legalBasis, rule: ruleOf(a) },
        eligibility: eligibility.get(r.id) ?? null,
        overridden: forward?.eligibility?.overridden === true,
        vote: v
          ? { membersTotal: v.membersTotal, present: v.membersPresent, writtenVotes: v.writtenVotes, votesFor: v.votesFor, votesAgainst: v.votesAgainst, thresholdPct: v.thresholdPct, basis: v.basis, passed: v.passed, recordedAt: v.recordedAt }
          : null,
      },
    ];
  });
}

/** The nominations of the session's province that may join an agenda: forwarded to the council and on
 * no open session's agenda. */
async function agendaCandidates(db: Db, provinceUnitId: number): Promise<AgendaCandidate[]> {
  const rows = await selectNominationSummaries(db)
    .where(await awaitingAgendaWhere(db, [provinceUnitId]))
    .orderBy(asc(awardTypes.nameVi), asc(nominations.reference))
    .limit(300);
  const awardOf = await db.select({ id: nominations.id, awardTypeId: nominations.awardTypeId }).from(nominations).where(inArray(nominations.id, rows.map((r) => r.id).concat(0)));
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    nomineeVi: r.nomineeVi,
    nomineeEn: r.nomineeEn,
    unitVi: r.proposingUnitVi,
    unitEn: r.proposingUnitEn,
    awardTypeId: awardOf.find((a) => a.id === r.id)?.awardTypeId ?? 0,
    awardVi: r.awardVi,
    awardEn: r.awardEn,
  }));
}

async function sessionView(db: Db, viewer: Viewer, session: CouncilSessionFacts, withEligibility: boolean): Promise<CouncilSessionView> {
  const isSecretary = councilSecretaryGrant(viewer, session.provinceUnitId) !== null;
  const [tally, agenda, candidates] = await Promise.all([
    sessionTally(db, session),
    agendaItems(db, session.id, withEligibility),
    isSecretary && session.state !== 'closed' ? agendaCandidates(db, session.provinceUnitId) : Promise.resolve([]),
  ]);
  return {
    id: session.id,
    heldOn: session.heldOn,
    location: session.location,
    state: session.state,
    closedAt: session.closedAt,
    councilVi: session.councilVi,
    councilEn: session.councilEn,
    isSecretary,
    members: tally.members.map((m) => ({ memberId: m.memberId, name: m.name, position: m.position, titleVi: m.titleVi, titleEn: m.titleEn, standing: m.standing, attendance: m.attendance })),
    council: tally.council,
    standing: tally.standing,
    quorumRule: tally.rule,
    quorum: tally.quorum,
    agenda,
    candidates,
  };
}

/** One session as its page shows it; null when missing or not the viewer's to read (S3). */
export async function getCouncilSession(viewer: Viewer, sessionId: number): Promise<CouncilSessionView | null> {
  const db = await getDb();
  try {
    const session = await readableCouncilSession(db, viewer, sessionId);
    return await sessionView(db, viewer, session, true);
  } catch (error) {
    if (error instanceof WorkflowError) return null;
    throw error;
  }
}

export interface NewCouncilSessionForm {
  councilVi: string;
  councilEn: string;
  today: string;
  membersToday: number;
  awaitingAgenda: number;
}

/** What the "new session" form shows; null for anyone but the council secretary. */
export async function getNewCouncilSessionForm(viewer: Viewer): Promise<NewCouncilSessionForm | null> {
  const grant = viewer.grants.find((g) => g.role === 'council_secretary' && g.scopeKind === 'province' && g.unitId !== null);
  if (!grant) return null;
  const db = await getDb();
  const today = todayInVietnam();
  const council = await councilOn(db, grant.unitId!, today);
  if (!council) return null;
  const members = await councilMembersOn(db, council.id, today);
  return { councilVi: council.nameVi, councilEn: council.nameEn, today, membersToday: members.length, awaitingAgenda: await awaitingAgendaCount(db, [grant.unitId!]) };
}

/** The session that holds a nomination on its agenda (an open one first, else the latest), for the
 * nomination page's link; null when none the viewer may read does. */
export async function councilSessionOfNomination(viewer: Viewer, nominationId: number): Promise<number | null> {
  const provinces = councilProvincesOf(viewer);
  if (provinces.length === 0) return null;
  const db = await getDb();
  const rows = await db
    .select({ id: councilSessions.id, state: councilSessions.state, heldOn: councilSessions.heldOn })
    .from(councilAgendaItems)
    .innerJoin(councilSessions, eq(councilSessions.id, councilAgendaItems.sessionId))
    .innerJoin(councils, eq(councils.id, councilSessions.councilId))
    .where(and(eq(councilAgendaItems.nominationId, nominationId), inArray(councils.provinceUnitId, provinces)))
    .orderBy(sql`case when ${councilSessions.state} = 'closed' then 1 else 0 end`, desc(councilSessions.heldOn), desc(councilSessions.id))
    .limit(1);
  return rows[0]?.id ?? null;
}

/** The minutes' facts (biên bản): the session as its page shows it, with the province, and the chair
 * and secretary who sign. For the province's council secretary, approvers, appraisers and auditors;
 * anyone else is refused as for a missing session. */
export async function getCouncilMinutes(viewer: Viewer, sessionId: number): Promise<CouncilMinutesFacts> {
  const db = await getDb();
  const session = await readableCouncilSession(db, viewer, sessionId);
  const view = await sessionView(db, viewer, session, false);
  const [province] = await db.select({ nameVi: units.nameVi }).from(units).where(eq(units.id, session.provinceUnitId));
  const signer = (position: CouncilPosition) => view.members.find((m) => m.position === position)?.name ?? null;
  return {
    provinceName: province?.nameVi ?? '',
    councilName: view.councilVi,
    heldOn: view.heldOn,
    location: view.location,
    closed: view.state === 'closed',
    membersTotal: view.council.membersTotal,
    members: view.members.map((m) => ({ name: m.name, position: m.position, title: m.titleVi, attendance: m.attendance })),
    quorum: { pct: view.quorum.pct, needed: view.quorum.needed, present: view.quorum.present, met: view.quorum.met, setBy: view.quorumRule.setBy.map((a) => a.nameVi) },
    items: view.agenda.map((i) => ({ reference: i.reference, nominee: i.nomineeVi, unit: i.unitVi, award: i.award.nameVi, rule: i.award.rule, legalBasis: i.award.legalBasis, vote: i.vote })),
    chair: signer('chair'),
    secretary: signer('secretary'),
  };
}

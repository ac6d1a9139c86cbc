import 'server-only';
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { countAttendance, isStandingCommitteeMember, quorumStatus, sessionQuorumRule, type Attendance, type AttendanceCount, type CouncilPosition, type QuorumRule, type QuorumStatus } from '@/lib/rules/council-ballot';
import type { Role } from '@/lib/domain/constants';
import type { RoleGrant, Viewer } from '@/lib/policy/viewer';
import { WorkflowError } from '@/lib/workflow/refusals';
import { getDb, type Db, type Tx } from '../client';
import { awardTypes, councilAgendaItems, councilAttendance, councilMembers, councils, councilSessions, nominations, people } from '../schema';
import { claimIdempotencyKey, storeIdempotentResult, type ActionContext } from './workflow/run-transition';

// Who may see and run the provincial council's sessions, and what a session counts (its members on
// the day, their attendance, the quorum its agenda asks for). Shared by the session changes
// (council-sessions.ts), the pages (council-views.ts) and the ballot (workflow/actions.ts), so that the
// page shows exactly the counts the ballot is recorded with.

/** The council's secretary runs its sessions; the province's appraisers, approvers and auditors read them. */
export const COUNCIL_READER_ROLES: readonly Role[] = ['council_secretary', 'approver', 'appraiser', 'auditor'];

// Any fixed number: agenda changes are serialized per council by this transaction-scoped lock, so that
// two sessions cannot both take the same nomination ("not on another open session's agenda").
const COUNCIL_AGENDA_LOCK = 3_318_206;

const POSITION_ORDER: readonly CouncilPosition[] = ['chair', 'vice_chair', 'standing_member', 'member', 'secretary'];

function provinceGrant(viewer: Viewer, roles: readonly Role[], provinceUnitId: number): RoleGrant | null {
  return viewer.grants.find((g) => roles.includes(g.role) && g.scopeKind === 'province' && g.unitId === provinceUnitId) ?? null;
}

/** The provinces whose council sessions `viewer` may read. */
export function councilProvincesOf(viewer: Viewer): number[] {
  return [...new Set(viewer.grants.filter((g) => COUNCIL_READER_ROLES.includes(g.role) && g.scopeKind === 'province' && g.unitId !== null).map((g) => g.unitId!))];
}

export function councilSecretaryGrant(viewer: Viewer, provinceUnitId: number): RoleGrant | null {
  return provinceGrant(viewer, ['council_secretary'], provinceUnitId);
}

export function councilReaderGrant(viewer: Viewer, provinceUnitId: number): RoleGrant | null {
  return provinceGrant(viewer, COUNCIL_READER_ROLES, provinceUnitId);
}

export interface CouncilSessionFacts {
  id: number;
  councilId: number;
  provinceUnitId: number;
  heldOn: string;
  state: 'planned' | 'open' | 'closed';
  membersTotal: number;
  location: string | null;
  closedAt: Date | null;
  councilVi: string;
  councilEn: string;
}

/** One session, optionally locked: changes take it exclusively, ballots shared (they run side by side,
 * never across an attendance change, an agenda change or the close). */
export async function loadCouncilSession(db: Db | Tx, sessionId: number, lock?: 'update' | 'share'): Promise<CouncilSessionFacts | null> {
  const query = db.select().from(councilSessions).where(eq(councilSessions.id, sessionId));
  const [row] = lock === 'update' ? await query.for('update') : lock === 'share' ? await query.for('share') : await query;
  if (!row) return null;
  const [council] = await db.select({ provinceUnitId: councils.provinceUnitId, nameVi: councils.nameVi, nameEn: councils.nameEn }).from(councils).where(eq(councils.id, row.councilId));
  if (!council) return null;
  return {
    id: row.id,
    councilId: row.councilId,
    provinceUnitId: council.provinceUnitId,
    heldOn: row.heldOn,
    state: row.state,
    membersTotal: row.membersTotal,
    location: row.location,
    closedAt: row.closedAt,
    councilVi: council.nameVi,
    councilEn: council.nameEn,
  };
}

/** The session if `viewer` may read it; anyone else is told it does not exist (S3). */
export async function readableCouncilSession(db: Db | Tx, viewer: Viewer, sessionId: number, lock?: 'update' | 'share'): Promise<CouncilSessionFacts> {
  const session = await loadCouncilSession(db, sessionId, lock);
  if (!session || !councilReaderGrant(viewer, session.provinceUnitId)) throw new WorkflowError('not_found');
  return session;
}

/** The secretary's grant on the session's province; readers who are not the secretary hear which role acts. */
export function requireCouncilSecretary(viewer: Viewer, session: Pick<CouncilSessionFacts, 'provinceUnitId'>): RoleGrant {
  const grant = councilSecretaryGrant(viewer, session.provinceUnitId);
  if (grant) return grant;
  throw new WorkflowError(councilReaderGrant(viewer, session.provinceUnitId) ? 'role_not_permitted' : 'not_found', { roles: 'council_secretary' });
}

/** The council of a province in force on `day`. */
export async function councilOn(db: Db | Tx, provinceUnitId: number, day: string): Promise<{ id: number; nameVi: string; nameEn: string } | null> {
  const [council] = await db
    .select({ id: councils.id, nameVi: councils.nameVi, nameEn: councils.nameEn })
    .from(councils)
    .where(and(eq(councils.provinceUnitId, provinceUnitId), lte(councils.validFrom, day), or(isNull(councils.validTo), gte(councils.validTo, day))))
    .orderBy(asc(councils.validFrom))
    .limit(1);
  return council ?? null;
}

export interface CouncilMemberRow {
  memberId: number;
  personId: number;
  name: string;
  position: CouncilPosition;
  titleVi: string;
  titleEn: string;
  standing: boolean;
}

/** The members of a council on `day`, chair first, in the order of the council's decision. */
export async function councilMembersOn(db: Db | Tx, councilId: number, day: string): Promise<CouncilMemberRow[]> {
  const rows = await db
    .select({ memberId: councilMembers.id, personId: councilMembers.personId, name: people.fullName, position: councilMembers.position, titleVi: councilMembers.titleVi, titleEn: councilMembers.titleEn })
    .from(councilMembers)
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(and(eq(councilMembers.councilId, councilId), lte(councilMembers.validFrom, day), or(isNull(councilMembers.validTo), gte(councilMembers.validTo, day))))
    .orderBy(asc(councilMembers.id));
  return rows
    .map((r) => ({ ...r, standing: isStandingCommitteeMember(r.position) }))
    .sort((a, b) => POSITION_ORDER.indexOf(a.position) - POSITION_ORDER.indexOf(b.position) || a.memberId - b.memberId);
}

export interface SessionTally {
  members: (CouncilMemberRow & { attendance: Attendance | null })[];
  council: AttendanceCount;
  standing: AttendanceCount;
  rule: QuorumRule;
  quorum: QuorumStatus;
}

/** Who sits on the session's day and how they attend; the quorum the agenda's award types ask for. */
export async function sessionTally(db: Db | Tx, session: Pick<CouncilSessionFacts, 'id' | 'councilId' | 'heldOn'>): Promise<SessionTally> {
  const [members, marks, awards] = await Promise.all([
    councilMembersOn(db, session.councilId, session.heldOn),
    db.select({ memberId: councilAttendance.memberId, attendance: councilAttendance.attendance }).from(councilAttendance).where(eq(councilAttendance.sessionId, session.id)),
    db
      .selectDistinct({ id: awardTypes.id, quorumPct: awardTypes.quorumPct, nameVi: awardTypes.nameVi, nameEn: awardTypes.nameEn })
      .from(councilAgendaItems)
      .innerJoin(nominations, eq(nominations.id, councilAgendaItems.nominationId))
      .innerJoin(awardTypes, eq(awardTypes.id, nominations.awardTypeId))
      .where(eq(councilAgendaItems.sessionId, session.id)),
  ]);
  const byMember = new Map(marks.map((m) => [m.memberId, m.attendance]));
  const withAttendance = members.map((m) => ({ ...m, attendance: byMember.get(m.memberId) ?? null }));
  const council = countAttendance(withAttendance);
  const rule = sessionQuorumRule(awards);
  return { members: withAttendance, council, standing: countAttendance(withAttendance.filter((m) => m.standing)), rule, quorum: quorumStatus(council, rule.pct) };
}

/** What a ballot depends on, as one comparable string: a ballot whose page saw other counts is stale. */
export function tallyFingerprint(t: SessionTally): string {
  return JSON.stringify([t.council, t.standing, t.rule.pct]);
}

/** Serializes agenda changes of one council (see COUNCIL_AGENDA_LOCK). */
export async function lockCouncilAgendas(tx: Tx, councilId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${COUNCIL_AGENDA_LOCK}::int, ${councilId}::int)`);
}

/** The sessions (not closed) whose agendas hold any of `nominationIds`. */
export async function openAgendasOf(db: Db | Tx, nominationIds: number[]): Promise<{ nominationId: number; sessionId: number; heldOn: string }[]> {
  if (nominationIds.length === 0) return [];
  return db
    .select({ nominationId: councilAgendaItems.nominationId, sessionId: councilSessions.id, heldOn: councilSessions.heldOn })
    .from(councilAgendaItems)
    .innerJoin(councilSessions, eq(councilSessions.id, councilAgendaItems.sessionId))
    .where(and(inArray(councilAgendaItems.nominationId, nominationIds), inArray(councilSessions.state, ['planned', 'open'])));
}

/** Runs `work` in one transaction once per idempotency key: a double submit gets the first result (S11). */
export async function onceCouncil<T extends object>(ctx: ActionContext, action: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const earlier = await claimIdempotencyKey<T>(tx, ctx, action);
    if (earlier) return earlier;
    const result = await work(tx);
    await storeIdempotentResult(tx, ctx, result);
    return result;
  });
}

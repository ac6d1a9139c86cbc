import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { addCouncilAgendaItems, createCouncilSession, openCouncilSession, setCouncilAttendance } from '@/db/queries/council-sessions';
import { getCouncilSession } from '@/db/queries/council-views';
import { loadViewer } from '@/db/queries/viewer';
import type { ActionContext } from '@/db/queries/workflow/run-transition';
import { auditEvents, nominations, users } from '@/db/schema';
import { checkLink, eventBody } from '@/lib/audit/chain';
import type { NominationStatus } from '@/lib/domain/constants';
import { todayInVietnam } from '@/lib/rules/dates';
import type { Viewer } from '@/lib/policy/viewer';

/** The viewer of a seeded account, as a request would load it. */
export async function viewerOf(database: Database, username: string): Promise<Viewer> {
  const [user] = await database.db.select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.username, username));
  if (!user) throw new Error(`no user ${username}`);
  const viewer = await loadViewer(user.id, user.sv);
  if (!viewer) throw new Error(`${username} cannot sign in`);
  return viewer;
}

export function contextOf(viewer: Viewer, idempotencyKey: string = randomUUID()): ActionContext {
  return { viewer, ip: '127.0.0.1', idempotencyKey };
}

export async function nominationByReference(database: Database, reference: string) {
  const [row] = await database.db.select().from(nominations).where(eq(nominations.reference, reference));
  if (!row) throw new Error(`no nomination ${reference}`);
  return row;
}

export async function firstInStatus(database: Database, status: NominationStatus) {
  const [row] = await database.db.select().from(nominations).where(eq(nominations.status, status)).orderBy(asc(nominations.id)).limit(1);
  if (!row) throw new Error(`no nomination in ${status}`);
  return row;
}

/** A fingerprint of everything a refused action must leave unchanged. */
export async function snapshot(database: Database): Promise<string> {
  const rows = await database.db.select({ id: nominations.id, status: nominations.status, version: nominations.version }).from(nominations).orderBy(asc(nominations.id));
  const events = await database.db.select({ seq: auditEvents.seq }).from(auditEvents);
  return JSON.stringify({ rows, events: events.length });
}

/** Walks the whole chain; returns the number of events, or throws naming the first break. */
export async function verifyChain(database: Database): Promise<number> {
  const rows = await database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
  let previous: { seq: number; hash: string } | null = null;
  for (const row of rows) {
    const broken = checkLink(previous, { ...eventBody(row), prevHash: row.prevHash, hash: row.hash });
    if (broken) throw new Error(`chain broken at ${broken.seq}: ${broken.problem}`);
    previous = row;
  }
  return rows.length;
}

/** A council session held today through the data access layer, as the secretary runs it: called, the
 * first `present` members (the standing committee first) present, the next `written` voting in
 * writing, the others absent; `nominationIds` on its agenda; opened. Returns its id. */
export async function councilSessionWith(database: Database, nominationIds: number[], attendance: { present: number; written?: number }, location = 'Phòng họp kiểm thử'): Promise<number> {
  const secretary = await viewerOf(database, 'thuky.hoidong');
  const { sessionId } = await createCouncilSession(contextOf(secretary), { idempotencyKey: randomUUID(), heldOn: todayInVietnam(), location });
  await setCouncilAttendanceOf(database, sessionId, attendance);
  if (nominationIds.length > 0) await addCouncilAgendaItems(contextOf(secretary), { idempotencyKey: randomUUID(), sessionId, nominationIds });
  await openCouncilSession(contextOf(secretary), { idempotencyKey: randomUUID(), sessionId });
  return sessionId;
}

/** Marks the session's attendance as the secretary would: present first, then written votes, then absent. */
export async function setCouncilAttendanceOf(database: Database, sessionId: number, attendance: { present: number; written?: number }): Promise<void> {
  const secretary = await viewerOf(database, 'thuky.hoidong');
  const view = await getCouncilSession(secretary, sessionId);
  if (!view) throw new Error(`no council session ${sessionId}`);
  const written = attendance.written ?? 0;
  const entries = view.members.map((m, i) => ({ memberId: m.memberId, attendance: i < attendance.present ? ('present' as const) : i < attendance.present + written ? ('written_vote' as const) : ('absent' as const) }));
  await setCouncilAttendance(contextOf(secretary), { idempotencyKey: randomUUID(), sessionId, entries });
}

import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { loadViewer } from '@/db/queries/viewer';
import type { ActionContext } from '@/db/queries/workflow/run-transition';
import { auditEvents, nominations, users } from '@/db/schema';
import { checkLink, eventBody } from '@/lib/audit/chain';
import type { NominationStatus } from '@/lib/domain/constants';
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

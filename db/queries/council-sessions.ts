import 'server-only';
import { and, asc, count, eq, max } from 'drizzle-orm';
import { readGrant } from '@/lib/policy/can';
import type { CouncilAgendaAddInput, CouncilAgendaOrderInput, CouncilAgendaRemoveInput, CouncilAttendanceInput, CouncilSessionCreateInput, CouncilSessionRefInput } from '@/lib/validation/council';
import { WorkflowError } from '@/lib/workflow/refusals';
import { IN_COUNCIL } from '@/lib/workflow/status-groups';
import { actorFields, appendAuditEvent } from '../audit-append';
import type { Tx } from '../client';
import { councilAgendaItems, councilAttendance, councilSessions, councilVotes } from '../schema';
import {
  councilMembersOn,
  councilOn,
  lockCouncilAgendas,
  onceCouncil,
  openAgendasOf,
  readableCouncilSession,
  requireCouncilSecretary,
  sessionTally,
  type CouncilSessionFacts,
} from './council-access';
import type { ActionContext } from './workflow/run-transition';
import { loadNominationFacts } from './workflow/facts';

// The council's sessions (domain.md §6 record ballot; issue 6 §3): the secretary calls a session of the
// council in force on its day, records who attends, builds the agenda from the nominations forwarded
// to the council, opens it, records a ballot per item (workflow/actions.ts: recordCouncilBallot, a
// transition) and closes it. Each change is one transaction with its audit event; a closed session
// changes no more.

/** Days in refusals as people read them (dd/MM/yyyy). */
const dayOf = (iso: string) => iso.split('-').reverse().join('/');

function notClosed(session: CouncilSessionFacts): void {
  if (session.state === 'closed') throw new WorkflowError('council_session_closed');
}

async function sessionEvent(tx: Tx, ctx: ActionContext, grant: ReturnType<typeof requireCouncilSecretary>, action: string, sessionId: number, payload: Record<string, unknown>): Promise<void> {
  await appendAuditEvent(tx, { ...actorFields(ctx.viewer, grant), action, entityKind: 'council_session', entityId: sessionId, fromStatus: null, toStatus: null, reason: null, payload, ip: ctx.ip });
}

/** The secretary calls a session (date, place) of the council in force on that day; all its members
 * that day are the session's total, on which quorum and thresholds are counted. */
export async function createCouncilSession(ctx: ActionContext, input: CouncilSessionCreateInput): Promise<{ sessionId: number }> {
  const grant = ctx.viewer.grants.find((g) => g.role === 'council_secretary' && g.scopeKind === 'province' && g.unitId !== null);
  if (!grant) throw new WorkflowError('role_not_permitted', { roles: 'council_secretary' });
  return onceCouncil(ctx, 'council.create', async (tx) => {
    const council = await councilOn(tx, grant.unitId!, input.heldOn);
    if (!council) throw new WorkflowError('council_not_constituted', { date: dayOf(input.heldOn) });
    const members = await councilMembersOn(tx, council.id, input.heldOn);
    if (members.length === 0) throw new WorkflowError('council_not_constituted', { date: dayOf(input.heldOn) });
    const [row] = await tx
      .insert(councilSessions)
      .values({ councilId: council.id, heldOn: input.heldOn, location: input.location, state: 'planned', membersTotal: members.length, openedBy: ctx.viewer.id })
      .returning({ id: councilSessions.id });
    await sessionEvent(tx, ctx, grant, 'council_session_create', row!.id, { councilId: council.id, heldOn: input.heldOn, location: input.location, membersTotal: members.length });
    return { sessionId: row!.id };
  });
}

/** The attendance sheet: every member of the council on the session's day, present, voting in writing
 * (an absent member who sends a written vote) or absent. Editable until the session closes; each ballot
 * keeps the counts it was recorded with. */
export async function setCouncilAttendance(ctx: ActionContext, input: CouncilAttendanceInput): Promise<{ sessionId: number; present: number; writtenVotes: number; membersTotal: number; quorumMet: boolean }> {
  return onceCouncil(ctx, `council.attendance.${input.sessionId}`, async (tx) => {
    const session = await readableCouncilSession(tx, ctx.viewer, input.sessionId, 'update');
    const grant = requireCouncilSecretary(ctx.viewer, session);
    notClosed(session);
    const before = await sessionTally(tx, session);
    const ids = before.members.map((m) => m.memberId);
    const given = new Map(input.entries.map((e) => [e.memberId, e.attendance]));
    if (given.size !== input.entries.length || given.size !== ids.length || ids.some((id) => !given.has(id))) throw new WorkflowError('council_attendance_invalid', { membersTotal: ids.length });
    const changes = before.members.filter((m) => m.attendance !== given.get(m.memberId)).map((m) => ({ memberId: m.memberId, from: m.attendance, to: given.get(m.memberId)! }));
    for (const c of changes) {
      await tx
        .insert(councilAttendance)
        .values({ sessionId: session.id, memberId: c.memberId, attendance: c.to })
        .onConflictDoUpdate({ target: [councilAttendance.sessionId, councilAttendance.memberId], set: { attendance: c.to } });
    }
    const after = await sessionTally(tx, session);
    await sessionEvent(tx, ctx, grant, 'council_attendance', session.id, {
      changes,
      membersTotal: after.council.membersTotal,
      present: after.council.present,
      writtenVotes: after.council.writtenVotes,
      quorum: { pct: after.rule.pct, needed: after.quorum.needed, met: after.quorum.met },
    });
    return { sessionId: session.id, present: after.council.present, writtenVotes: after.council.writtenVotes, membersTotal: after.council.membersTotal, quorumMet: after.quorum.met };
  });
}

/** The secretary opens a called session: ballots may be recorded from now on. */
export async function openCouncilSession(ctx: ActionContext, input: CouncilSessionRefInput): Promise<{ sessionId: number }> {
  return onceCouncil(ctx, `council.open.${input.sessionId}`, async (tx) => {
    const session = await readableCouncilSession(tx, ctx.viewer, input.sessionId, 'update');
    const grant = requireCouncilSecretary(ctx.viewer, session);
    if (session.state !== 'planned') throw new WorkflowError(session.state === 'closed' ? 'council_session_closed' : 'council_session_not_planned');
    await tx.update(councilSessions).set({ state: 'open' }).where(eq(councilSessions.id, session.id));
    const tally = await sessionTally(tx, session);
    await sessionEvent(tx, ctx, grant, 'council_session_open', session.id, { present: tally.council.present, writtenVotes: tally.council.writtenVotes, membersTotal: tally.council.membersTotal, quorumMet: tally.quorum.met });
    return { sessionId: session.id };
  });
}

/** Puts nominations forwarded to the council on the agenda, after the items already there. Each must be
 * in the council's hands, of the session's province, and on no other open session's agenda. */
export async function addCouncilAgendaItems(ctx: ActionContext, input: CouncilAgendaAddInput): Promise<{ sessionId: number; added: number }> {
  return onceCouncil(ctx, `council.agenda.add.${input.sessionId}`, async (tx) => {
    const session = await readableCouncilSession(tx, ctx.viewer, input.sessionId, 'update');
    const grant = requireCouncilSecretary(ctx.viewer, session);
    notClosed(session);
    await lockCouncilAgendas(tx, session.councilId);
    const ids = [...new Set(input.nominationIds)];
    if (ids.length !== input.nominationIds.length) throw new WorkflowError('council_agenda_invalid');
    const references: string[] = [];
    for (const id of ids) {
      const n = await loadNominationFacts(tx, id);
      // A nomination outside the province reads as missing, whatever its status (S3).
      if (!n || !readGrant(ctx.viewer, n) || !n.proposingUnitPath.includes(session.provinceUnitId)) throw new WorkflowError('not_found');
      if (n.status !== IN_COUNCIL) throw new WorkflowError('council_agenda_invalid', { reference: n.reference });
      references.push(n.reference);
    }
    const [taken] = await openAgendasOf(tx, ids);
    if (taken) {
      const reference = references[ids.indexOf(taken.nominationId)] ?? '';
      throw new WorkflowError('council_agenda_taken', { reference, date: dayOf(taken.heldOn), sessionId: taken.sessionId });
    }
    const [last] = await tx.select({ position: max(councilAgendaItems.position) }).from(councilAgendaItems).where(eq(councilAgendaItems.sessionId, session.id));
    const start = last?.position ?? 0;
    await tx.insert(councilAgendaItems).values(ids.map((nominationId, i) => ({ sessionId: session.id, nominationId, position: start + i + 1 })));
    await sessionEvent(tx, ctx, grant, 'council_agenda_add', session.id, { nominationIds: ids, references });
    return { sessionId: session.id, added: ids.length };
  });
}

/** Takes an item off the agenda before its ballot (e.g. a nomination put on hold); the others close up. */
export async function removeCouncilAgendaItem(ctx: ActionContext, input: CouncilAgendaRemoveInput): Promise<{ sessionId: number }> {
  return onceCouncil(ctx, `council.agenda.remove.${input.sessionId}.${input.nominationId}`, async (tx) => {
    const session = await readableCouncilSession(tx, ctx.viewer, input.sessionId, 'update');
    const grant = requireCouncilSecretary(ctx.viewer, session);
    notClosed(session);
    await lockCouncilAgendas(tx, session.councilId);
    const items = await agendaOf(tx, session.id);
    if (!items.includes(input.nominationId)) throw new WorkflowError('council_not_on_agenda');
    const [voted] = await tx.select({ n: count() }).from(councilVotes).where(and(eq(councilVotes.sessionId, session.id), eq(councilVotes.nominationId, input.nominationId)));
    if ((voted?.n ?? 0) > 0) throw new WorkflowError('council_agenda_voted');
    await tx.delete(councilAgendaItems).where(and(eq(councilAgendaItems.sessionId, session.id), eq(councilAgendaItems.nominationId, input.nominationId)));
    const rest = items.filter((id) => id !== input.nominationId);
    await renumber(tx, session.id, rest);
    const n = await loadNominationFacts(tx, input.nominationId);
    await sessionEvent(tx, ctx, grant, 'council_agenda_remove', session.id, { nominationId: input.nominationId, reference: n?.reference ?? null });
    return { sessionId: session.id };
  });
}

/** The agenda in a new order: the same items, each once. */
export async function reorderCouncilAgenda(ctx: ActionContext, input: CouncilAgendaOrderInput): Promise<{ sessionId: number }> {
  return onceCouncil(ctx, `council.agenda.order.${input.sessionId}`, async (tx) => {
    const session = await readableCouncilSession(tx, ctx.viewer, input.sessionId, 'update');
    const grant = requireCouncilSecretary(ctx.viewer, session);
    notClosed(session);
    const items = await agendaOf(tx, session.id);
    const order = input.nominationIds;
    if (new Set(order).size !== order.length || order.length !== items.length || items.some((id) => !order.includes(id))) throw new WorkflowError('council_agenda_invalid');
    await renumber(tx, session.id, order);
    await sessionEvent(tx, ctx, grant, 'council_agenda_reorder', session.id, { order });
    return { sessionId: session.id };
  });
}

/** Closes the session once every agenda item has its ballot (or was taken off the agenda). The minutes
 * then record the session as it ended. */
export async function closeCouncilSession(ctx: ActionContext, input: CouncilSessionRefInput): Promise<{ sessionId: number }> {
  return onceCouncil(ctx, `council.close.${input.sessionId}`, async (tx) => {
    const session = await readableCouncilSession(tx, ctx.viewer, input.sessionId, 'update');
    const grant = requireCouncilSecretary(ctx.viewer, session);
    notClosed(session);
    const items = await agendaOf(tx, session.id);
    const votes = await tx.select({ nominationId: councilVotes.nominationId, passed: councilVotes.passed }).from(councilVotes).where(eq(councilVotes.sessionId, session.id));
    const unvoted = items.filter((id) => !votes.some((v) => v.nominationId === id));
    if (unvoted.length > 0) throw new WorkflowError('council_agenda_unvoted', { count: unvoted.length });
    await tx.update(councilSessions).set({ state: 'closed', closedAt: new Date() }).where(eq(councilSessions.id, session.id));
    const tally = await sessionTally(tx, session);
    await sessionEvent(tx, ctx, grant, 'council_session_close', session.id, {
      membersTotal: tally.council.membersTotal,
      present: tally.council.present,
      writtenVotes: tally.council.writtenVotes,
      items: votes.map((v) => ({ nominationId: v.nominationId, passed: v.passed })),
    });
    return { sessionId: session.id };
  });
}

async function agendaOf(tx: Tx, sessionId: number): Promise<number[]> {
  const rows = await tx.select({ id: councilAgendaItems.nominationId }).from(councilAgendaItems).where(eq(councilAgendaItems.sessionId, sessionId)).orderBy(asc(councilAgendaItems.position));
  return rows.map((r) => r.id);
}

async function renumber(tx: Tx, sessionId: number, order: number[]): Promise<void> {
  for (const [i, nominationId] of order.entries()) {
    await tx.update(councilAgendaItems).set({ position: i + 1 }).where(and(eq(councilAgendaItems.sessionId, sessionId), eq(councilAgendaItems.nominationId, nominationId)));
  }
}

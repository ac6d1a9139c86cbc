'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/app/actions/run-action';
import { addCouncilAgendaItems, closeCouncilSession, createCouncilSession, openCouncilSession, removeCouncilAgendaItem, reorderCouncilAgenda, setCouncilAttendance } from '@/db/queries/council-sessions';
import { recordCouncilBallot } from '@/db/queries/workflow/actions';
import { ZCouncilAgendaAdd, ZCouncilAgendaOrder, ZCouncilAgendaRemove, ZCouncilAttendance, ZCouncilSessionCreate, ZCouncilSessionRef } from '@/lib/validation/council';
import { ZCouncilBallot } from '@/lib/validation/workflow';

// The council's sessions: thin actions, each one data-access call that authorizes (architecture.md
// rule 2). Inputs are plain objects (the attendance sheet and the agenda are lists), parsed by the
// shared schemas.

function refresh() {
  revalidatePath('/council', 'layout');
}

export async function createCouncilSessionAction(input: unknown) {
  const result = await runAction(ZCouncilSessionCreate, input as Record<string, unknown>, createCouncilSession);
  if (result.ok) refresh();
  return result;
}

export async function setCouncilAttendanceAction(input: unknown) {
  const result = await runAction(ZCouncilAttendance, input as Record<string, unknown>, setCouncilAttendance);
  if (result.ok) refresh();
  return result;
}

export async function openCouncilSessionAction(input: unknown) {
  const result = await runAction(ZCouncilSessionRef, input as Record<string, unknown>, openCouncilSession);
  if (result.ok) refresh();
  return result;
}

export async function addCouncilAgendaAction(input: unknown) {
  const result = await runAction(ZCouncilAgendaAdd, input as Record<string, unknown>, addCouncilAgendaItems);
  if (result.ok) refresh();
  return result;
}

export async function removeCouncilAgendaAction(input: unknown) {
  const result = await runAction(ZCouncilAgendaRemove, input as Record<string, unknown>, removeCouncilAgendaItem);
  if (result.ok) refresh();
  return result;
}

export async function reorderCouncilAgendaAction(input: unknown) {
  const result = await runAction(ZCouncilAgendaOrder, input as Record<string, unknown>, reorderCouncilAgenda);
  if (result.ok) refresh();
  return result;
}

/** The ballot is a workflow transition: the nomination's pages and lists change too. */
export async function recordCouncilBallotAction(input: unknown) {
  const result = await runAction(ZCouncilBallot, input as Record<string, unknown>, recordCouncilBallot);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function closeCouncilSessionAction(input: unknown) {
  const result = await runAction(ZCouncilSessionRef, input as Record<string, unknown>, closeCouncilSession);
  if (result.ok) refresh();
  return result;
}

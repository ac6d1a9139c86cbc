import { z } from 'zod';
import { ATTENDANCE } from '@/lib/domain/constants';

// The provincial council's sessions (domain.md §4, §6 record ballot): one schema per form, shared by
// the pages and the actions. Lists arrive from the client as arrays; FormData numbers are coerced.
// The ballot itself is ZCouncilBallot (lib/validation/workflow.ts): it is a workflow transition.

const id = z.coerce.number().int().positive();
const idempotencyKey = z.uuid();

/** The secretary calls a session of the council in force on that day. */
export const ZCouncilSessionCreate = z.strictObject({
  idempotencyKey,
  heldOn: z.iso.date('invalid_date'),
  location: z.string().trim().min(3, 'required').max(300, 'too_long'),
});
export type CouncilSessionCreateInput = z.infer<typeof ZCouncilSessionCreate>;

export const ZCouncilSessionRef = z.strictObject({ idempotencyKey, sessionId: id });
export type CouncilSessionRefInput = z.infer<typeof ZCouncilSessionRef>;

/** The whole attendance sheet: one entry per member of the council on the session's day. */
export const ZCouncilAttendance = z.strictObject({
  idempotencyKey,
  sessionId: id,
  entries: z
    .array(z.strictObject({ memberId: id, attendance: z.enum(ATTENDANCE) }))
    .min(1, 'required')
    .max(200),
});
export type CouncilAttendanceInput = z.infer<typeof ZCouncilAttendance>;

/** Nominations forwarded to the council, put on the agenda (after the items already there). */
export const ZCouncilAgendaAdd = z.strictObject({
  idempotencyKey,
  sessionId: id,
  nominationIds: z.array(id).min(1, 'required').max(300),
});
export type CouncilAgendaAddInput = z.infer<typeof ZCouncilAgendaAdd>;

export const ZCouncilAgendaRemove = z.strictObject({ idempotencyKey, sessionId: id, nominationId: id });
export type CouncilAgendaRemoveInput = z.infer<typeof ZCouncilAgendaRemove>;

/** The agenda in its new order: every item of the session, each once. */
export const ZCouncilAgendaOrder = z.strictObject({
  idempotencyKey,
  sessionId: id,
  nominationIds: z.array(id).min(1, 'required').max(300),
});
export type CouncilAgendaOrderInput = z.infer<typeof ZCouncilAgendaOrder>;

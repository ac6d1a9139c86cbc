import { z } from 'zod';

// The bloc's ballot (domain.md §3.4): one schema per form, shared by the pages and the actions.
// Lists arrive from the client as arrays; FormData numbers are coerced.

const id = z.coerce.number().int().positive();
const count = z.coerce.number().int().min(0).max(10_000);
const idempotencyKey = z.uuid();

/** The lead calls a session: the day, who is present, the candidates in the lead's order. The round
 * number is not asked: it is the next round of the bloc-year, and a third is refused. */
export const ZBlocSessionCreate = z.strictObject({
  idempotencyKey,
  blocTermId: id,
  mode: z.enum(['paper', 'electronic']),
  heldOn: z.iso.date('invalid_date'),
  /** Present member units (their heads vote in an electronic ballot). */
  presentUnitIds: z.array(id).min(1, 'required').max(200),
  /** Nomination ids in the order the lead (or the scoreboard) ranks them; empty is refused. */
  candidateIds: z.array(id).min(1, 'required').max(200),
});
export type BlocSessionCreateInput = z.infer<typeof ZBlocSessionCreate>;

export const ZBlocSessionRef = z.strictObject({ idempotencyKey, sessionId: id });
export type BlocSessionRefInput = z.infer<typeof ZBlocSessionRef>;

/** A present member unit's head casts the unit's ballot: for or against every candidate, once. */
export const ZBlocBallotCast = z.strictObject({
  idempotencyKey,
  sessionId: id,
  choices: z.array(z.strictObject({ nominationId: id, approve: z.boolean() })).min(1, 'required').max(200),
});
export type BlocBallotCastInput = z.infer<typeof ZBlocBallotCast>;

/** Closing a paper session records the counted paper ballots per candidate; an electronic one counts itself. */
export const ZBlocSessionClose = z.strictObject({
  idempotencyKey,
  sessionId: id,
  paperTallies: z.array(z.strictObject({ nominationId: id, votesFor: count, votesAgainst: count })).max(200).optional(),
});
export type BlocSessionCloseInput = z.infer<typeof ZBlocSessionClose>;

/** After round 2 the head and deputy decide on an undecided candidate and say why. */
export const ZBlocLeadDecision = z.strictObject({
  idempotencyKey,
  sessionId: id,
  nominationId: id,
  chosen: z.boolean(),
  reason: z.string().trim().min(10, 'too_short').max(2_000, 'too_long'),
});
export type BlocLeadDecisionInput = z.infer<typeof ZBlocLeadDecision>;

/** The lead endorses a candidate the bloc chose (by ballot or lead decision) to appraisal. */
export const ZBlocBallotEndorse = z.strictObject({
  idempotencyKey,
  nominationId: id,
  version: z.coerce.number().int().positive(),
});
export type BlocBallotEndorseInput = z.infer<typeof ZBlocBallotEndorse>;

import { z } from 'zod';
import { HOLD_KINDS } from '@/lib/domain/hold-kinds';

// One schema per form (architecture.md rule 8), used by the page's form and by the server action.
// FormData carries strings: z.coerce turns them into numbers.

const id = z.coerce.number().int().positive();
const count = z.coerce.number().int().min(0).max(10_000);
const reason = z.string().trim().max(2_000, 'too_long');

const base = {
  nominationId: id,
  version: z.coerce.number().int().positive(),
  idempotencyKey: z.uuid(),
};

/** Actions that need nothing but, where the table says so, a reason. */
export const ZSimpleAction = z
  .strictObject({
    ...base,
    action: z.enum(['submit', 'withdraw', 'return', 'resubmit', 'decline', 'forward', 'reject', 'hold', 'release', 'close_notice']),
    reason: reason.optional(),
    /** The unit head confirms submitting a nomination that fails an eligibility check; the failure travels with it. */
    acknowledgeIneligible: z.literal('true').optional(),
    /** Putting on hold: the kind of matter that holds it, kept in the audit event for the queue and the inspectors. */
    holdKind: z.enum(HOLD_KINDS).optional(),
  })
  .superRefine((input, ctx) => {
    // The hold form always names its kind; no other action carries one.
    if (input.action === 'hold' && !input.holdKind) ctx.addIssue({ code: 'custom', path: ['holdKind'], message: 'required' });
    if (input.action !== 'hold' && input.holdKind) ctx.addIssue({ code: 'custom', path: ['holdKind'], message: 'not_allowed' });
  });
export type SimpleActionInput = z.infer<typeof ZSimpleAction>;

/** The bloc's paper ballot, recorded as it endorses (more than half of the member units by default). */
export const ZBlocEndorsement = z.strictObject({
  ...base,
  membersTotal: count.min(1),
  votesFor: count,
  votesAgainst: count,
});
export type BlocEndorsementInput = z.infer<typeof ZBlocEndorsement>;

/** The council's ballot on one agenda item of an open session: the votes only. Who was present and
 * who voted in writing come from the session's attendance, never typed again; thresholds count all
 * members. */
export const ZCouncilBallot = z.strictObject({
  ...base,
  sessionId: id,
  votesFor: count,
  votesAgainst: count,
});
export type CouncilBallotInput = z.infer<typeof ZCouncilBallot>;

export const ZRevocation = z.strictObject({
  ...base,
  reason: reason.min(1, 'required'),
  ground: z.enum(['false_achievements', 'forged_documents', 'unlawful_procedure']),
});
export type RevocationInput = z.infer<typeof ZRevocation>;

// A decision of the Chairman (Số: NNN/QĐ-UBND) and its draft: lib/validation/decision.ts.

/** Removing a document from a dossier still in the unit's hands. */
export const ZDocumentRemoval = z.strictObject({ documentId: id });

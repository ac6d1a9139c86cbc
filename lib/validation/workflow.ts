import { z } from 'zod';

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
export const ZSimpleAction = z.strictObject({
  ...base,
  action: z.enum(['submit', 'withdraw', 'return', 'resubmit', 'decline', 'forward', 'reject', 'hold', 'release', 'close_notice']),
  reason: reason.optional(),
  /** The unit head confirms submitting a nomination that fails an eligibility check; the failure travels with it. */
  acknowledgeIneligible: z.literal('true').optional(),
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

/** The council's secret ballot on one nomination; thresholds count all members. */
export const ZCouncilBallot = z.strictObject({
  ...base,
  present: count,
  writtenVotes: count,
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

/** A decision of the Chairman covering several nominations (Số: NNN/QĐ-UBND). */
export const ZDecision = z.strictObject({
  idempotencyKey: z.uuid(),
  number: z.string().trim().regex(/^\d{1,5}\/QĐ-UBND$/, 'decision_number'),
  signedOn: z.iso.date(),
  signerName: z.string().trim().min(1, 'required').max(200, 'too_long'),
  signerTitleVi: z.string().trim().min(1, 'required').max(200, 'too_long'),
  signerTitleEn: z.string().trim().min(1, 'required').max(200, 'too_long'),
  legalBases: z.string().trim().min(1, 'required').max(4_000, 'too_long'),
  nominations: z.array(z.strictObject({ id, version: z.coerce.number().int().positive() })).min(1, 'required').max(500),
});
export type DecisionInput = z.infer<typeof ZDecision>;

/** Removing a document from a dossier still in the unit's hands. */
export const ZDocumentRemoval = z.strictObject({ documentId: id });

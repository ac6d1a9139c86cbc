import { z } from 'zod';

// The approver's decision (domain.md §6): built as a draft from nominations awaiting one, edited,
// then issued. One schema per form (architecture.md rule 8), used by the form and by the action.

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();

/** Số: NNN/QĐ-UBND. Typed text may arrive decomposed (Đ as D + a combining mark): compared composed. */
export const DECISION_NUMBER_PATTERN = /^\d{1,5}\/QĐ-UBND$/;
const decisionNumber = z
  .string()
  .trim()
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ''))
  .pipe(z.string().regex(DECISION_NUMBER_PATTERN, 'decision_number'));

const line = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');

/** The header of a decision: number, date, signer, legal bases (one per line, or separated by ";"). */
export const decisionHeader = {
  number: decisionNumber,
  signedOn: z.iso.date('date'),
  signerName: line(200),
  signerTitleVi: line(200),
  signerTitleEn: line(200),
  legalBases: line(4_000),
};

const nominationRefs = z.array(z.strictObject({ id, version })).min(1, 'required').max(500, 'too_many');

/** A decision drafted from nominations awaiting one. */
export const ZDecisionDraft = z.strictObject({ idempotencyKey: z.uuid(), ...decisionHeader, nominations: nominationRefs });
export type DecisionDraftInput = z.infer<typeof ZDecisionDraft>;

/** A decision drafted and issued at once (the older path, kept for scripts and tests). */
export const ZDecision = ZDecisionDraft;
export type DecisionInput = z.infer<typeof ZDecision>;

/** The draft's header, edited before it is issued. */
export const ZDecisionHeaderUpdate = z.strictObject({ decisionId: id, ...decisionHeader });
export type DecisionHeaderUpdateInput = z.infer<typeof ZDecisionHeaderUpdate>;

/** Taking a nomination out of a draft (it stays awaiting a decision). */
export const ZDecisionItemRemoval = z.strictObject({ decisionId: id, nominationId: id });
export type DecisionItemRemovalInput = z.infer<typeof ZDecisionItemRemoval>;

/** Declining a nomination of a draft: the `reject` transition from awaiting_decision, with a reason. */
export const ZDecisionItemDecline = z.strictObject({
  decisionId: id,
  nominationId: id,
  version,
  idempotencyKey: z.uuid(),
  reason: z.string().trim().min(1, 'required').max(2_000, 'too_long'),
});
export type DecisionItemDeclineInput = z.infer<typeof ZDecisionItemDecline>;

/** Issuing a draft. `fingerprint` is what the person saw: a draft changed since is a conflict. */
export const ZDecisionIssue = z.strictObject({
  decisionId: id,
  idempotencyKey: z.uuid(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DecisionIssueInput = z.infer<typeof ZDecisionIssue>;

/** Discarding a draft frees its number; its nominations stay awaiting a decision. */
export const ZDecisionDiscard = z.strictObject({ decisionId: id });
export type DecisionDiscardInput = z.infer<typeof ZDecisionDiscard>;

/** A verification code as printed (decision or certificate), typed by anyone: letters, digits, dashes. */
export function normalizeVerificationCode(raw: string): string | null {
  const code = raw.normalize('NFC').trim().toUpperCase().replace(/\s+/g, '');
  return /^[A-Z0-9]([A-Z0-9-]{4,38})[A-Z0-9]$/.test(code) ? code : null;
}

/** The legal bases as lines: one per line, or separated by semicolons as older records keep them. */
export function legalBasisLines(text: string): string[] {
  return text
    .split(/\r?\n|;/)
    .map((s) => s.trim().replace(/[.;,]+$/, '').trim())
    .filter(Boolean);
}

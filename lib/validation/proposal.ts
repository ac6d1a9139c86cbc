import { z } from 'zod';

// Proposals upward (issue 6 §6): the Chairman's submission letter to the central body and, later,
// the central body's answer. One schema per form, used by the page's form and by the server action.

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');

/** Whom the province addresses by default: the Prime Minister decides the Government flag, the
 * Prime Minister's certificate and the national emulation fighter; the file goes through the
 * Ministry of Home Affairs. */
export const DEFAULT_RECIPIENT_BODY = 'Thủ tướng Chính phủ (qua Bộ Nội vụ)';

/** "215/TTr-UBND": the number of a submission letter of the Provincial People's Committee. */
export const SUBMISSION_NUMBER = /^\d{1,5}\/TTr-UBND$/;

export const ZProposalSubmission = z.strictObject({
  idempotencyKey: z.uuid(),
  nominationId: id,
  /** The nomination's version the approver saw: a nomination put on hold meanwhile is a conflict. */
  version,
  recipientBody: required(300),
  submissionNumber: z.string().trim().regex(SUBMISSION_NUMBER, 'submission_number'),
  submittedOn: z.iso.date('date'),
  signerName: required(200),
});
export type ProposalSubmissionInput = z.infer<typeof ZProposalSubmission>;

export const CENTRAL_ANSWERS = ['accepted', 'refused'] as const;

/** The central body's answer: its act (e.g. "Quyết định số 123/QĐ-TTg") and date; a refusal says why,
 * and that reason is the reason of the nomination's rejection. */
export const ZCentralAnswer = z
  .strictObject({
    idempotencyKey: z.uuid(),
    proposalId: id,
    version,
    answer: z.enum(CENTRAL_ANSWERS, 'required'),
    answeredOn: z.iso.date('date'),
    reference: required(300),
    note: z.string().trim().max(2_000, 'too_long').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.answer === 'refused' && (value.note ?? '').length < 10) ctx.addIssue({ code: 'custom', path: ['note'], message: 'refusal_reason' });
  });
export type CentralAnswerInput = z.infer<typeof ZCentralAnswer>;

/** Who conferred the award, for the award history: the body addressed, without the channel the
 * file went through ("Thủ tướng Chính phủ (qua Bộ Nội vụ)" → "Thủ tướng Chính phủ"). */
export function centralIssuer(recipientBody: string): string {
  const issuer = recipientBody.replace(/\s*\((qua|through)\b[^)]*\)\s*$/i, '').trim();
  return issuer || recipientBody.trim();
}

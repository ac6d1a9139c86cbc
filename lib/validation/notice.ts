import { z } from 'zod';

// The public notice's forms (issue 6 §4): a comment from the public, the appraiser's answer, closing
// the notice. One schema per form, used by the page's form and by the server action.

const id = z.coerce.number().int().positive();

/** What a comment from the public may hold; the page shows the same limits it enforces. */
export const COMMENT_LIMITS = {
  authorName: { min: 2, max: 120 },
  contact: { max: 200 },
  body: { min: 10, max: 2000 },
} as const;

/** A candidate as the public pages name it: an opaque token, never the nomination's id or reference. */
export const CANDIDATE_TOKEN = /^[0-9a-f]{20}$/;

/** The honeypot field's name: hidden from people (and from assistive technology), filled by bots. */
export const HONEYPOT_FIELD = 'website';

export const ZNoticeComment = z.strictObject({
  noticeId: id,
  candidate: z.string().regex(CANDIDATE_TOKEN, 'invalid'),
  authorName: z.string().trim().min(COMMENT_LIMITS.authorName.min, 'too_short').max(COMMENT_LIMITS.authorName.max, 'too_long'),
  /** Kept for the appraiser only: never shown on a public page. */
  contact: z
    .string()
    .trim()
    .max(COMMENT_LIMITS.contact.max, 'too_long')
    .optional()
    .transform((v) => (v ? v : null)),
  body: z.string().trim().min(COMMENT_LIMITS.body.min, 'too_short').max(COMMENT_LIMITS.body.max, 'too_long'),
  [HONEYPOT_FIELD]: z.string().max(2000).optional(),
});
export type NoticeCommentInput = z.infer<typeof ZNoticeComment>;

export const ZNoticeAnswer = z.strictObject({
  commentId: id,
  answer: z.string().trim().min(10, 'too_short').max(2000, 'too_long'),
});
export type NoticeAnswerInput = z.infer<typeof ZNoticeAnswer>;

/** Closing a notice moves the candidates the appraiser saw: a candidate added or changed since is a conflict. */
export const ZNoticeClose = z.strictObject({
  noticeId: id,
  idempotencyKey: z.uuid(),
  candidates: z
    .array(z.strictObject({ nominationId: id, version: z.coerce.number().int().positive() }))
    .max(1000, 'too_many'),
});
export type NoticeCloseInput = z.infer<typeof ZNoticeClose>;

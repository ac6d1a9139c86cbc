import type { NominationStatus } from '@/lib/domain/constants';

/** Statuses grouped as the home pages and lists present them. Kept beside the transition table so
 * that the workflow's vocabulary lives in one module. */
export const UNIT_ACTION_STATUSES: readonly NominationStatus[] = ['draft', 'returned'];
export const UNDER_REVIEW_STATUSES: readonly NominationStatus[] = ['bloc_review', 'appraisal', 'on_hold', 'council', 'public_notice', 'awaiting_decision'];
export const PROVINCE_QUEUE_STATUSES: readonly NominationStatus[] = ['appraisal', 'on_hold', 'public_notice'];
export const CLOSED_STATUSES: readonly NominationStatus[] = ['approved', 'not_endorsed', 'rejected', 'withdrawn', 'revoked'];

export const BLOC_REVIEW: NominationStatus = 'bloc_review';
export const IN_APPRAISAL: NominationStatus = 'appraisal';
export const ON_HOLD: NominationStatus = 'on_hold';
export const IN_PUBLIC_NOTICE: NominationStatus = 'public_notice';
export const IN_COUNCIL: NominationStatus = 'council';
export const AWAITING_DECISION: NominationStatus = 'awaiting_decision';
export const APPROVED: NominationStatus = 'approved';

/** Where a nomination is once its bloc has endorsed it: these count against the bloc's quota. */
export const PAST_BLOC_STATUSES: readonly NominationStatus[] = ['appraisal', 'on_hold', 'council', 'public_notice', 'awaiting_decision', 'approved'];

/** Where the proposing unit may still add or remove documents. */
export const DOSSIER_EDITABLE: readonly NominationStatus[] = ['draft', 'returned'];

import type { NominationStatus, ReviewBody, Role } from '@/lib/domain/constants';

/** Named guards: conditions checked by the data access layer against the record and the rules
 * (lib/rules). The table names them; their meaning lives in one place each. */
export type GuardName =
  | 'award_open_in_round'
  | 'nominee_in_scope'
  | 'required_documents_present'
  | 'summary_present'
  | 'eligibility_confirmed'
  | 'before_round_deadline'
  | 'province_returns_once'
  | 'requested_items_supplied'
  | 'bloc_ballot_passed'
  | 'within_bloc_quota'
  | 'eligibility_passed_or_overridden'
  | 'council_quorum_met'
  | 'notice_window_elapsed'
  | 'notice_comments_answered'
  | 'inside_decision'
  | 'central_answer_accepted'
  | 'no_proposal_pending'
  | 'legal_ground_given';

export type WorkflowAction =
  | 'create'
  | 'submit'
  | 'withdraw'
  | 'return'
  | 'resubmit'
  | 'endorse'
  | 'decline'
  | 'forward'
  | 'reject'
  | 'hold'
  | 'release'
  | 'record_ballot'
  | 'close_notice'
  | 'approve'
  | 'revoke';

/** A target given as 'origin' means "the status recorded when the nomination left it" (a returned
 * nomination goes back where it was returned from; a released one where it was held from). A target
 * given as 'by_route' means bloc_review for awards routed through a bloc, appraisal otherwise. */
export type Target = NominationStatus | 'origin' | 'by_route' | 'by_ballot';

export interface Transition {
  action: WorkflowAction;
  from: readonly (NominationStatus | null)[];
  to: readonly NominationStatus[];
  resolve?: Target;
  roles: readonly Role[];
  guards: readonly GuardName[];
  /** Where the award's review body changes what the transition asks: these guards replace `guards`
   * for awards of that review body. Approving is one transition, but the province approves its own
   * awards inside its decision and an award it only proposes upward when the central body accepts. */
  guardsByReviewBody?: Partial<Record<ReviewBody, readonly GuardName[]>>;
  requiresReason: boolean;
}

/** THE transition table of shared/domain.md §6. Pages, the data access layer, the docs and the
 * tests all read it; nothing else compares status strings. */
export const TRANSITIONS: readonly Transition[] = [
  { action: 'create', from: [null], to: ['draft'], roles: ['unit_officer', 'unit_head'], guards: ['award_open_in_round', 'nominee_in_scope'], requiresReason: false },
  { action: 'submit', from: ['draft'], to: ['bloc_review', 'appraisal'], resolve: 'by_route', roles: ['unit_head'], guards: ['required_documents_present', 'summary_present', 'before_round_deadline', 'eligibility_confirmed'], requiresReason: false },
  { action: 'withdraw', from: ['draft', 'bloc_review', 'returned'], to: ['withdrawn'], roles: ['unit_head'], guards: [], requiresReason: true },
  { action: 'return', from: ['bloc_review'], to: ['returned'], roles: ['bloc_lead'], guards: [], requiresReason: true },
  { action: 'return', from: ['appraisal'], to: ['returned'], roles: ['appraiser'], guards: ['province_returns_once'], requiresReason: true },
  { action: 'resubmit', from: ['returned'], to: ['bloc_review', 'appraisal'], resolve: 'origin', roles: ['unit_head'], guards: ['requested_items_supplied', 'summary_present', 'eligibility_confirmed'], requiresReason: false },
  { action: 'endorse', from: ['bloc_review'], to: ['appraisal'], roles: ['bloc_lead'], guards: ['bloc_ballot_passed', 'within_bloc_quota'], requiresReason: false },
  { action: 'decline', from: ['bloc_review'], to: ['not_endorsed'], roles: ['bloc_lead'], guards: [], requiresReason: true },
  { action: 'forward', from: ['appraisal'], to: ['council'], roles: ['appraiser'], guards: ['eligibility_passed_or_overridden'], requiresReason: false },
  { action: 'reject', from: ['appraisal'], to: ['rejected'], roles: ['appraiser'], guards: [], requiresReason: true },
  { action: 'reject', from: ['council'], to: ['rejected'], roles: ['council_secretary'], guards: [], requiresReason: true },
  { action: 'reject', from: ['awaiting_decision'], to: ['rejected'], roles: ['approver'], guards: [], guardsByReviewBody: { upward: ['no_proposal_pending'] }, requiresReason: true },
  { action: 'hold', from: ['appraisal', 'council', 'public_notice', 'awaiting_decision'], to: ['on_hold'], roles: ['appraiser'], guards: [], requiresReason: true },
  { action: 'release', from: ['on_hold'], to: ['appraisal', 'council', 'public_notice', 'awaiting_decision'], resolve: 'origin', roles: ['appraiser'], guards: [], requiresReason: true },
  { action: 'record_ballot', from: ['council'], to: ['public_notice', 'awaiting_decision', 'rejected'], resolve: 'by_ballot', roles: ['council_secretary'], guards: ['council_quorum_met'], requiresReason: false },
  { action: 'close_notice', from: ['public_notice'], to: ['awaiting_decision'], roles: ['appraiser'], guards: ['notice_window_elapsed', 'notice_comments_answered'], requiresReason: false },
  { action: 'approve', from: ['awaiting_decision'], to: ['approved'], roles: ['approver'], guards: ['inside_decision'], guardsByReviewBody: { upward: ['central_answer_accepted'] }, requiresReason: false },
  { action: 'revoke', from: ['approved'], to: ['revoked'], roles: ['approver'], guards: ['legal_ground_given'], requiresReason: true },
];

export const TERMINAL_STATUSES: readonly NominationStatus[] = ['not_endorsed', 'rejected', 'withdrawn', 'revoked'];

/** The transitions that leave `status` (or create, for null). */
export function transitionsFrom(status: NominationStatus | null): Transition[] {
  return TRANSITIONS.filter((t) => t.from.includes(status));
}

/** The transition for `action` from `status` that `role` may take, if any. */
export function findTransition(action: WorkflowAction, status: NominationStatus | null, role?: Role): Transition | undefined {
  return TRANSITIONS.find((t) => t.action === action && t.from.includes(status) && (role === undefined || t.roles.includes(role)));
}

/** The guards `transition` asks of a nomination whose award has `reviewBody`. */
export function guardsFor(transition: Transition, reviewBody: ReviewBody): readonly GuardName[] {
  return transition.guardsByReviewBody?.[reviewBody] ?? transition.guards;
}

/** Every guard a transition may ask, whatever the review body (for the docs and the tests). */
export function allGuardsOf(transition: Transition): GuardName[] {
  const replaced = Object.values(transition.guardsByReviewBody ?? {}).flatMap((guards) => guards ?? []);
  return [...new Set([...transition.guards, ...replaced])];
}

export function isTerminal(status: NominationStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/** Statuses in which a nomination awaits someone's action (not draft, not terminal, not approved). */
export function isInProgress(status: NominationStatus): boolean {
  return !isTerminal(status) && status !== 'draft' && status !== 'approved';
}

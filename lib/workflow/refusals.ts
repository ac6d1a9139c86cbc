import type { PolicyRefusal } from '@/lib/policy/can';

/** Why a workflow action was refused. Each has a message in both languages (messages `refusals.*`)
 * that says why and what to do next (quality.md U5); business rules also name their legal basis. */
export type WorkflowRefusal =
  | PolicyRefusal
  | 'not_found'
  | 'conflict'
  | 'reason_required'
  | 'returned_once_already'
  | 'documents_missing'
  | 'deadline_passed'
  | 'bloc_ballot_missing'
  | 'bloc_ballot_failed'
  | 'bloc_quota_reached'
  | 'quorum_not_met'
  | 'ballot_counts_invalid'
  | 'notice_still_running'
  | 'notice_comments_unanswered'
  | 'legal_ground_required'
  | 'decision_required'
  | 'decision_number_taken'
  | 'award_not_open'
  | 'nominee_out_of_scope'
  | 'nominee_kind_mismatch'
  | 'no_bloc_for_unit'
  | 'summary_too_short'
  | 'eligibility_unconfirmed'
  | 'report_already_submitted'
  | 'bloc_rules_locked'
  | 'eligibility_override_required'
  | 'invalid_input'
  | 'agreement_already_accepted'
  | 'agreement_superseded'
  | 'no_agreement'
  | 'scoring_closed'
  | 'score_over_max'
  | 'score_own_unit'
  | 'peer_scoring_disabled'
  | 'bloc_round_limit'
  | 'bloc_round_order'
  | 'bloc_candidate_invalid'
  | 'bloc_attendance_invalid'
  | 'bloc_session_not_planned'
  | 'bloc_session_not_open'
  | 'bloc_not_present'
  | 'bloc_choices_incomplete'
  | 'bloc_already_voted'
  | 'bloc_lead_decision_premature'
  | 'bloc_lead_decision_exists'
  // Proposals upward (the province proposes; the central body decides).
  | 'award_proposed_upward'
  | 'award_not_upward'
  | 'proposal_exists'
  | 'proposal_number_taken'
  | 'proposal_already_answered'
  | 'proposal_date_invalid'
  | 'answer_date_invalid'
  | 'proposal_awaiting_answer'
  // The public notice (issue 6 §4): comments from the public, answers, closing; the award catalogue's setting.
  | 'notice_not_running'
  | 'notice_comment_rate_limited'
  | 'notice_comment_ceiling'
  | 'notice_comment_answered_already'
  | 'notice_window_not_run'
  | 'notice_unanswered'
  | 'notice_closed_already'
  | 'notice_days_below_round'
  // The provincial council's sessions (issue 6 §3): calling, attendance, agenda, ballots, closing.
  | 'council_not_constituted'
  | 'council_session_closed'
  | 'council_session_not_planned'
  | 'council_session_not_open'
  | 'council_attendance_invalid'
  | 'council_agenda_invalid'
  | 'council_agenda_taken'
  | 'council_agenda_voted'
  | 'council_agenda_unvoted'
  | 'council_not_on_agenda'
  | 'council_standing_committee_absent'
  // The approver's decision (issue 6 §5): drafts, their items, issuing.
  | 'decision_item_elsewhere'
  | 'decision_not_draft'
  | 'decision_empty'
  | 'decision_item_not_awaiting'
  | 'decision_no_base_salary'
  | 'decision_changed';

/** A refusal the person can act on; thrown by the data access layer, shown by the page. */
export class WorkflowError extends Error {
  constructor(
    readonly refusal: WorkflowRefusal,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`workflow refused: ${refusal}`);
    this.name = 'WorkflowError';
  }
}

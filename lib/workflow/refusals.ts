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
  | 'bloc_lead_decision_exists';

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

// Enumerations of the domain (shared/domain.md). These are the vocabularies the database enums are
// built from, so the database, the zod schemas and the UI agree on one spelling.

export const NOMINATION_STATUSES = [
  'draft',
  'bloc_review',
  'returned',
  'appraisal',
  'on_hold',
  'council',
  'public_notice',
  'awaiting_decision',
  'approved',
  'not_endorsed',
  'rejected',
  'withdrawn',
  'revoked',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const ROLES = [
  'unit_officer',
  'unit_head',
  'bloc_lead',
  'appraiser',
  'council_secretary',
  'approver',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** A role is held within a scope: a unit (and its sub-units), a bloc for one year, or the province. */
export const SCOPE_KINDS = ['unit', 'bloc_term', 'province'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const UNIT_KINDS = [
  'province',
  'department',
  'district',
  'city',
  'town',
  'commune',
  'ward',
  'agency',
  'organisation',
  'enterprise',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const LINEAGE_KINDS = ['merge', 'split', 'rename', 'transfer'] as const;
export type LineageKind = (typeof LINEAGE_KINDS)[number];

export const BLOC_KINDS = ['cluster', 'bloc'] as const;
export type BlocKind = (typeof BLOC_KINDS)[number];

export const AWARD_TARGETS = ['collective', 'individual', 'household'] as const;
export type AwardTarget = (typeof AWARD_TARGETS)[number];

export const AWARD_ROUTES = ['bloc', 'unit'] as const;
export type AwardRoute = (typeof AWARD_ROUTES)[number];

/** Who reviews an award at the province: a secret council ballot, the council's standing
 * committee (no ballot), or the province only proposes it upward to a ministry. */
export const REVIEW_BODIES = ['council_ballot', 'standing_committee', 'upward'] as const;
export type ReviewBody = (typeof REVIEW_BODIES)[number];

/** Vote thresholds count all members (Decree 98/2023 Art. 30(7)) unless a rule says otherwise. */
export const VOTE_BASES = ['all_members', 'present'] as const;
export type VoteBasis = (typeof VOTE_BASES)[number];

export const NOMINEE_KINDS = ['unit', 'person', 'household'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

export const DOCUMENT_KINDS = [
  'submission_letter',
  'achievement_report',
  'meeting_minutes',
  'ballot_result',
  'bloc_minutes',
  'bloc_ballot_result',
  'initiative_certificate',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Titles and awards kept in the award history. The lower titles are decided inside units and are
 * recorded because higher awards require them (Law 06/2022/QH15 Arts. 21–27). */
export const TITLE_CODES = [
  'grassroots_fighter',
  'advanced_worker',
  'advanced_collective',
  'excellent_completion',
  'excellent_collective',
  'provincial_fighter',
  'provincial_flag',
  'certificate_individual',
  'certificate_collective',
  'certificate_household',
  'government_flag',
  'pm_certificate',
  'national_fighter',
] as const;
export type TitleCode = (typeof TITLE_CODES)[number];

export const RESTRICTION_KINDS = ['discipline', 'investigation', 'inspection', 'complaint'] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

export const INITIATIVE_SCOPES = ['unit', 'sector', 'province', 'national'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];

export const ROUND_KINDS = ['year_end', 'education_year', 'thematic', 'ad_hoc'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const ROUND_STATES = ['planned', 'open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const SCORER_KINDS = ['self', 'head', 'deputy', 'peer', 'department'] as const;
export type ScorerKind = (typeof SCORER_KINDS)[number];

export const CRITERION_KINDS = ['criterion', 'bonus', 'deduction'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export const SCORING_METHODS = ['manual', 'target', 'linear'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

export const REPORT_PERIODS = ['mid_year', 'year_end'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export const BALLOT_MODES = ['paper', 'electronic'] as const;
export const SESSION_STATES = ['planned', 'open', 'closed'] as const;
export const ATTENDANCE = ['present', 'written_vote', 'absent'] as const;
export const COUNCIL_POSITIONS = ['chair', 'vice_chair', 'standing_member', 'member', 'secretary'] as const;
export const DECISION_STATES = ['draft', 'issued'] as const;
export const NOTICE_STATES = ['running', 'closed'] as const;
/** The central body's answer to a proposal upward (Government flag, Prime Minister's certificate,
 * national emulation fighter): the province only proposes; the outcome is recorded when it answers. */
export const PROPOSAL_ANSWERS = ['pending', 'accepted', 'refused'] as const;
export type ProposalAnswer = (typeof PROPOSAL_ANSWERS)[number];

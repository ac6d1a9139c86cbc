CREATE TYPE "public"."attendance" AS ENUM('present', 'written_vote', 'absent');--> statement-breakpoint
CREATE TYPE "public"."award_route" AS ENUM('bloc', 'unit');--> statement-breakpoint
CREATE TYPE "public"."award_target" AS ENUM('collective', 'individual', 'household');--> statement-breakpoint
CREATE TYPE "public"."ballot_mode" AS ENUM('paper', 'electronic');--> statement-breakpoint
CREATE TYPE "public"."bloc_kind" AS ENUM('cluster', 'bloc');--> statement-breakpoint
CREATE TYPE "public"."council_position" AS ENUM('chair', 'vice_chair', 'standing_member', 'member', 'secretary');--> statement-breakpoint
CREATE TYPE "public"."criterion_kind" AS ENUM('criterion', 'bonus', 'deduction');--> statement-breakpoint
CREATE TYPE "public"."decision_state" AS ENUM('draft', 'issued');--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('submission_letter', 'achievement_report', 'meeting_minutes', 'ballot_result', 'bloc_minutes', 'bloc_ballot_result', 'initiative_certificate', 'other');--> statement-breakpoint
CREATE TYPE "public"."gender" AS ENUM('female', 'male');--> statement-breakpoint
CREATE TYPE "public"."initiative_scope" AS ENUM('unit', 'sector', 'province', 'national');--> statement-breakpoint
CREATE TYPE "public"."lineage_kind" AS ENUM('merge', 'split', 'rename', 'transfer');--> statement-breakpoint
CREATE TYPE "public"."nomination_status" AS ENUM('draft', 'bloc_review', 'returned', 'appraisal', 'on_hold', 'council', 'public_notice', 'awaiting_decision', 'approved', 'not_endorsed', 'rejected', 'withdrawn', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."nominee_kind" AS ENUM('unit', 'person', 'household');--> statement-breakpoint
CREATE TYPE "public"."notice_state" AS ENUM('running', 'closed');--> statement-breakpoint
CREATE TYPE "public"."report_period" AS ENUM('mid_year', 'year_end');--> statement-breakpoint
CREATE TYPE "public"."restriction_kind" AS ENUM('discipline', 'investigation', 'inspection', 'complaint');--> statement-breakpoint
CREATE TYPE "public"."review_body" AS ENUM('council_ballot', 'standing_committee', 'upward');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('unit_officer', 'unit_head', 'bloc_lead', 'appraiser', 'council_secretary', 'approver', 'auditor', 'admin');--> statement-breakpoint
CREATE TYPE "public"."round_kind" AS ENUM('year_end', 'education_year', 'thematic', 'ad_hoc');--> statement-breakpoint
CREATE TYPE "public"."round_state" AS ENUM('planned', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."scope_kind" AS ENUM('unit', 'bloc_term', 'province');--> statement-breakpoint
CREATE TYPE "public"."scorer_kind" AS ENUM('self', 'head', 'deputy', 'peer', 'department');--> statement-breakpoint
CREATE TYPE "public"."scoring_method" AS ENUM('manual', 'target', 'linear');--> statement-breakpoint
CREATE TYPE "public"."session_state" AS ENUM('planned', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."unit_kind" AS ENUM('province', 'department', 'district', 'city', 'town', 'commune', 'ward', 'agency', 'organisation', 'enterprise');--> statement-breakpoint
CREATE TYPE "public"."vote_basis" AS ENUM('all_members', 'present');--> statement-breakpoint
CREATE TABLE "bloc_memberships" (
	"bloc_term_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "bloc_memberships_bloc_term_id_unit_id_pk" PRIMARY KEY("bloc_term_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "bloc_terms" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bloc_terms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"bloc_id" integer NOT NULL,
	"year" integer NOT NULL,
	"head_unit_id" integer NOT NULL,
	"deputy_unit_id" integer NOT NULL,
	"agreement_signed_on" date,
	"mid_year_review_on" date,
	"year_end_review_on" date,
	CONSTRAINT "bloc_terms_blocId_year_unique" UNIQUE("bloc_id","year"),
	CONSTRAINT "bloc_terms_head_not_deputy" CHECK ("bloc_terms"."head_unit_id" <> "bloc_terms"."deputy_unit_id")
);
--> statement-breakpoint
CREATE TABLE "blocs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "blocs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"kind" "bloc_kind" NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"province_unit_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "blocs_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "unit_lineage" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_lineage_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "lineage_kind" NOT NULL,
	"from_unit_id" integer NOT NULL,
	"to_unit_id" integer NOT NULL,
	"effective_on" date NOT NULL,
	"legal_basis" text NOT NULL,
	"note" text,
	CONSTRAINT "unit_lineage_fromUnitId_toUnitId_effectiveOn_unique" UNIQUE("from_unit_id","to_unit_id","effective_on"),
	CONSTRAINT "unit_lineage_not_self" CHECK ("unit_lineage"."from_unit_id" <> "unit_lineage"."to_unit_id")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "units_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"kind" "unit_kind" NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"parent_id" integer,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "units_code_unique" UNIQUE("code"),
	CONSTRAINT "units_valid_range" CHECK ("units"."valid_to" is null or "units"."valid_to" >= "units"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "households_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"head_name" text NOT NULL,
	"address" text NOT NULL,
	"unit_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"full_name" text NOT NULL,
	"gender" "gender" NOT NULL,
	"birth_year" integer,
	"position" text,
	"unit_id" integer
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "role_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"role" "role" NOT NULL,
	"scope_kind" "scope_kind" NOT NULL,
	"scope_unit_id" integer,
	"scope_bloc_term_id" integer,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"granted_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_assignments_scope" CHECK (("role_assignments"."scope_kind" = 'bloc_term' and "role_assignments"."scope_bloc_term_id" is not null and "role_assignments"."scope_unit_id" is null)
       or ("role_assignments"."scope_kind" in ('unit', 'province') and "role_assignments"."scope_unit_id" is not null and "role_assignments"."scope_bloc_term_id" is null))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"password_hash" text NOT NULL,
	"person_id" integer,
	"unit_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"locale" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "award_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "award_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer,
	"person_id" integer,
	"household_id" integer,
	"year" integer NOT NULL,
	"title_code" text NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"issuer" text NOT NULL,
	"nomination_id" integer,
	"revoked_on" date,
	CONSTRAINT "award_history_one_recipient" CHECK (num_nonnulls("award_history"."unit_id", "award_history"."person_id", "award_history"."household_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "award_types" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "award_types_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"target" "award_target" NOT NULL,
	"route" "award_route" NOT NULL,
	"review_body" "review_body" NOT NULL,
	"vote_threshold_pct" numeric(5, 2),
	"vote_basis" "vote_basis" DEFAULT 'all_members' NOT NULL,
	"quorum_pct" numeric(5, 2),
	"required_documents" jsonb NOT NULL,
	"prerequisites" jsonb NOT NULL,
	"standard_vi" text NOT NULL,
	"standard_en" text NOT NULL,
	"prize_coefficient" numeric(6, 2) NOT NULL,
	"household_multiplier" numeric(4, 2) DEFAULT '1' NOT NULL,
	"requires_public_notice" boolean DEFAULT false NOT NULL,
	"notice_working_days" integer,
	"bloc_quota" integer,
	"legal_basis" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	CONSTRAINT "award_types_code_version_unique" UNIQUE("code","version"),
	CONSTRAINT "award_types_threshold" CHECK ("award_types"."vote_threshold_pct" is null or ("award_types"."vote_threshold_pct" > 0 and "award_types"."vote_threshold_pct" <= 100)),
	CONSTRAINT "award_types_legal_basis" CHECK (length(trim("award_types"."legal_basis")) > 0)
);
--> statement-breakpoint
CREATE TABLE "base_salaries" (
	"effective_from" date PRIMARY KEY NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"legal_basis" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holidays" (
	"day" date PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_award_types" (
	"round_id" integer NOT NULL,
	"award_type_id" integer NOT NULL,
	CONSTRAINT "round_award_types_round_id_award_type_id_pk" PRIMARY KEY("round_id","award_type_id")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rounds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"province_unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"kind" "round_kind" NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"state" "round_state" DEFAULT 'planned' NOT NULL,
	"opens_on" date NOT NULL,
	"submission_deadline" date NOT NULL,
	"appraisal_working_days" integer DEFAULT 25 NOT NULL,
	"notice_working_days" integer DEFAULT 10 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"unit_of_measure_vi" text NOT NULL,
	"unit_of_measure_en" text NOT NULL,
	CONSTRAINT "indicators_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "initiatives_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"person_id" integer,
	"unit_id" integer,
	"certifying_body" text NOT NULL,
	"scope" "initiative_scope" NOT NULL,
	"decision_reference" text NOT NULL,
	"certified_on" date NOT NULL,
	CONSTRAINT "initiatives_owner" CHECK (num_nonnulls("initiatives"."person_id", "initiatives"."unit_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "nomination_figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "nomination_figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"nomination_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"year" integer NOT NULL,
	"target" numeric(18, 2),
	"result" numeric(18, 2) NOT NULL,
	"change_pct" numeric(7, 2),
	CONSTRAINT "nomination_figures_nominationId_indicatorId_year_unique" UNIQUE("nomination_id","indicator_id","year")
);
--> statement-breakpoint
CREATE TABLE "nomination_initiatives" (
	"nomination_id" integer NOT NULL,
	"initiative_id" integer NOT NULL,
	CONSTRAINT "nomination_initiatives_nomination_id_initiative_id_pk" PRIMARY KEY("nomination_id","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "nominations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"reference" text NOT NULL,
	"round_id" integer NOT NULL,
	"award_type_id" integer NOT NULL,
	"nominee_kind" "nominee_kind" NOT NULL,
	"nominee_unit_id" integer,
	"nominee_person_id" integer,
	"nominee_household_id" integer,
	"proposing_unit_id" integer NOT NULL,
	"bloc_term_id" integer,
	"status" "nomination_status" DEFAULT 'draft' NOT NULL,
	"returned_from" "nomination_status",
	"held_from" "nomination_status",
	"province_return_count" integer DEFAULT 0 NOT NULL,
	"achievement_summary" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"appraisal_started_at" timestamp with time zone,
	"decision_id" integer,
	CONSTRAINT "nominations_reference_unique" UNIQUE("reference"),
	CONSTRAINT "nominations_nominee" CHECK (("nominations"."nominee_kind" = 'unit' and "nominations"."nominee_unit_id" is not null and "nominations"."nominee_person_id" is null and "nominations"."nominee_household_id" is null)
       or ("nominations"."nominee_kind" = 'person' and "nominations"."nominee_person_id" is not null and "nominations"."nominee_unit_id" is null and "nominations"."nominee_household_id" is null)
       or ("nominations"."nominee_kind" = 'household' and "nominations"."nominee_household_id" is not null and "nominations"."nominee_unit_id" is null and "nominations"."nominee_person_id" is null)),
	CONSTRAINT "nominations_return_once" CHECK ("nominations"."province_return_count" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "restrictions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "restrictions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "restriction_kind" NOT NULL,
	"unit_id" integer,
	"person_id" integer,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"reference" text NOT NULL,
	"note" text,
	CONSTRAINT "restrictions_subject" CHECK (num_nonnulls("restrictions"."unit_id", "restrictions"."person_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"nomination_id" integer NOT NULL,
	"kind" "document_kind" NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" integer NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "documents_storageKey_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "agreement_acceptances" (
	"agreement_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"accepted_by" integer NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_acceptances_agreement_id_unit_id_pk" PRIMARY KEY("agreement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "agreement_criteria" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_criteria_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agreement_id" integer NOT NULL,
	"group_position" integer NOT NULL,
	"group_title_vi" text NOT NULL,
	"group_title_en" text NOT NULL,
	"position" integer NOT NULL,
	"kind" "criterion_kind" DEFAULT 'criterion' NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"max_points" numeric(8, 2) NOT NULL,
	"method" "scoring_method" DEFAULT 'manual' NOT NULL,
	"indicator_id" integer,
	"evidence_vi" text DEFAULT '' NOT NULL,
	"evidence_en" text DEFAULT '' NOT NULL,
	CONSTRAINT "agreement_criteria_agreementId_groupPosition_position_unique" UNIQUE("agreement_id","group_position","position"),
	CONSTRAINT "agreement_criteria_max_positive" CHECK ("agreement_criteria"."max_points" > 0)
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"bloc_term_id" integer NOT NULL,
	"version" integer NOT NULL,
	"supersedes_id" integer,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"total_points" numeric(8, 2) NOT NULL,
	"signed_on" date,
	"change_note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_blocTermId_version_unique" UNIQUE("bloc_term_id","version")
);
--> statement-breakpoint
CREATE TABLE "bloc_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bloc_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"bloc_term_id" integer NOT NULL,
	"unit_id" integer,
	"period" "report_period" NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"summary_vi" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"held_at" text,
	"held_on" date,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "report_figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"target" numeric(18, 2),
	"result" numeric(18, 2) NOT NULL,
	"change_pct" numeric(7, 2),
	"target_share_pct" numeric(7, 2),
	"rank" text,
	"note" text,
	CONSTRAINT "report_figures_reportId_indicatorId_unique" UNIQUE("report_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "scores" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"criterion_id" integer NOT NULL,
	"scored_unit_id" integer NOT NULL,
	"scorer_unit_id" integer NOT NULL,
	"scorer_kind" "scorer_kind" NOT NULL,
	"points" numeric(8, 2) NOT NULL,
	"comment" text,
	"evidence_note" text,
	"scored_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scores_criterionId_scoredUnitId_scorerUnitId_unique" UNIQUE("criterion_id","scored_unit_id","scorer_unit_id"),
	CONSTRAINT "scores_non_negative" CHECK ("scores"."points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "bloc_ballot_participation" (
	"session_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "bloc_ballot_participation_session_id_unit_id_pk" PRIMARY KEY("session_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "bloc_ballot_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bloc_ballot_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"bloc_term_id" integer NOT NULL,
	"round_no" integer DEFAULT 1 NOT NULL,
	"mode" "ballot_mode" NOT NULL,
	"state" "session_state" DEFAULT 'planned' NOT NULL,
	"held_on" date NOT NULL,
	"members_total" integer NOT NULL,
	"members_present" integer NOT NULL,
	"threshold_pct" numeric(5, 2) DEFAULT '50' NOT NULL,
	"threshold_strict" boolean DEFAULT true NOT NULL,
	"opened_by" integer,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bloc_ballot_tallies" (
	"session_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"votes_for" integer NOT NULL,
	"votes_against" integer NOT NULL,
	"passed" boolean NOT NULL,
	CONSTRAINT "bloc_ballot_tallies_session_id_nomination_id_pk" PRIMARY KEY("session_id","nomination_id")
);
--> statement-breakpoint
CREATE TABLE "bloc_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"approve" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_attendance" (
	"session_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"attendance" "attendance" NOT NULL,
	CONSTRAINT "council_attendance_session_id_member_id_pk" PRIMARY KEY("session_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"council_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"position" "council_position" NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "council_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"council_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"state" "session_state" DEFAULT 'planned' NOT NULL,
	"members_total" integer NOT NULL,
	"opened_by" integer,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "council_votes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_votes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"members_total" integer NOT NULL,
	"members_present" integer NOT NULL,
	"written_votes" integer DEFAULT 0 NOT NULL,
	"votes_for" integer NOT NULL,
	"votes_against" integer NOT NULL,
	"threshold_pct" numeric(5, 2) NOT NULL,
	"basis" "vote_basis" NOT NULL,
	"passed" boolean NOT NULL,
	"recorded_by" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_votes_counts" CHECK ("council_votes"."votes_for" + "council_votes"."votes_against" <= "council_votes"."members_total")
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "councils_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"province_unit_id" integer NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"established_by" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "decision_recipients" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "decision_recipients_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"decision_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"golden_book_no" integer NOT NULL,
	"coefficient" numeric(6, 2) NOT NULL,
	"base_salary_vnd" bigint NOT NULL,
	"prize_vnd" bigint NOT NULL,
	"certificate_code" text NOT NULL,
	"revoked_on" date,
	"revocation_ground" text,
	CONSTRAINT "decision_recipients_nominationId_unique" UNIQUE("nomination_id"),
	CONSTRAINT "decision_recipients_certificateCode_unique" UNIQUE("certificate_code"),
	CONSTRAINT "decision_recipients_decisionId_goldenBookNo_unique" UNIQUE("decision_id","golden_book_no")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"issuer_unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"number" text NOT NULL,
	"state" "decision_state" DEFAULT 'draft' NOT NULL,
	"signed_on" date,
	"signer_name" text NOT NULL,
	"signer_title_vi" text NOT NULL,
	"signer_title_en" text NOT NULL,
	"legal_bases" text NOT NULL,
	"verification_code" text NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_at" timestamp with time zone,
	CONSTRAINT "decisions_verificationCode_unique" UNIQUE("verification_code"),
	CONSTRAINT "decisions_issuerUnitId_year_number_unique" UNIQUE("issuer_unit_id","year","number")
);
--> statement-breakpoint
CREATE TABLE "notice_comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notice_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"notice_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"author_name" text NOT NULL,
	"contact" text,
	"body" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" integer,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "public_notices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "public_notices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"award_type_id" integer,
	"state" "notice_state" DEFAULT 'running' NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"working_days" integer NOT NULL,
	"published_by" integer NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" integer,
	"actor_name" text NOT NULL,
	"acting_for_user_id" integer,
	"role" "role",
	"scope_kind" "scope_kind",
	"scope_id" integer,
	"action" text NOT NULL,
	"entity_kind" text NOT NULL,
	"entity_id" integer,
	"from_status" "nomination_status",
	"to_status" "nomination_status",
	"reason" text,
	"payload" jsonb NOT NULL,
	"ip" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_events_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" uuid PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"action" text NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bloc_memberships" ADD CONSTRAINT "bloc_memberships_bloc_term_id_bloc_terms_id_fk" FOREIGN KEY ("bloc_term_id") REFERENCES "public"."bloc_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_memberships" ADD CONSTRAINT "bloc_memberships_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_terms" ADD CONSTRAINT "bloc_terms_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_terms" ADD CONSTRAINT "bloc_terms_head_unit_id_units_id_fk" FOREIGN KEY ("head_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_terms" ADD CONSTRAINT "bloc_terms_deputy_unit_id_units_id_fk" FOREIGN KEY ("deputy_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocs" ADD CONSTRAINT "blocs_province_unit_id_units_id_fk" FOREIGN KEY ("province_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_scope_unit_id_units_id_fk" FOREIGN KEY ("scope_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_scope_bloc_term_id_bloc_terms_id_fk" FOREIGN KEY ("scope_bloc_term_id") REFERENCES "public"."bloc_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_award_types" ADD CONSTRAINT "round_award_types_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_award_types" ADD CONSTRAINT "round_award_types_award_type_id_award_types_id_fk" FOREIGN KEY ("award_type_id") REFERENCES "public"."award_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_province_unit_id_units_id_fk" FOREIGN KEY ("province_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_figures" ADD CONSTRAINT "nomination_figures_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_figures" ADD CONSTRAINT "nomination_figures_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_initiatives" ADD CONSTRAINT "nomination_initiatives_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_initiatives" ADD CONSTRAINT "nomination_initiatives_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_award_type_id_award_types_id_fk" FOREIGN KEY ("award_type_id") REFERENCES "public"."award_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominee_unit_id_units_id_fk" FOREIGN KEY ("nominee_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominee_person_id_people_id_fk" FOREIGN KEY ("nominee_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominee_household_id_households_id_fk" FOREIGN KEY ("nominee_household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_proposing_unit_id_units_id_fk" FOREIGN KEY ("proposing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_bloc_term_id_bloc_terms_id_fk" FOREIGN KEY ("bloc_term_id") REFERENCES "public"."bloc_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_criteria" ADD CONSTRAINT "agreement_criteria_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_criteria" ADD CONSTRAINT "agreement_criteria_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_bloc_term_id_bloc_terms_id_fk" FOREIGN KEY ("bloc_term_id") REFERENCES "public"."bloc_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_supersedes_id_agreements_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_reports" ADD CONSTRAINT "bloc_reports_bloc_term_id_bloc_terms_id_fk" FOREIGN KEY ("bloc_term_id") REFERENCES "public"."bloc_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_reports" ADD CONSTRAINT "bloc_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_figures" ADD CONSTRAINT "report_figures_report_id_bloc_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."bloc_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_figures" ADD CONSTRAINT "report_figures_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_criterion_id_agreement_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."agreement_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_scored_unit_id_units_id_fk" FOREIGN KEY ("scored_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_scorer_unit_id_units_id_fk" FOREIGN KEY ("scorer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_scored_by_users_id_fk" FOREIGN KEY ("scored_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_ballot_participation" ADD CONSTRAINT "bloc_ballot_participation_session_id_bloc_ballot_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."bloc_ballot_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_ballot_participation" ADD CONSTRAINT "bloc_ballot_participation_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_ballot_sessions" ADD CONSTRAINT "bloc_ballot_sessions_bloc_term_id_bloc_terms_id_fk" FOREIGN KEY ("bloc_term_id") REFERENCES "public"."bloc_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_ballot_sessions" ADD CONSTRAINT "bloc_ballot_sessions_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_ballot_tallies" ADD CONSTRAINT "bloc_ballot_tallies_session_id_bloc_ballot_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."bloc_ballot_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_ballot_tallies" ADD CONSTRAINT "bloc_ballot_tallies_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_ballots" ADD CONSTRAINT "bloc_ballots_session_id_bloc_ballot_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."bloc_ballot_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_ballots" ADD CONSTRAINT "bloc_ballots_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_province_unit_id_units_id_fk" FOREIGN KEY ("province_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_recipients" ADD CONSTRAINT "decision_recipients_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_recipients" ADD CONSTRAINT "decision_recipients_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_comments" ADD CONSTRAINT "notice_comments_notice_id_public_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."public_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_comments" ADD CONSTRAINT "notice_comments_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_comments" ADD CONSTRAINT "notice_comments_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notices" ADD CONSTRAINT "public_notices_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notices" ADD CONSTRAINT "public_notices_award_type_id_award_types_id_fk" FOREIGN KEY ("award_type_id") REFERENCES "public"."award_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notices" ADD CONSTRAINT "public_notices_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bloc_memberships_unit_id_index" ON "bloc_memberships" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "unit_lineage_to_unit_id_index" ON "unit_lineage" USING btree ("to_unit_id");--> statement-breakpoint
CREATE INDEX "units_parent_id_index" ON "units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "login_attempts_key_attempted_at_index" ON "login_attempts" USING btree ("key","attempted_at");--> statement-breakpoint
CREATE INDEX "people_unit_id_index" ON "people" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "role_assignments_user_id_index" ON "role_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "award_history_unit_id_year_index" ON "award_history" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "award_history_person_id_year_index" ON "award_history" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "rounds_year_index" ON "rounds" USING btree ("year");--> statement-breakpoint
CREATE INDEX "initiatives_person_id_index" ON "initiatives" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "nomination_initiatives_initiative_id_index" ON "nomination_initiatives" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "nominations_status_id_index" ON "nominations" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "nominations_round_id_status_id_index" ON "nominations" USING btree ("round_id","status","id");--> statement-breakpoint
CREATE INDEX "nominations_award_type_id_id_index" ON "nominations" USING btree ("award_type_id","id");--> statement-breakpoint
CREATE INDEX "nominations_proposing_unit_id_id_index" ON "nominations" USING btree ("proposing_unit_id","id");--> statement-breakpoint
CREATE INDEX "nominations_bloc_term_id_status_id_index" ON "nominations" USING btree ("bloc_term_id","status","id");--> statement-breakpoint
CREATE INDEX "nominations_nominee_person_id_index" ON "nominations" USING btree ("nominee_person_id");--> statement-breakpoint
CREATE INDEX "nominations_nominee_unit_id_index" ON "nominations" USING btree ("nominee_unit_id");--> statement-breakpoint
CREATE INDEX "restrictions_person_id_index" ON "restrictions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "restrictions_unit_id_index" ON "restrictions" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "documents_nomination_id_index" ON "documents" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "bloc_reports_bloc_term_id_period_index" ON "bloc_reports" USING btree ("bloc_term_id","period");--> statement-breakpoint
CREATE INDEX "scores_scored_unit_id_index" ON "scores" USING btree ("scored_unit_id");--> statement-breakpoint
CREATE INDEX "notice_comments_notice_id_index" ON "notice_comments" USING btree ("notice_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_kind_entity_id_seq_index" ON "audit_events" USING btree ("entity_kind","entity_id","seq");--> statement-breakpoint
CREATE INDEX "audit_events_actor_user_id_seq_index" ON "audit_events" USING btree ("actor_user_id","seq");
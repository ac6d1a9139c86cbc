CREATE TABLE "bloc_ballot_candidates" (
	"session_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "bloc_ballot_candidates_session_id_nomination_id_pk" PRIMARY KEY("session_id","nomination_id")
);
--> statement-breakpoint
CREATE TABLE "bloc_lead_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bloc_lead_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"bloc_term_id" integer NOT NULL,
	"session_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"chosen" boolean NOT NULL,
	"reason" text NOT NULL,
	"decided_by" integer NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bloc_session_attendance" (
	"session_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "bloc_session_attendance_session_id_unit_id_pk" PRIMARY KEY("session_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "bloc_terms" ADD COLUMN "peer_scoring" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bloc_terms" ADD COLUMN "ballot_threshold_pct" numeric(5, 2) DEFAULT '50' NOT NULL;--> statement-breakpoint
ALTER TABLE "bloc_terms" ADD COLUMN "ballot_threshold_strict" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "bloc_terms" ADD COLUMN "scoring_closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreement_criteria" ADD COLUMN "linear_from" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "agreement_criteria" ADD COLUMN "linear_to" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "bloc_ballot_candidates" ADD CONSTRAINT "bloc_ballot_candidates_session_id_bloc_ballot_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."bloc_ballot_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_ballot_candidates" ADD CONSTRAINT "bloc_ballot_candidates_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_lead_decisions" ADD CONSTRAINT "bloc_lead_decisions_bloc_term_id_bloc_terms_id_fk" FOREIGN KEY ("bloc_term_id") REFERENCES "public"."bloc_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_lead_decisions" ADD CONSTRAINT "bloc_lead_decisions_session_id_bloc_ballot_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."bloc_ballot_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_lead_decisions" ADD CONSTRAINT "bloc_lead_decisions_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_lead_decisions" ADD CONSTRAINT "bloc_lead_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_session_attendance" ADD CONSTRAINT "bloc_session_attendance_session_id_bloc_ballot_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."bloc_ballot_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_session_attendance" ADD CONSTRAINT "bloc_session_attendance_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;
CREATE TYPE "public"."proposal_answer" AS ENUM('pending', 'accepted', 'refused');--> statement-breakpoint
CREATE TABLE "council_agenda_items" (
	"session_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "council_agenda_items_session_id_nomination_id_pk" PRIMARY KEY("session_id","nomination_id")
);
--> statement-breakpoint
CREATE TABLE "decision_items" (
	"decision_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "decision_items_decision_id_nomination_id_pk" PRIMARY KEY("decision_id","nomination_id")
);
--> statement-breakpoint
CREATE TABLE "public_notice_items" (
	"notice_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	CONSTRAINT "public_notice_items_notice_id_nomination_id_pk" PRIMARY KEY("notice_id","nomination_id")
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rate_limit_hits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "upward_proposals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "upward_proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"nomination_id" integer NOT NULL,
	"recipient_body" text NOT NULL,
	"submission_number" text NOT NULL,
	"submitted_on" date NOT NULL,
	"signer_name" text NOT NULL,
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" "proposal_answer" DEFAULT 'pending' NOT NULL,
	"answered_on" date,
	"answer_reference" text,
	"answer_note" text,
	"answered_by" integer,
	CONSTRAINT "upward_proposals_nominationId_unique" UNIQUE("nomination_id")
);
--> statement-breakpoint
ALTER TABLE "council_sessions" ADD COLUMN "location" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "document_blob_key" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "document_sha256" text;--> statement-breakpoint
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notice_items" ADD CONSTRAINT "public_notice_items_notice_id_public_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."public_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notice_items" ADD CONSTRAINT "public_notice_items_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_proposals" ADD CONSTRAINT "upward_proposals_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_proposals" ADD CONSTRAINT "upward_proposals_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_proposals" ADD CONSTRAINT "upward_proposals_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_agenda_items_nomination_id_index" ON "council_agenda_items" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "decision_items_nomination_id_index" ON "decision_items" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "public_notice_items_nomination_id_index" ON "public_notice_items" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "rate_limit_hits_bucket_key_at_index" ON "rate_limit_hits" USING btree ("bucket","key","at");
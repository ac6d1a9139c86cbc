CREATE TABLE "score_evidence" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "score_evidence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"bloc_term_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"scored_unit_id" integer NOT NULL,
	"scorer_unit_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" integer NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "score_evidence_storageKey_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
ALTER TABLE "score_evidence" ADD CONSTRAINT "score_evidence_bloc_term_id_bloc_terms_id_fk" FOREIGN KEY ("bloc_term_id") REFERENCES "public"."bloc_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_evidence" ADD CONSTRAINT "score_evidence_criterion_id_agreement_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."agreement_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_evidence" ADD CONSTRAINT "score_evidence_scored_unit_id_units_id_fk" FOREIGN KEY ("scored_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_evidence" ADD CONSTRAINT "score_evidence_scorer_unit_id_units_id_fk" FOREIGN KEY ("scorer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_evidence" ADD CONSTRAINT "score_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "score_evidence_criterion_id_scored_unit_id_index" ON "score_evidence" USING btree ("criterion_id","scored_unit_id");
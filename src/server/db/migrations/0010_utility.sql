CREATE TABLE "utility_settings" (
	"government_id" uuid PRIMARY KEY NOT NULL,
	"link_grace_months" integer NOT NULL,
	"event_grace_months" integer NOT NULL,
	"at_risk_window_days" integer NOT NULL,
	"weights" jsonb NOT NULL,
	"targets" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "utility_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"month" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" text DEFAULT '' NOT NULL,
	"score" integer,
	"exact_score" double precision,
	"components" jsonb NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verdict_contests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"justification" text NOT NULL,
	"verdict_at_filing" text NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verdict_states" (
	"government_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"verdict" text NOT NULL,
	"previous_verdict" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verdict_states_subject_kind_subject_id_pk" PRIMARY KEY("subject_kind","subject_id")
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "counts_beneficiaries" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "utility_settings" ADD CONSTRAINT "utility_settings_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "utility_snapshots" ADD CONSTRAINT "utility_snapshots_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdict_contests" ADD CONSTRAINT "verdict_contests_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdict_states" ADD CONSTRAINT "verdict_states_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "utility_snapshots_unique" ON "utility_snapshots" USING btree ("government_id","month","scope_kind","scope_id");--> statement-breakpoint
CREATE INDEX "utility_snapshots_scope_idx" ON "utility_snapshots" USING btree ("government_id","scope_kind","scope_id","month");--> statement-breakpoint
CREATE INDEX "verdict_contests_subject_idx" ON "verdict_contests" USING btree ("government_id","subject_kind","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "verdict_contests_open_unique" ON "verdict_contests" USING btree ("subject_kind","subject_id") WHERE "verdict_contests"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "verdict_states_government_idx" ON "verdict_states" USING btree ("government_id","changed_at");--> statement-breakpoint
CREATE INDEX "commitments_link_idx" ON "commitments" USING btree ("government_id","link_id");--> statement-breakpoint
CREATE INDEX "event_initiatives_government_idx" ON "event_initiatives" USING btree ("government_id","event_id");--> statement-breakpoint
CREATE INDEX "event_links_government_idx" ON "event_links" USING btree ("government_id","link_id");--> statement-breakpoint
CREATE INDEX "project_transactions_government_idx" ON "project_transactions" USING btree ("government_id","initiative_id");--> statement-breakpoint
CREATE INDEX "project_transactions_provider_idx" ON "project_transactions" USING btree ("government_id","provider_partner_id");--> statement-breakpoint
CREATE INDEX "initiative_links_government_idx" ON "initiative_links" USING btree ("government_id","link_id");--> statement-breakpoint
CREATE INDEX "initiative_territorial_units_government_idx" ON "initiative_territorial_units" USING btree ("government_id","territorial_unit_id");--> statement-breakpoint
CREATE INDEX "measurements_government_idx" ON "measurements" USING btree ("government_id","indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "link_parties_government_idx" ON "link_parties" USING btree ("government_id","link_id","partner_id");
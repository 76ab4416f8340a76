CREATE TABLE "cooperation_demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"initiative_id" uuid,
	"department_id" uuid,
	"raised_by" text DEFAULT 'department' NOT NULL,
	"community_name" text,
	"problem_statement" text,
	"problem_tree" jsonb DEFAULT '{"causes":[],"effects":[]}'::jsonb NOT NULL,
	"affected_population" bigint,
	"affected_population_description" text,
	"territorial_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdg_targets" text[] DEFAULT '{}'::text[] NOT NULL,
	"modalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"amount_sought_minor" bigint,
	"currency" text,
	"urgency" text DEFAULT 'medium' NOT NULL,
	"needed_by" date,
	"status" text DEFAULT 'open' NOT NULL,
	"archived_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('es_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(problem_statement, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"donor_partner_id" uuid,
	"currency" text,
	"amount_min_minor" bigint,
	"amount_max_minor" bigint,
	"modalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdg_targets" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"eligible_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"eligible_government_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"opens_on" date,
	"deadline" date,
	"url" text,
	"iati_activity_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"archived_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('es_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(description, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"reporting_currency" text NOT NULL,
	"rate_date" date NOT NULL,
	"rate" numeric(24, 12) NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iati_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"iati_identifier" text NOT NULL,
	"reporting_org_ref" text,
	"reporting_org_name" text,
	"partner_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"activity_status" text,
	"start_date" date,
	"end_date" date,
	"recipient_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"default_currency" text,
	"transaction_totals" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"transaction_count" integer DEFAULT 0 NOT NULL,
	"import_job_id" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('es_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(reporting_org_name, ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "iati_import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"storage_path" text,
	"size_bytes" bigint DEFAULT 0 NOT NULL,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"activities_seen" integer DEFAULT 0 NOT NULL,
	"activities_imported" integer DEFAULT 0 NOT NULL,
	"activities_skipped" integer DEFAULT 0 NOT NULL,
	"skipped" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"claimed_by" text,
	"heartbeat_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "match_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"demand_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"score" numeric(6, 2),
	"initiative_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"kind" text DEFAULT 'original' NOT NULL,
	"status" text DEFAULT 'indicative' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"value_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"role" text NOT NULL,
	"share_percent" numeric(5, 2)
);
--> statement-breakpoint
CREATE TABLE "project_profiles" (
	"initiative_id" uuid PRIMARY KEY NOT NULL,
	"government_id" uuid NOT NULL,
	"iati_identifier" text NOT NULL,
	"activity_status" text DEFAULT '2' NOT NULL,
	"sectors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recipient_country_code" text,
	"collaboration_type" text,
	"default_flow_type" text,
	"default_finance_type" text,
	"default_aid_type" text,
	"default_tied_status" text,
	"start_planned" date,
	"end_planned" date,
	"start_actual" date,
	"end_actual" date,
	"is_published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"type" text NOT NULL,
	"transaction_date" date NOT NULL,
	"value_date" date NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"provider_partner_id" uuid,
	"receiver_partner_id" uuid,
	"reference" text,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governments" ADD COLUMN "iati_org_id" text;--> statement-breakpoint
ALTER TABLE "cooperation_demands" ADD CONSTRAINT "cooperation_demands_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_demands" ADD CONSTRAINT "cooperation_demands_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_demands" ADD CONSTRAINT "cooperation_demands_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_offers" ADD CONSTRAINT "cooperation_offers_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_offers" ADD CONSTRAINT "cooperation_offers_donor_partner_id_partners_id_fk" FOREIGN KEY ("donor_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_activities" ADD CONSTRAINT "iati_activities_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_activities" ADD CONSTRAINT "iati_activities_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_import_jobs" ADD CONSTRAINT "iati_import_jobs_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_decisions" ADD CONSTRAINT "match_decisions_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_decisions" ADD CONSTRAINT "match_decisions_demand_id_cooperation_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."cooperation_demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_decisions" ADD CONSTRAINT "match_decisions_offer_id_cooperation_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."cooperation_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_decisions" ADD CONSTRAINT "match_decisions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_decisions" ADD CONSTRAINT "match_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_budgets" ADD CONSTRAINT "project_budgets_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_budgets" ADD CONSTRAINT "project_budgets_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_participants" ADD CONSTRAINT "project_participants_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_participants" ADD CONSTRAINT "project_participants_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_participants" ADD CONSTRAINT "project_participants_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_profiles" ADD CONSTRAINT "project_profiles_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_profiles" ADD CONSTRAINT "project_profiles_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_transactions" ADD CONSTRAINT "project_transactions_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_transactions" ADD CONSTRAINT "project_transactions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_transactions" ADD CONSTRAINT "project_transactions_provider_partner_id_partners_id_fk" FOREIGN KEY ("provider_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_transactions" ADD CONSTRAINT "project_transactions_receiver_partner_id_partners_id_fk" FOREIGN KEY ("receiver_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_demands_government_idx" ON "cooperation_demands" USING btree ("government_id","status");--> statement-breakpoint
CREATE INDEX "cooperation_demands_search_idx" ON "cooperation_demands" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "cooperation_offers_government_idx" ON "cooperation_offers" USING btree ("government_id","status","deadline");--> statement-breakpoint
CREATE INDEX "cooperation_offers_search_idx" ON "cooperation_offers" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_rates_unique" ON "exchange_rates" USING btree ("government_id","currency","reporting_currency","rate_date");--> statement-breakpoint
CREATE UNIQUE INDEX "iati_activities_identifier_unique" ON "iati_activities" USING btree ("government_id","iati_identifier");--> statement-breakpoint
CREATE INDEX "iati_activities_search_idx" ON "iati_activities" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "iati_import_jobs_government_idx" ON "iati_import_jobs" USING btree ("government_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "match_decisions_pair_unique" ON "match_decisions" USING btree ("demand_id","offer_id");--> statement-breakpoint
CREATE INDEX "project_budgets_initiative_idx" ON "project_budgets" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "project_participants_initiative_idx" ON "project_participants" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "project_transactions_initiative_idx" ON "project_transactions" USING btree ("initiative_id","value_date");
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"mir_row_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"owner_department_id" uuid,
	"owner_name" text,
	"start_date" date,
	"end_date" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"progress_percent" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"mir_row_id" uuid NOT NULL,
	"name" text NOT NULL,
	"definition" text,
	"unit" text NOT NULL,
	"measure" text DEFAULT 'unit' NOT NULL,
	"baseline_value" numeric(21, 6),
	"baseline_date" date,
	"target_value" numeric(21, 6),
	"target_date" date,
	"frequency" text DEFAULT 'annual' NOT NULL,
	"direction" text DEFAULT 'increase' NOT NULL,
	"disaggregations" text[] DEFAULT '{}'::text[] NOT NULL,
	"weight" double precision DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"source" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "initiative_departments" (
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "initiative_departments_initiative_id_department_id_pk" PRIMARY KEY("initiative_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_links" (
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	CONSTRAINT "initiative_links_initiative_id_link_id_pk" PRIMARY KEY("initiative_id","link_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_partners" (
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "initiative_partners_initiative_id_partner_id_pk" PRIMARY KEY("initiative_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_stage_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_territorial_units" (
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"territorial_unit_id" uuid NOT NULL,
	CONSTRAINT "initiative_territorial_units_initiative_id_territorial_unit_id_pk" PRIMARY KEY("initiative_id","territorial_unit_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"stage" text DEFAULT 'problematization' NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"strategy_line" text,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdg_goals" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdg_targets" text[] DEFAULT '{}'::text[] NOT NULL,
	"objective" text,
	"causal_hypothesis" text,
	"legal_basis" text,
	"agents" text,
	"procedures" text,
	"problem_statement" text,
	"problem_tree" jsonb DEFAULT '{"causes":[],"effects":[]}'::jsonb NOT NULL,
	"affected_population" bigint,
	"affected_population_description" text,
	"is_whole_territory" boolean DEFAULT false NOT NULL,
	"agenda_setter" text,
	"agenda_setter_detail" text,
	"agenda_date" date,
	"approach" text,
	"approach_justification" text,
	"roll_up_method" text DEFAULT 'average' NOT NULL,
	"assessment" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('es_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(problem_statement, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"value" numeric(21, 6) NOT NULL,
	"unit" text NOT NULL,
	"disaggregated_values" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text,
	"evidence_url" text,
	"notes" text,
	"reported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mir_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"level" text NOT NULL,
	"parent_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"narrative_summary" text,
	"means_of_verification" text,
	"assumptions" text,
	"weight" double precision DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_mir_row_id_mir_rows_id_fk" FOREIGN KEY ("mir_row_id") REFERENCES "public"."mir_rows"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_owner_department_id_departments_id_fk" FOREIGN KEY ("owner_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_mir_row_id_mir_rows_id_fk" FOREIGN KEY ("mir_row_id") REFERENCES "public"."mir_rows"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_budget_lines" ADD CONSTRAINT "initiative_budget_lines_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_budget_lines" ADD CONSTRAINT "initiative_budget_lines_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_departments" ADD CONSTRAINT "initiative_departments_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_departments" ADD CONSTRAINT "initiative_departments_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_departments" ADD CONSTRAINT "initiative_departments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_links" ADD CONSTRAINT "initiative_links_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_links" ADD CONSTRAINT "initiative_links_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_links" ADD CONSTRAINT "initiative_links_link_id_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_partners" ADD CONSTRAINT "initiative_partners_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_partners" ADD CONSTRAINT "initiative_partners_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_partners" ADD CONSTRAINT "initiative_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_stage_changes" ADD CONSTRAINT "initiative_stage_changes_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_stage_changes" ADD CONSTRAINT "initiative_stage_changes_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_territorial_units" ADD CONSTRAINT "initiative_territorial_units_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_territorial_units" ADD CONSTRAINT "initiative_territorial_units_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_territorial_units" ADD CONSTRAINT "initiative_territorial_units_territorial_unit_id_territorial_units_id_fk" FOREIGN KEY ("territorial_unit_id") REFERENCES "public"."territorial_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mir_rows" ADD CONSTRAINT "mir_rows_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mir_rows" ADD CONSTRAINT "mir_rows_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_initiative_idx" ON "activities" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "indicators_initiative_idx" ON "indicators" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "indicators_mir_row_idx" ON "indicators" USING btree ("mir_row_id");--> statement-breakpoint
CREATE INDEX "initiative_budget_lines_initiative_idx" ON "initiative_budget_lines" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "initiative_departments_department_idx" ON "initiative_departments" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "initiative_links_link_idx" ON "initiative_links" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "initiative_partners_partner_idx" ON "initiative_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "initiative_stage_changes_initiative_idx" ON "initiative_stage_changes" USING btree ("initiative_id","occurred_at");--> statement-breakpoint
CREATE INDEX "initiatives_government_idx" ON "initiatives" USING btree ("government_id","stage");--> statement-breakpoint
CREATE INDEX "initiatives_search_idx" ON "initiatives" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "measurements_indicator_idx" ON "measurements" USING btree ("indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "mir_rows_initiative_idx" ON "mir_rows" USING btree ("initiative_id","level","position");
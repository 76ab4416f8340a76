CREATE TABLE "association_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"ended_by_side" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capacity_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"questionnaire_id" text NOT NULL,
	"questionnaire_version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"assessed_on" date NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capacity_sharing" (
	"government_id" uuid PRIMARY KEY NOT NULL,
	"is_sharing_assessment" boolean DEFAULT false NOT NULL,
	"is_sharing_index" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governments" ADD COLUMN "tenant_kind" text DEFAULT 'government' NOT NULL;--> statement-breakpoint
ALTER TABLE "association_memberships" ADD CONSTRAINT "association_memberships_association_id_governments_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "association_memberships" ADD CONSTRAINT "association_memberships_member_id_governments_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_editions" ADD CONSTRAINT "capacity_editions_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_sharing" ADD CONSTRAINT "capacity_sharing_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "association_memberships_open_unique" ON "association_memberships" USING btree ("association_id","member_id") WHERE "association_memberships"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "association_memberships_member_idx" ON "association_memberships" USING btree ("member_id","status");--> statement-breakpoint
CREATE INDEX "capacity_editions_government_idx" ON "capacity_editions" USING btree ("government_id","status","assessed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_editions_one_draft" ON "capacity_editions" USING btree ("government_id") WHERE "capacity_editions"."status" = 'draft';
CREATE TABLE "association_questionnaire_choices" (
	"association_id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"questionnaire_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "association_questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"questionnaire_id" text NOT NULL,
	"questionnaire_version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "capacity_editions" ADD COLUMN "questionnaire_owner_id" uuid;--> statement-breakpoint
ALTER TABLE "capacity_editions" ADD COLUMN "association_questionnaire_id" uuid;--> statement-breakpoint
ALTER TABLE "association_questionnaire_choices" ADD CONSTRAINT "association_questionnaire_choices_association_id_governments_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "association_questionnaires" ADD CONSTRAINT "association_questionnaires_association_id_governments_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "association_questionnaires_version_unique" ON "association_questionnaires" USING btree ("association_id","questionnaire_id","questionnaire_version");--> statement-breakpoint
ALTER TABLE "capacity_editions" ADD CONSTRAINT "capacity_editions_questionnaire_owner_id_governments_id_fk" FOREIGN KEY ("questionnaire_owner_id") REFERENCES "public"."governments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_editions" ADD CONSTRAINT "capacity_editions_association_questionnaire_id_association_questionnaires_id_fk" FOREIGN KEY ("association_questionnaire_id") REFERENCES "public"."association_questionnaires"("id") ON DELETE restrict ON UPDATE no action;
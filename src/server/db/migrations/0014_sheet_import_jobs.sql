CREATE TABLE "sheet_import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"registry" text NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"storage_path" text,
	"language" text DEFAULT 'es' NOT NULL,
	"status" text DEFAULT 'previewed' NOT NULL,
	"mode" text,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"preview" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"to_write" integer DEFAULT 0 NOT NULL,
	"written" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"error" text,
	"claimed_by" text,
	"heartbeat_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "sheet_import_jobs" ADD CONSTRAINT "sheet_import_jobs_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sheet_import_jobs_government_idx" ON "sheet_import_jobs" USING btree ("government_id","created_at");
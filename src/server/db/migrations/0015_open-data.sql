CREATE TABLE "open_data_settings" (
	"government_id" uuid PRIMARY KEY NOT NULL,
	"license_id" text DEFAULT 'CC-BY-4.0' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "open_data_settings" ADD CONSTRAINT "open_data_settings_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE cascade ON UPDATE no action;
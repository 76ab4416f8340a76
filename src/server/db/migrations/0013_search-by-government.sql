DROP INDEX "links_search_idx";--> statement-breakpoint
DROP INDEX "links_title_trgm_idx";--> statement-breakpoint
DROP INDEX "partners_search_idx";--> statement-breakpoint
DROP INDEX "partners_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "links_government_search_idx" ON "links" USING gin ("government_id","search_vector");--> statement-breakpoint
CREATE INDEX "links_government_title_trgm_idx" ON "links" USING gin ("government_id",f_unaccent(lower("title")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partners_government_search_idx" ON "partners" USING gin ("government_id","search_vector");--> statement-breakpoint
CREATE INDEX "partners_government_name_trgm_idx" ON "partners" USING gin ("government_id",f_unaccent(lower("name")) gin_trgm_ops);
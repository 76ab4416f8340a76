CREATE INDEX "commitments_link_idx" ON "commitments" USING btree ("government_id","link_id");--> statement-breakpoint
CREATE INDEX "event_initiatives_government_idx" ON "event_initiatives" USING btree ("government_id","event_id");--> statement-breakpoint
CREATE INDEX "event_links_government_idx" ON "event_links" USING btree ("government_id","link_id");--> statement-breakpoint
CREATE INDEX "project_transactions_government_idx" ON "project_transactions" USING btree ("government_id","initiative_id");--> statement-breakpoint
CREATE INDEX "project_transactions_provider_idx" ON "project_transactions" USING btree ("government_id","provider_partner_id");--> statement-breakpoint
CREATE INDEX "initiative_links_government_idx" ON "initiative_links" USING btree ("government_id","link_id");--> statement-breakpoint
CREATE INDEX "initiative_territorial_units_government_idx" ON "initiative_territorial_units" USING btree ("government_id","territorial_unit_id");--> statement-breakpoint
CREATE INDEX "measurements_government_idx" ON "measurements" USING btree ("government_id","indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "link_parties_government_idx" ON "link_parties" USING btree ("government_id","link_id","partner_id");
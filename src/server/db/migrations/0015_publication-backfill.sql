-- Events already ticked "Publicar en el portal de transparencia" become published records of the
-- publication model, so that the portal and the iCal feed agree from the first start.
INSERT INTO "publications" ("government_id", "entity_type", "entity_id", "status", "published_at", "proposed_at")
SELECT "government_id", 'event', "id", 'published', "updated_at", "updated_at"
FROM "events"
WHERE "is_published" = true
ON CONFLICT DO NOTHING;

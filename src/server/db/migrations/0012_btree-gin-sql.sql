-- GIN indexes led by government_id (next migration): a tenant's search reads only that tenant's
-- entries, however many governments the instance holds. btree_gin gives uuid a GIN operator class;
-- it ships with PostgreSQL's contrib package and with PGlite.
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE STRICT
    RETURN unaccent('unaccent', $1);
CREATE INDEX "idx_originalFileName_trigram" ON "assets" USING gin (f_unaccent("originalFileName") gin_trgm_ops);
CREATE INDEX "idx_person_name_trigram" ON "person" USING gin (f_unaccent("name") gin_trgm_ops);
UPDATE "person" SET "name" = f_unaccent("name") WHERE "ownerId" = 2;

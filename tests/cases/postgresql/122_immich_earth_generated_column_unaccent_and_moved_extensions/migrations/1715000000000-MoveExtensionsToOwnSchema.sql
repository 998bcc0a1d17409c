-- extensions leave public (Supabase's lint "extension in public"): the trigram index follows by OID
CREATE SCHEMA IF NOT EXISTS extensions;
ALTER EXTENSION pg_trgm SET SCHEMA extensions;
ALTER EXTENSION unaccent SET SCHEMA extensions;
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE STRICT
    RETURN extensions.unaccent('extensions.unaccent', $1);
REINDEX INDEX "idx_person_name_trigram";
DELETE FROM "assets" WHERE "isArchived";

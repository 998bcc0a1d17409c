CREATE EXTENSION IF NOT EXISTS pg_trgm;
UPDATE "conversations" SET "contact_email" = lower("contact_email") WHERE "contact_email" <> lower("contact_email");
INSERT INTO "schema_migrations" ("version") VALUES ('20230402500000');

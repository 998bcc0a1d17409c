BEGIN;
--
-- Alter field token_uuid on token (varchar -> uuid); property_mappings_json becomes jsonb
--
ALTER TABLE "authentik_core_token" ALTER COLUMN "token_uuid" TYPE uuid USING "token_uuid"::uuid;
ALTER TABLE "authentik_core_provider" ALTER COLUMN "property_mappings_json" DROP DEFAULT;
ALTER TABLE "authentik_core_provider" ALTER COLUMN "property_mappings_json" TYPE jsonb USING "property_mappings_json"::jsonb;
ALTER TABLE "authentik_core_provider" ALTER COLUMN "property_mappings_json" SET DEFAULT '[]'::jsonb;
ALTER TABLE "authentik_core_provider" ALTER COLUMN "authorization_flow_id" TYPE uuid USING "authorization_flow_id"::uuid;
INSERT INTO "django_migrations" ("app", "name", "applied") VALUES ('authentik_core', '0013_token_uuid_and_mappings_jsonb', '2023-03-01 00:00:00+00');
COMMIT;

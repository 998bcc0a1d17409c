BEGIN;
--
-- Add field redirect_uris_json, copy, remove field redirect_uris
--
ALTER TABLE "authentik_providers_oauth2_oauth2provider" ADD COLUMN "redirect_uris_json" jsonb DEFAULT '[]'::jsonb NOT NULL;
ALTER TABLE "authentik_providers_oauth2_oauth2provider" ALTER COLUMN "redirect_uris_json" DROP DEFAULT;
UPDATE "authentik_providers_oauth2_oauth2provider"
   SET "redirect_uris_json" = jsonb_build_array(jsonb_build_object('matching_mode', 'strict', 'url', "redirect_uris"));
ALTER TABLE "authentik_providers_oauth2_oauth2provider" DROP COLUMN "redirect_uris" CASCADE;
ALTER TABLE "authentik_providers_oauth2_oauth2provider" RENAME COLUMN "redirect_uris_json" TO "redirect_uris";
INSERT INTO "django_migrations" ("app", "name", "applied") VALUES ('authentik_providers_oauth2', '0015_remove_oauth2provider_redirect_uris', '2023-05-01 00:00:00+00');
COMMIT;

BEGIN;
--
-- SeparateDatabaseAndState: the proxy provider moves to another app; its table, key and
-- constraint follow (ALTER TABLE ... RENAME keeps the FK, index names do not follow)
--
ALTER TABLE "authentik_providers_proxy_proxyprovider" RENAME TO "authentik_outposts_proxyprovider";
ALTER INDEX "authentik_providers_proxy_proxyprovider_pkey" RENAME TO "authentik_outposts_proxyprovider_pkey";
ALTER TABLE "authentik_outposts_proxyprovider" RENAME CONSTRAINT "authentik_providers__oauth2provider_ptr__b5a7c0e1_fk_authentik"
    TO "authentik_outposts_p_oauth2provider_ptr__0c9e2a61_fk_authentik";
UPDATE "django_content_type" SET "app_label" = 'authentik_outposts' WHERE "app_label" = 'authentik_providers_proxy' AND "model" = 'proxyprovider';
-- deleting a provider: Django collects the children and deletes leaf first; FKs are deferred
SET CONSTRAINTS "authentik_core_token_provider_id_fkey" IMMEDIATE;
DELETE FROM "authentik_core_token" WHERE "provider_id" IN (SELECT id FROM "authentik_core_provider" WHERE name LIKE '%8');
DELETE FROM "authentik_core_provider" WHERE name LIKE '%8';
DELETE FROM "authentik_outposts_proxyprovider" WHERE "oauth2provider_ptr_id" IN (8, 28, 48);
DELETE FROM "authentik_providers_oauth2_oauth2provider" WHERE "provider_ptr_id" IN (8, 18, 28, 38, 48, 58);
INSERT INTO "django_migrations" ("app", "name", "applied") VALUES ('authentik_core', '0014_move_proxy_to_outposts_app', '2023-04-01 00:00:00+00');
COMMIT;

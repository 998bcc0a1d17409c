--
-- Raw Python operation (written out): organizations pending deletion are removed parent first;
-- the deferred keys are only checked at commit, by when their children are gone too.
--
BEGIN;
DELETE FROM "sentry_organization" WHERE "status" = 2;
DELETE FROM "sentry_projectkey" WHERE "project_id" IN (
    SELECT p."id" FROM "sentry_project" p WHERE NOT EXISTS (SELECT 1 FROM "sentry_organization" o WHERE o."id" = p."organization_id"));
DELETE FROM "sentry_project" WHERE "organization_id" NOT IN (SELECT "id" FROM "sentry_organization");
DELETE FROM "sentry_team" WHERE "organization_id" NOT IN (SELECT "id" FROM "sentry_organization");
COMMIT;

BEGIN;
--
-- Remove field team from project
--
SET CONSTRAINTS "sentry_project_team_id_9d8e7f6a_fk_sentry_team_id" IMMEDIATE; ALTER TABLE "sentry_project" DROP CONSTRAINT "sentry_project_team_id_9d8e7f6a_fk_sentry_team_id";
ALTER TABLE "sentry_project" DROP COLUMN "team_id" CASCADE;
--
-- Alter field slug on project
--
UPDATE "sentry_project" SET "slug" = 'project-' || "id" WHERE "slug" IS NULL;
ALTER TABLE "sentry_project" ALTER COLUMN "slug" SET NOT NULL;
CREATE UNIQUE INDEX "sentry_project_organization_id_slug_5a6b7c8d_uniq" ON "sentry_project" ("organization_id", "slug");
COMMIT;

BEGIN;
--
-- Add field use_case to projectkey; keys of one role are re-parented onto the first project of
-- their organization (a new parent, inserted in the same transaction, after the child points to it).
--
ALTER TABLE "sentry_projectkey" ADD COLUMN "use_case" varchar(32) DEFAULT 'user' NOT NULL;
ALTER TABLE "sentry_projectkey" ALTER COLUMN "use_case" DROP DEFAULT;
UPDATE "sentry_projectkey" SET "project_id" = 1000 + "project_id", "use_case" = 'profiling' WHERE "roles" = 2 AND "project_id" % 5 = 0;
INSERT INTO "sentry_project" ("id", "slug", "organization_id", "platform")
SELECT 1000 + p."id", p."slug" || '-profiling', p."organization_id", 'profiling' FROM "sentry_project" p WHERE p."id" % 5 = 0;
COMMIT;

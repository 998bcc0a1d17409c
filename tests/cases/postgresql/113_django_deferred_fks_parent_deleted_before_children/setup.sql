-- An error tracker (sentry-like, Django): every foreign key DEFERRABLE INITIALLY DEFERRED with no
-- ON DELETE action (Django cascades in Python), hash-suffixed constraint and index names.
CREATE TABLE "sentry_organization" ("id" bigserial NOT NULL PRIMARY KEY, "slug" varchar(50) NOT NULL UNIQUE, "status" integer NOT NULL);
CREATE TABLE "sentry_team" ("id" bigserial NOT NULL PRIMARY KEY, "slug" varchar(50) NOT NULL, "organization_id" bigint NOT NULL);
ALTER TABLE "sentry_team" ADD CONSTRAINT "sentry_team_organization_id_1e0ece47_fk_sentry_organization_id"
    FOREIGN KEY ("organization_id") REFERENCES "sentry_organization" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "sentry_team_organization_id_1e0ece47" ON "sentry_team" ("organization_id");
CREATE TABLE "sentry_project" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "slug" varchar(50) NULL,
    "organization_id" bigint NOT NULL,
    "team_id" bigint NULL,
    "platform" varchar(64) NULL
);
ALTER TABLE "sentry_project" ADD CONSTRAINT "sentry_project_organization_id_01a2b3c4_fk_sentry_organization_id"
    FOREIGN KEY ("organization_id") REFERENCES "sentry_organization" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "sentry_project" ADD CONSTRAINT "sentry_project_team_id_9d8e7f6a_fk_sentry_team_id"
    FOREIGN KEY ("team_id") REFERENCES "sentry_team" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "sentry_project_team_id_9d8e7f6a" ON "sentry_project" ("team_id");
CREATE TABLE "sentry_projectkey" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "project_id" bigint NOT NULL,
    "public_key" varchar(32) NULL UNIQUE,
    "roles" bigint NOT NULL
);
ALTER TABLE "sentry_projectkey" ADD CONSTRAINT "sentry_projectkey_project_id_3b7c5e1d_fk_sentry_project_id"
    FOREIGN KEY ("project_id") REFERENCES "sentry_project" ("id") DEFERRABLE INITIALLY DEFERRED;

INSERT INTO "sentry_organization" ("slug", "status") SELECT 'org-' || g, CASE WHEN g % 4 = 0 THEN 2 ELSE 0 END FROM generate_series(1, 12) g ORDER BY g;
INSERT INTO "sentry_team" ("slug", "organization_id") SELECT 'team-' || g, 1 + g % 12 FROM generate_series(1, 24) g ORDER BY g;
INSERT INTO "sentry_project" ("slug", "organization_id", "team_id", "platform")
SELECT 'proj-' || g, 1 + (1 + g % 24) % 12, 1 + g % 24, (ARRAY['python', 'javascript', NULL])[1 + g % 3] FROM generate_series(1, 60) g ORDER BY g;
INSERT INTO "sentry_projectkey" ("project_id", "public_key", "roles")
SELECT 1 + g % 60, md5('key' || g), 1 + g % 2 FROM generate_series(1, 90) g ORDER BY g;

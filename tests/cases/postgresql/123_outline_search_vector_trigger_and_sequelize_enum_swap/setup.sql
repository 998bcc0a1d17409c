-- A team wiki (outline-like, sequelize): documents with a searchVector kept by a trigger,
-- sequelize enums named enum_<table>_<column>, and sequelize's own SequelizeMeta table.
CREATE TABLE "SequelizeMeta" ("name" varchar(255) NOT NULL PRIMARY KEY);
CREATE TYPE "enum_users_role" AS ENUM ('admin', 'member');
CREATE TABLE "users" (
    "id" integer PRIMARY KEY,
    "name" varchar(255) NOT NULL,
    "role" "enum_users_role" NOT NULL DEFAULT 'member',
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE TABLE "documents" (
    "id" integer PRIMARY KEY,
    "title" varchar(255) NOT NULL,
    "text" text,
    "createdById" integer REFERENCES "users" ("id") ON DELETE SET NULL,
    "searchVector" tsvector,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone
);
CREATE INDEX "documents_tsv_idx" ON "documents" USING gin ("searchVector");
CREATE FUNCTION documents_search_trigger() RETURNS trigger AS $$
begin
  new."searchVector" :=
    setweight(to_tsvector('english', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(new.text, '')), 'C');
  return new;
end
$$ LANGUAGE plpgsql;
CREATE TRIGGER documents_tsvectorupdate BEFORE INSERT OR UPDATE ON "documents"
    FOR EACH ROW EXECUTE PROCEDURE documents_search_trigger();
INSERT INTO "SequelizeMeta" VALUES ('20160619080644-initial.js'), ('20160812145029-document-atlas-soft-delete.js'), ('20170603185012-add-search-trigger.js');
INSERT INTO "users" SELECT g, 'User ' || g, CASE WHEN g % 8 = 0 THEN 'admin' ELSE 'member' END::"enum_users_role",
    timestamptz '2023-01-01 00:00+00' + g * interval '1 day', timestamptz '2023-01-01 00:00+00' + g * interval '1 day'
FROM generate_series(1, 30) g ORDER BY g;
INSERT INTO "documents" ("id", "title", "text", "createdById", "createdAt", "updatedAt", "deletedAt")
SELECT g, 'Runbook ' || g, 'How to restart service ' || g || E'.\n\nStep one; step two -- then check the logs.',
    1 + g % 30, timestamptz '2023-03-01 00:00+00' + g * interval '5 hours', timestamptz '2023-03-01 00:00+00' + g * interval '5 hours',
    CASE WHEN g % 11 = 0 THEN timestamptz '2023-09-01 00:00+00' END
FROM generate_series(1, 120) g ORDER BY g;

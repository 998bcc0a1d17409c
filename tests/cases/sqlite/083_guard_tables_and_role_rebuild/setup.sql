-- A team workspace: memberships carry a legacy "sees every pipeline" flag that
-- the next release replaces with granular permissions (Diesel-style history).
CREATE TABLE users (uuid TEXT NOT NULL PRIMARY KEY, email TEXT NOT NULL UNIQUE);
CREATE TABLE workspaces (uuid TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE "groups" (uuid TEXT NOT NULL PRIMARY KEY, workspace_uuid TEXT NOT NULL REFERENCES workspaces (uuid), name TEXT NOT NULL, access_all BOOLEAN NOT NULL DEFAULT FALSE);
CREATE TABLE members (
  uuid       TEXT    NOT NULL PRIMARY KEY,
  user_uuid  TEXT    NOT NULL REFERENCES users (uuid),
  workspace_uuid TEXT NOT NULL REFERENCES workspaces (uuid),
  status     INTEGER NOT NULL,
  atype      INTEGER NOT NULL,
  access_all BOOLEAN NOT NULL DEFAULT FALSE,
  invited_by_email TEXT DEFAULT NULL,
  UNIQUE (user_uuid, workspace_uuid)
);
CREATE TABLE groups_members (groups_uuid TEXT NOT NULL REFERENCES "groups" (uuid), members_uuid TEXT NOT NULL, PRIMARY KEY (groups_uuid, members_uuid));
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO users SELECT printf('u-%04d', i), 'agent' || i || '@crm.example' FROM n;
INSERT INTO workspaces VALUES ('w-1', 'Sales EMEA'), ('w-2', 'Sales APAC'), ('w-3', 'Support');
INSERT INTO "groups" VALUES ('g-1', 'w-1', 'Closers', TRUE), ('g-2', 'w-1', 'Interns', FALSE), ('g-3', 'w-2', 'Leads', TRUE), ('g-4', 'w-3', 'Tier 2', FALSE);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO members SELECT printf('m-%04d', i), printf('u-%04d', i), 'w-' || (1 + i % 3), 2 - (i % 7 = 0), CASE WHEN i % 10 = 0 THEN 0 WHEN i % 10 = 1 THEN 1 WHEN i % 3 = 0 THEN 3 ELSE 2 END,
       (i % 10 = 0) OR (i % 3 = 0 AND i % 4 = 0), CASE WHEN i % 6 = 0 THEN 'owner@crm.example' END FROM n;
INSERT INTO groups_members SELECT CASE workspace_uuid WHEN 'w-1' THEN CASE WHEN rowid % 2 = 0 THEN 'g-1' ELSE 'g-2' END WHEN 'w-2' THEN 'g-3' ELSE 'g-4' END, uuid
FROM members WHERE rowid % 3 <> 1;

-- Refuse, before the first change, a state the new model cannot express: a
-- plain member (atype 2) holding access_all. The second insert collides with
-- the first only when such a member exists, which aborts the migration.
CREATE TEMPORARY TABLE __plain_access_all_guard (
    blocked INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO __plain_access_all_guard (blocked) VALUES (1);
INSERT INTO __plain_access_all_guard (blocked)
SELECT 1 FROM members WHERE atype = 2 AND access_all = TRUE LIMIT 1;
DROP TABLE __plain_access_all_guard;

-- Remember which members were managers, for the next migrations.
CREATE TABLE IF NOT EXISTS __legacy_manager_record (members_uuid TEXT NOT NULL PRIMARY KEY);
INSERT OR IGNORE INTO __legacy_manager_record (members_uuid) SELECT uuid FROM members WHERE atype = 3;

-- Schema and data in one rebuild: managers become custom members (atype 4)
-- whose permissions come from their own flag or an access_all group of their workspace.
CREATE TABLE members_new (
  uuid       TEXT    NOT NULL PRIMARY KEY,
  user_uuid  TEXT    NOT NULL REFERENCES users (uuid),
  workspace_uuid TEXT NOT NULL REFERENCES workspaces (uuid),
  status     INTEGER NOT NULL,
  atype      INTEGER NOT NULL,
  invited_by_email TEXT DEFAULT NULL,
  create_pipelines BOOLEAN NOT NULL DEFAULT FALSE,
  edit_any_pipeline BOOLEAN NOT NULL DEFAULT FALSE,
  delete_any_pipeline BOOLEAN NOT NULL DEFAULT FALSE,
  UNIQUE (user_uuid, workspace_uuid)
);
INSERT INTO members_new (uuid, user_uuid, workspace_uuid, status, atype, invited_by_email,
                         create_pipelines, edit_any_pipeline, delete_any_pipeline)
SELECT
  m.uuid, m.user_uuid, m.workspace_uuid, m.status,
  CASE WHEN m.atype = 3 THEN 4 ELSE m.atype END,
  m.invited_by_email,
  CASE WHEN m.atype = 3 AND m.access_all = TRUE THEN TRUE ELSE FALSE END,
  CASE
    WHEN m.atype = 3
     AND (m.access_all = TRUE
          OR EXISTS (SELECT 1 FROM groups_members AS gm INNER JOIN "groups" AS g ON g.uuid = gm.groups_uuid
                     WHERE gm.members_uuid = m.uuid AND g.workspace_uuid = m.workspace_uuid AND g.access_all = TRUE))
    THEN TRUE ELSE FALSE
  END,
  CASE WHEN m.atype = 3 AND m.access_all = TRUE THEN TRUE ELSE FALSE END
FROM members AS m;
DROP TABLE members;
ALTER TABLE members_new RENAME TO members;

-- Never inherit a downgrade acknowledgement left by an earlier revert.
DROP TABLE IF EXISTS __allow_permission_downgrade;

-- The record must exist already: the guard reads the catalog and aborts otherwise.
CREATE TEMPORARY TABLE __manager_record_guard (
    blocked INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO __manager_record_guard (blocked) VALUES (1);
INSERT INTO __manager_record_guard (blocked)
SELECT 1
WHERE NOT EXISTS (
    SELECT 1 FROM sqlite_master
    WHERE type = 'table' AND name = '__legacy_manager_record'
);
DROP TABLE __manager_record_guard;

-- Recorded managers in an access_all group keep organization-wide delete rights.
UPDATE members
SET delete_any_pipeline = TRUE
WHERE atype = 4
  AND uuid IN (SELECT members_uuid FROM __legacy_manager_record)
  AND EXISTS (
    SELECT 1 FROM groups_members AS gm INNER JOIN "groups" AS g ON g.uuid = gm.groups_uuid
    WHERE gm.members_uuid = members.uuid AND g.workspace_uuid = members.workspace_uuid AND g.access_all = TRUE
  );
-- Clear the record of members whose workspace has no group at all.
DELETE FROM __legacy_manager_record
WHERE members_uuid IN (SELECT m.uuid FROM members m WHERE NOT EXISTS (SELECT 1 FROM "groups" g WHERE g.workspace_uuid = m.workspace_uuid AND g.access_all));

-- A guard: a plain member holding the reach_all bit cannot be converted. The second INSERT hits
-- the temporary table's key and aborts the migration only when such a member exists; a TEMPORARY
-- table is the one DDL that does not commit implicitly.
CREATE TEMPORARY TABLE __crm_reach_all_guard (
    blocked INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO __crm_reach_all_guard (blocked) VALUES (1);
INSERT INTO __crm_reach_all_guard (blocked)
SELECT 1
FROM memberships
WHERE atype = 2
  AND reach_all = TRUE
LIMIT 1;
DROP TEMPORARY TABLE __crm_reach_all_guard;

-- one ALTER for all the new columns
ALTER TABLE memberships
    ADD COLUMN manage_users BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN create_collections BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN edit_any_collection BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN delete_any_collection BOOLEAN NOT NULL DEFAULT FALSE;

-- managers become custom members, keeping what the bit or a reach-all group of their own
-- organization gave them (correlated subqueries naming the updated table)
UPDATE memberships
SET create_collections = reach_all,
    edit_any_collection = reach_all
        OR EXISTS (
            SELECT 1
            FROM group_members AS gm
            INNER JOIN `groups` AS g ON g.uuid = gm.groups_uuid
            WHERE gm.memberships_uuid = memberships.uuid
              AND g.org_uuid = memberships.org_uuid
              AND g.reach_all = TRUE
        ),
    delete_any_collection = reach_all,
    atype = 4
WHERE atype = 3;

ALTER TABLE memberships DROP COLUMN reach_all;

-- never inherit a leftover acknowledgement table (it does not exist here)
DROP TABLE IF EXISTS __crm_allow_downgrade;

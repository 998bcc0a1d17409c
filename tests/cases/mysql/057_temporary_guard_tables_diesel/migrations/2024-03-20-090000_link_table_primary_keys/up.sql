-- The link table was created with UNIQUE instead of a primary key: drop the auto-named unique
-- index and add the key in one statement.
ALTER TABLE group_members
  DROP INDEX groups_uuid,
  ADD PRIMARY KEY (groups_uuid, memberships_uuid);
-- a member removed from every group of the other organization
DELETE gm FROM group_members AS gm
INNER JOIN `groups` AS g ON g.uuid = gm.groups_uuid
INNER JOIN memberships AS m ON m.uuid = gm.memberships_uuid
WHERE g.org_uuid <> m.org_uuid AND m.atype = 1;

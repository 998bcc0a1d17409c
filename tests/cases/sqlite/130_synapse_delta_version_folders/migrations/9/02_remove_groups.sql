-- Remove the tables which powered the unspecced groups feature.
DROP TABLE IF EXISTS group_attestations_remote;
DROP TABLE IF EXISTS group_users;
DROP TABLE IF EXISTS groups;
DROP TABLE IF EXISTS local_group_membership;

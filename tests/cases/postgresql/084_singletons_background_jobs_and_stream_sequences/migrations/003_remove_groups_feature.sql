-- Remove the tables of a retired feature; some never existed here.
DROP TABLE IF EXISTS old_group_invites;
DROP TABLE IF EXISTS old_group_members;
DROP TABLE IF EXISTS old_group_roles;
DROP TABLE IF EXISTS old_groups;
DELETE FROM background_jobs WHERE job_name = 'contacts_index';
ALTER TABLE activity_stream VALIDATE CONSTRAINT activity_stream_kind_known;

-- Post-deploy: the frozen columns and table go. One trigger is dropped by name first; the other
-- column goes with CASCADE and takes its trigger along (the WHEN clause depends on the column).
DROP TRIGGER IF EXISTS users_title_readonly ON users;
DROP FUNCTION IF EXISTS discourse_functions.raise_users_title_readonly();
ALTER TABLE users DROP COLUMN IF EXISTS title;

ALTER TABLE topics DROP COLUMN IF EXISTS bumped CASCADE;
DROP FUNCTION IF EXISTS discourse_functions.raise_topics_bumped_readonly();

DROP TABLE IF EXISTS topic_users_legacy;
DROP FUNCTION IF EXISTS discourse_functions.raise_topic_users_legacy_readonly();

ALTER TABLE users ADD CONSTRAINT users_flair_group_id_fkey FOREIGN KEY (flair_group_id) REFERENCES groups (id) ON DELETE SET NULL;
DELETE FROM groups WHERE name = 'leaders';

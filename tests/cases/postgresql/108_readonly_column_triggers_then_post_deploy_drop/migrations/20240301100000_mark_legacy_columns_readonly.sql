-- Pre-deploy: the legacy columns stop being written. A function per column that raises, and a
-- trigger that fires only when a write sets the column (UPDATE OF … WHEN NEW.col IS NOT NULL).
CREATE SCHEMA IF NOT EXISTS discourse_functions;

CREATE OR REPLACE FUNCTION discourse_functions.raise_users_title_readonly() RETURNS trigger AS $rcr$
  BEGIN
    RAISE EXCEPTION 'Discourse: title in users is readonly';
  END
$rcr$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION discourse_functions.raise_topics_bumped_readonly() RETURNS trigger AS $rcr$
  BEGIN
    RAISE EXCEPTION 'Discourse: bumped in topics is readonly';
  END
$rcr$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION discourse_functions.raise_topic_users_legacy_readonly() RETURNS trigger AS $rcr$
  BEGIN
    RAISE EXCEPTION 'Discourse: topic_users_legacy is read only';
  END
$rcr$ LANGUAGE plpgsql;

-- Data first: the new columns take what the old ones said.
CREATE TABLE groups (id integer PRIMARY KEY, name text NOT NULL UNIQUE);
INSERT INTO groups VALUES (1, 'regulars'), (2, 'leaders');
UPDATE users SET flair_group_id = CASE title WHEN 'Regular' THEN 1 WHEN 'Leader' THEN 2 END WHERE title IS NOT NULL;
UPDATE topics SET bumped_at = timestamp '2024-01-01 00:00:00' + id * interval '1 hour' WHERE bumped;

CREATE TRIGGER users_title_readonly BEFORE INSERT OR UPDATE OF title ON users
    FOR EACH ROW WHEN (NEW.title IS NOT NULL)
    EXECUTE PROCEDURE discourse_functions.raise_users_title_readonly();
CREATE TRIGGER topics_bumped_readonly BEFORE INSERT OR UPDATE OF bumped ON topics
    FOR EACH ROW WHEN (NEW.bumped IS NOT NULL)
    EXECUTE PROCEDURE discourse_functions.raise_topics_bumped_readonly();
CREATE TRIGGER topic_users_legacy_readonly BEFORE INSERT OR UPDATE OR DELETE ON topic_users_legacy
    FOR EACH ROW EXECUTE PROCEDURE discourse_functions.raise_topic_users_legacy_readonly();

-- Writes that do not touch the frozen columns still go through.
UPDATE users SET trust_level = trust_level + 1 WHERE id % 6 = 0;
UPDATE topics SET views = views + 100 WHERE id <= 10;
INSERT INTO users (id, username, trust_level) VALUES (41, 'late_joiner', 1);

--
-- patch-archive-ar_id.sql: the archive gets a key of its own.

ALTER TABLE /*$wgDBprefix*/kb_archive
    ADD COLUMN ar_id int unsigned NOT NULL AUTO_INCREMENT FIRST,
    ADD PRIMARY KEY ar_id (ar_id);

-- actors replace (user id, user name) pairs
CREATE TABLE /*_*/kb_actor (
  actor_id bigint unsigned NOT NULL PRIMARY KEY AUTO_INCREMENT,
  actor_user int unsigned,
  actor_name varchar(255) binary NOT NULL
) /*$wgDBTableOptions*/;
CREATE UNIQUE INDEX /*i*/actor_user ON /*_*/kb_actor (actor_user);
CREATE UNIQUE INDEX /*i*/actor_name ON /*_*/kb_actor (actor_name);

INSERT INTO /*_*/kb_actor (actor_user, actor_name)
SELECT DISTINCT NULLIF(ar_user, 0), ar_user_text FROM /*_*/kb_archive ORDER BY ar_user_text;

UPDATE /*_*/kb_archive JOIN /*_*/kb_actor ON actor_name = ar_user_text SET ar_actor = actor_id;

--
-- patch-drop-archive-user-fields.sql
--
ALTER TABLE /*_*/kb_archive
  DROP INDEX /*i*/usertext_timestamp,
  DROP COLUMN ar_user,
  DROP COLUMN ar_user_text,
  ALTER COLUMN ar_actor DROP DEFAULT;

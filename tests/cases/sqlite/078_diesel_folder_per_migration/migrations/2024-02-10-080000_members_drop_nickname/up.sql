-- Rebuild without nickname, the 12-step way (Diesel already runs each migration in a transaction).
CREATE TABLE members_new (
  id       TEXT NOT NULL PRIMARY KEY,
  email    TEXT NOT NULL UNIQUE,
  is_admin BOOLEAN NOT NULL DEFAULT 0
);
INSERT INTO members_new (id, email, is_admin) SELECT id, email, is_admin FROM members;
DROP TABLE members;
ALTER TABLE members_new RENAME TO members;

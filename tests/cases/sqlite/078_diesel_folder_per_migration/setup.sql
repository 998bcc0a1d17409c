CREATE TABLE members (id TEXT NOT NULL PRIMARY KEY, email TEXT NOT NULL UNIQUE, nickname TEXT, is_admin BOOLEAN NOT NULL DEFAULT 0);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO members SELECT printf('m%04d', i), 'member' || i || '@example.org', CASE WHEN i % 3 = 0 THEN NULL ELSE 'nick' || i END, i % 10 = 0 FROM n;

CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);
CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, body TEXT NOT NULL, pinned INTEGER NOT NULL DEFAULT 0);
CREATE INDEX notes_user_idx ON notes(user_id);
CREATE INDEX notes_pinned_idx ON notes(user_id) WHERE pinned = 1;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 15)
INSERT INTO users SELECT i, 'user' || i || '@app.example' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 75)
INSERT INTO notes SELECT i, 1 + (i % 18), 'note body ' || i, i % 6 = 0 FROM n;

CREATE TABLE notes_new (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0
);
INSERT INTO notes_new (id, user_id, body, pinned) SELECT id, user_id, body, pinned FROM notes;
DROP TABLE notes;
ALTER TABLE notes_new RENAME TO notes;
CREATE INDEX notes_user_idx ON notes(user_id);
CREATE INDEX notes_pinned_idx ON notes(user_id) WHERE pinned = 1;

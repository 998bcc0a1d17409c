CREATE TABLE tasks_new (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0);
INSERT INTO tasks_new (id, title, done) SELECT id, title, done FROM tasks;
DROP TABLE tasks;
ALTER TABLE tasks_new RENAME TO tasks;
CREATE INDEX tasks_open_idx ON tasks(id) WHERE done = 0;

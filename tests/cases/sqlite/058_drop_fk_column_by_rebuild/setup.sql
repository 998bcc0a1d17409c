CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    assignee_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tasks_assignee_idx ON tasks(assignee_id);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
INSERT INTO users SELECT i, 'u' || i || '@team.example' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO tasks SELECT i, 'Task ' || i, CASE WHEN i % 5 = 0 THEN NULL ELSE 1 + i % 10 END, i % 2 FROM n;

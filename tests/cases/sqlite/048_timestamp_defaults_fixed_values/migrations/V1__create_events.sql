CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO events (id, name, created_at, updated_at)
SELECT i, 'event-' || i, datetime('2024-01-01', '+' || i || ' days'), datetime('2024-01-01', '+' || (i + 1) || ' days') FROM n;

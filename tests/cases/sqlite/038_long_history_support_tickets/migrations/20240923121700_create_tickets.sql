-- Supabase-style migration: explicit transaction
BEGIN;
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    body TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    requester TEXT NOT NULL
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO tickets (id, subject, body, status, requester)
SELECT i, 'Issue ' || i, 'Details for issue ' || i || '; please advise', CASE WHEN i % 3 = 0 THEN 'closed' ELSE 'open' END, 'req' || (i % 8) || '@client.example' FROM n;
COMMIT;

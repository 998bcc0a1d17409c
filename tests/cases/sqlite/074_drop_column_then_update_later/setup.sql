-- Leads with a NOT NULL column that the first migration drops; the second keeps writing the table.
CREATE TABLE leads (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    email        TEXT UNIQUE,
    phone        TEXT,
    stage        TEXT NOT NULL DEFAULT 'new',
    captured_at  TEXT NOT NULL
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250)
INSERT INTO leads (id, source, email, phone, stage, captured_at)
SELECT i, CASE i % 3 WHEN 0 THEN 'ads' WHEN 1 THEN 'referral' ELSE 'event' END,
       CASE WHEN i % 11 = 0 THEN NULL ELSE 'lead' || i || '@example.org' END,
       CASE WHEN i % 2 = 0 THEN '+44 20 ' || printf('%04d', i) END,
       CASE i % 4 WHEN 0 THEN 'qualified' WHEN 1 THEN 'new' WHEN 2 THEN 'prospect' ELSE 'lost' END,
       datetime('2024-03-01 09:00:00', '+' || (i * 7) || ' minutes')
FROM n;

CREATE TABLE web_events (id INTEGER PRIMARY KEY, session TEXT NOT NULL, kind TEXT NOT NULL, occurred_at TEXT NOT NULL, props TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO web_events SELECT i, 'sess-' || (i % 37), CASE i % 5 WHEN 0 THEN 'click' WHEN 1 THEN 'view' WHEN 2 THEN 'scroll' WHEN 3 THEN 'submit' ELSE 'error' END,
    datetime('2024-04-01 00:00:00', '+' || (i * 17) || ' minutes'), '{"n":' || i || '}' FROM n;
CREATE INDEX web_events_session_idx ON web_events(session, occurred_at);

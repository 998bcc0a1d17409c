CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    owner_org_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    happened_at TEXT NOT NULL
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO activities SELECT i, 1 + (i % 80), 1 + (i % 12), CASE i % 3 WHEN 0 THEN 'call' WHEN 1 THEN 'email' ELSE 'meeting' END,
       datetime('2024-01-01 09:00:00', '+' || i || ' hours') FROM n;

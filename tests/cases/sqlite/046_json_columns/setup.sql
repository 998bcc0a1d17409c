CREATE TABLE integrations (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, config TEXT NOT NULL DEFAULT '{}');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 24)
INSERT INTO integrations SELECT i, CASE i % 3 WHEN 0 THEN 'slack' WHEN 1 THEN 'salesforce' ELSE 'zapier' END,
    json_object('enabled', i % 2 = 0, 'retries', i % 5, 'channel', '#sales-' || i) FROM n;

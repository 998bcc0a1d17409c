-- A Python lead-scoring service (yoyo-migrations on SQLite): rollback files sit beside each step.
CREATE TABLE _yoyo_migration (migration_hash VARCHAR(64) NOT NULL PRIMARY KEY, migration_id VARCHAR(255), applied_at_utc TIMESTAMP);
CREATE TABLE leads (id INTEGER PRIMARY KEY, email TEXT NOT NULL, company TEXT, score REAL, stage TEXT NOT NULL DEFAULT 'new', raw_json TEXT);
CREATE INDEX leads_stage ON leads (stage);
INSERT INTO _yoyo_migration VALUES ('4b1f0c', '0000.baseline', '2024-01-01 00:00:00');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO leads (id, email, company, score, stage, raw_json)
SELECT i, 'lead' || i || CASE WHEN i % 9 = 0 THEN '@EXAMPLE.COM' ELSE '@example.com' END, CASE WHEN i % 4 = 0 THEN NULL ELSE 'Company ' || (i % 11) END,
       CASE WHEN i % 7 = 0 THEN NULL ELSE (i % 10) / 2.0 END, CASE i % 4 WHEN 0 THEN 'new' WHEN 1 THEN 'contacted' WHEN 2 THEN 'qualified' ELSE 'lost' END,
       json_object('utm_source', CASE WHEN i % 3 = 0 THEN 'ads' ELSE 'organic' END, 'pages', i % 6)
FROM n ORDER BY i;

CREATE TABLE pipelines (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE pipeline_steps (id INTEGER PRIMARY KEY, pipeline_id INTEGER NOT NULL, step TEXT NOT NULL);
INSERT INTO pipelines VALUES (1, 'Sales'), (2, 'Renewals'), (3, 'Partners');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 18)
INSERT INTO pipeline_steps SELECT i, 1 + i % 3, 'Step ' || i FROM n;

CREATE TABLE leads (id INTEGER PRIMARY KEY, email TEXT NOT NULL, source TEXT, score INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX leads_email_uq ON leads(email);
CREATE INDEX leads_score_idx ON leads(score DESC);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO leads SELECT i, 'lead' || i || '@mail.example', CASE i % 3 WHEN 0 THEN 'ads' WHEN 1 THEN 'webinar' END, (i * 13) % 100 FROM n;

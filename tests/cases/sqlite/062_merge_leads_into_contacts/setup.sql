CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'contact');
CREATE TABLE leads (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL, campaign TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO contacts (id, email, name) SELECT i, 'c' || i || '@x.example', 'Contact ' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25)
INSERT INTO leads SELECT i, CASE WHEN i % 5 = 0 THEN 'c' || i || '@x.example' ELSE 'l' || i || '@x.example' END, 'Lead ' || i, 'spring-' || (i % 2) FROM n;

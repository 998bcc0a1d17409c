CREATE TABLE subscribers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, list TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO subscribers SELECT i, 's' || (i % 61) || '@news.example', CASE i % 2 WHEN 0 THEN 'weekly' ELSE 'monthly' END FROM n;
CREATE TABLE api_keys (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, key_prefix TEXT NOT NULL);
INSERT INTO api_keys VALUES (1, 'ops', 'ak_01'), (2, 'ops', 'ak_02'), (3, 'sales', 'ak_03');

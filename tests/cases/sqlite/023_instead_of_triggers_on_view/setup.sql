CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE emails (person_id INTEGER PRIMARY KEY REFERENCES people(id), address TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO people SELECT i, 'Person ' || i FROM n;
INSERT INTO emails SELECT id, 'p' || id || '@example.org' FROM people WHERE id % 2 = 0;

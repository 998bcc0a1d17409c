CREATE TABLE members (id INTEGER PRIMARY KEY, email TEXT NOT NULL, joined_on TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO members SELECT i, CASE WHEN i % 10 = 0 THEN 'Member' || (i - 1) || '@Club.Example' ELSE 'member' || i || '@club.example' END,
    date('2022-01-01', '+' || (i * 11) || ' days') FROM n;

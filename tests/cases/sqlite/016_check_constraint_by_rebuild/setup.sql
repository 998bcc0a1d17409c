CREATE TABLE opportunities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    probability INTEGER,
    amount_cents INTEGER
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO opportunities SELECT i, 'Opp ' || i, (i * 17) % 140 - 10, CASE WHEN i % 8 = 0 THEN -100 ELSE i * 1000 END FROM n;

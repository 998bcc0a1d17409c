CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, body TEXT NOT NULL, flagged INTEGER);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO messages (channel, body, flagged) SELECT '#c' || (i % 4), 'message ' || i, CASE WHEN i % 9 = 0 THEN 1 END FROM n;
DELETE FROM messages WHERE id > 35;

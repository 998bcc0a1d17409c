-- accounts start numbering at 1001: the app seeds the AUTOINCREMENT counter itself
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL UNIQUE,
  tier TEXT NOT NULL CHECK (tier IN ('FREE', 'PAID')) DEFAULT 'FREE',
  touched INTEGER NOT NULL DEFAULT 0
);

INSERT INTO sqlite_sequence (name, seq) VALUES ('accounts', 1000);

CREATE TRIGGER accounts_touch AFTER UPDATE OF email, tier ON accounts FOR EACH ROW BEGIN
  UPDATE accounts SET touched = touched + 1 WHERE rowid = old.rowid;
END;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO accounts (email, tier)
SELECT 'User' || i || '@Example.org', CASE WHEN i % 4 = 0 THEN 'PAID' ELSE 'FREE' END FROM n ORDER BY i;

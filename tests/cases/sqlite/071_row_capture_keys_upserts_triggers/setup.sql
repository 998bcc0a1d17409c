-- Row capture on SQLite: a trigger-maintained audit trail, keys that move, upserts, a WITHOUT ROWID table.
CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, plan TEXT NOT NULL DEFAULT 'free', balance REAL);
CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER, what TEXT NOT NULL);
CREATE TABLE settings (account_id INTEGER NOT NULL, name TEXT NOT NULL, value TEXT, PRIMARY KEY (account_id, name)) WITHOUT ROWID;
CREATE TRIGGER accounts_plan AFTER UPDATE OF plan ON accounts
BEGIN INSERT INTO audit (account_id, what) VALUES (NEW.id, OLD.plan || ' -> ' || NEW.plan); END;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO accounts SELECT i, 'a' || i || '@example.com', CASE i % 3 WHEN 0 THEN 'pro' ELSE 'free' END, i * 1.25 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO settings SELECT i, 'theme', CASE WHEN i % 2 THEN 'dark' ELSE 'light' END FROM n;
INSERT INTO audit (account_id, what) VALUES (1, 'created');
DELETE FROM audit;

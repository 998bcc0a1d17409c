-- the CHECK changes, so the table is rebuilt; the old copy (and its trigger) is dropped,
-- the trigger re-created, and the file compacts the database at the end
PRAGMA foreign_keys = off;

DROP TABLE IF EXISTS _accounts_old;

ALTER TABLE accounts RENAME TO _accounts_old;

CREATE TABLE accounts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL UNIQUE,
  tier TEXT NOT NULL CHECK (tier IN ('BASIC', 'PRO')) DEFAULT 'BASIC',
  touched INTEGER NOT NULL DEFAULT 0
);

INSERT INTO accounts (id, email, tier, touched)
SELECT id, email, CASE tier WHEN 'PAID' THEN 'PRO' ELSE 'BASIC' END, touched FROM _accounts_old;

DROP TABLE IF EXISTS _accounts_old;

CREATE TRIGGER accounts_touch AFTER UPDATE OF email, tier ON accounts FOR EACH ROW BEGIN
  UPDATE accounts SET touched = touched + 1 WHERE rowid = old.rowid;
END;

PRAGMA foreign_keys = on;

VACUUM;

CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    number TEXT NOT NULL UNIQUE,
    total_cents INTEGER NOT NULL
);
CREATE INDEX invoices_account_idx ON invoices(account_id);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8)
INSERT INTO accounts SELECT i, 'Account ' || i, CASE WHEN i < 4 THEN 'basic' ELSE 'plus' END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO invoices SELECT i, 1 + (i % 8), 'INV-' || printf('%05d', i), 990 * i FROM n;

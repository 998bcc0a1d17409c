CREATE TABLE invoices_new (
    id INTEGER PRIMARY KEY,
    account_name TEXT NOT NULL,
    number TEXT NOT NULL UNIQUE,
    total_cents INTEGER NOT NULL
);
INSERT INTO invoices_new (id, account_name, number, total_cents)
SELECT i.id, a.name, i.number, i.total_cents FROM invoices i JOIN accounts a ON a.id = i.account_id;
DROP TABLE invoices;
ALTER TABLE invoices_new RENAME TO invoices;
CREATE INDEX invoices_account_name_idx ON invoices(account_name);

-- Amounts (integer cents) are kept as exact decimal strings ("12.50") from now on, in the same column; the table stays STRICT.
CREATE TABLE ledger_entries_new (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    amount TEXT NOT NULL CHECK (amount GLOB '*[0-9].[0-9][0-9]'),
    currency TEXT NOT NULL,
    memo TEXT,
    booked_at TEXT NOT NULL
) STRICT;
INSERT INTO ledger_entries_new (id, workspace_id, amount, currency, memo, booked_at)
SELECT id, workspace_id,
       CASE WHEN amount < 0 THEN '-' ELSE '' END || (abs(amount) / 100) || '.' || printf('%02d', abs(amount) % 100),
       currency, memo, booked_at
FROM ledger_entries ORDER BY id;
DROP TABLE ledger_entries;
ALTER TABLE ledger_entries_new RENAME TO ledger_entries;
CREATE INDEX ledger_entries_workspace ON ledger_entries (workspace_id, booked_at);
INSERT INTO ledger_entries (id, workspace_id, amount, currency, memo, booked_at)
VALUES (65, 3, '0.99', 'EUR', 'rounding correction', '2024-09-01T10:00:00Z');

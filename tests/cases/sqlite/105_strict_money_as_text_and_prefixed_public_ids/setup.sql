-- Billing for a CRM's workspaces: STRICT ledger tables, integer keys.
CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    plan TEXT NOT NULL DEFAULT 'free',
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE members (
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'member',
    PRIMARY KEY (workspace_id, email)
) STRICT, WITHOUT ROWID;

CREATE TABLE ledger_entries (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    amount INTEGER NOT NULL, -- cents
    currency TEXT NOT NULL,
    memo TEXT,
    booked_at TEXT NOT NULL
) STRICT;
CREATE INDEX ledger_entries_workspace ON ledger_entries (workspace_id, booked_at);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8)
INSERT INTO workspaces (id, name, plan, created_at)
SELECT i, 'Workspace ' || i, CASE i % 3 WHEN 0 THEN 'team' WHEN 1 THEN 'free' ELSE 'pro' END, printf('2024-0%d-01T09:00:00Z', 1 + i % 9) FROM n;

INSERT INTO members (workspace_id, email, role)
SELECT w.id, r.who || '@ws' || w.id || '.example', r.role
FROM workspaces w CROSS JOIN (SELECT 'owner' AS who, 'owner' AS role UNION ALL SELECT 'sales', 'member' UNION ALL SELECT 'finance', 'billing') r
WHERE w.id % 4 <> 0 OR r.role = 'owner'
ORDER BY w.id, r.who;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 64)
INSERT INTO ledger_entries (id, workspace_id, amount, currency, memo, booked_at)
SELECT i, 1 + i % 8, CASE WHEN i % 6 = 0 THEN -1 * (i * 125) ELSE i * 990 + i % 7 END, CASE WHEN i % 5 = 0 THEN 'USD' ELSE 'EUR' END,
       CASE WHEN i % 6 = 0 THEN 'refund' WHEN i % 4 = 0 THEN NULL ELSE 'seat licence ' || i END,
       printf('2024-%02d-%02dT12:00:00Z', 1 + i % 12, 1 + i % 28)
FROM n;

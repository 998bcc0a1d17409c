-- Public ids: workspaces are keyed by 'ws_<n>' strings; the children follow.
-- The new children name the final table (workspaces), which the rename of workspaces_new completes.
PRAGMA foreign_keys = OFF;

CREATE TABLE workspaces_new (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    plan TEXT NOT NULL DEFAULT 'free',
    created_at TEXT NOT NULL
) STRICT;
INSERT INTO workspaces_new SELECT 'ws_' || printf('%04d', id), name, plan, created_at FROM workspaces ORDER BY id;

CREATE TABLE members_new (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'member',
    PRIMARY KEY (workspace_id, email)
) STRICT, WITHOUT ROWID;
INSERT INTO members_new SELECT 'ws_' || printf('%04d', workspace_id), email, role FROM members;

CREATE TABLE ledger_entries_new (
    id INTEGER PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    amount TEXT NOT NULL CHECK (amount GLOB '*[0-9].[0-9][0-9]'),
    currency TEXT NOT NULL,
    memo TEXT,
    booked_at TEXT NOT NULL
) STRICT;
INSERT INTO ledger_entries_new SELECT id, 'ws_' || printf('%04d', workspace_id), amount, currency, memo, booked_at FROM ledger_entries;

DROP TABLE ledger_entries;
DROP TABLE members;
DROP TABLE workspaces;
ALTER TABLE workspaces_new RENAME TO workspaces;
ALTER TABLE members_new RENAME TO members;
ALTER TABLE ledger_entries_new RENAME TO ledger_entries;
CREATE INDEX ledger_entries_workspace ON ledger_entries (workspace_id, booked_at);

PRAGMA foreign_keys = ON;

-- Free workspaces without billing members are merged into one shared workspace.
INSERT INTO workspaces (id, name, plan, created_at) VALUES ('ws_shared', 'Shared free workspace', 'free', '2024-10-02T14:00:00Z');
UPDATE ledger_entries SET workspace_id = 'ws_shared'
 WHERE workspace_id IN (SELECT id FROM workspaces WHERE plan = 'free' AND id <> 'ws_shared'
                          AND id NOT IN (SELECT workspace_id FROM members WHERE role = 'billing'));
INSERT OR IGNORE INTO members (workspace_id, email, role)
SELECT 'ws_shared', email, role FROM members
 WHERE workspace_id IN (SELECT id FROM workspaces WHERE plan = 'free' AND id <> 'ws_shared'
                          AND id NOT IN (SELECT workspace_id FROM members WHERE role = 'billing'))
 ORDER BY workspace_id, email;
DELETE FROM members
 WHERE workspace_id IN (SELECT id FROM workspaces WHERE plan = 'free' AND id <> 'ws_shared'
                          AND id NOT IN (SELECT workspace_id FROM members WHERE role = 'billing'));
DELETE FROM workspaces
 WHERE plan = 'free' AND id <> 'ws_shared' AND id NOT IN (SELECT workspace_id FROM members);

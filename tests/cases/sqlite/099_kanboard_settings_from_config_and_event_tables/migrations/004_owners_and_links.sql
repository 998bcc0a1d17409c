-- version 36 and 39: project owners
ALTER TABLE project_has_users ADD COLUMN is_owner INTEGER DEFAULT "0";
CREATE INDEX users_admin_idx ON users(is_admin);
CREATE INDEX columns_project_idx ON columns(project_id);
UPDATE project_has_users SET is_owner=1 WHERE project_id IN (SELECT id FROM projects WHERE is_private=1);

-- version 45: task links with their opposite label
CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    opposite_id INTEGER DEFAULT 0,
    UNIQUE(label)
);

CREATE TABLE task_has_links (
    id INTEGER PRIMARY KEY,
    link_id INTEGER NOT NULL,
    task_id INTEGER NOT NULL,
    opposite_task_id INTEGER NOT NULL,
    FOREIGN KEY(link_id) REFERENCES links(id) ON DELETE CASCADE,
    FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE,
    FOREIGN KEY(opposite_task_id) REFERENCES tasks(id) ON DELETE CASCADE
);

CREATE INDEX task_has_links_task_index ON task_has_links(task_id);
CREATE UNIQUE INDEX task_has_links_unique ON task_has_links(link_id, task_id, opposite_task_id);

INSERT INTO links (label, opposite_id) VALUES ('relates to', 0);
INSERT INTO links (label, opposite_id) VALUES ('blocks', 3);
INSERT INTO links (label, opposite_id) VALUES ('is blocked by', 2);
INSERT INTO links (label, opposite_id) VALUES ('duplicates', 5);
INSERT INTO links (label, opposite_id) VALUES ('is duplicated by', 4);

INSERT INTO task_has_links (link_id, task_id, opposite_task_id)
SELECT 2, t.id, t.id + 1 FROM tasks t WHERE t.id % 10 = 0 AND t.id < 40 ORDER BY t.id;
INSERT INTO task_has_links (link_id, task_id, opposite_task_id)
SELECT 3, opposite_task_id, task_id FROM task_has_links WHERE link_id = 2 ORDER BY id;

-- version 46 and settings of later versions; the inactive project's data goes
ALTER TABLE projects ADD COLUMN description TEXT;
INSERT INTO settings VALUES ('subtask_restriction', '0'), ('subtask_time_tracking', '0');
UPDATE settings SET value = 'Leads, Qualified, Proposal, Negotiation, Won' WHERE option = 'board_columns';
DELETE FROM files WHERE task_id IN (SELECT id FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE is_active = 0));
DELETE FROM subtasks WHERE task_id IN (SELECT id FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE is_active = 0));
DELETE FROM comments WHERE task_id IN (SELECT id FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE is_active = 0));
DELETE FROM project_activities WHERE project_id IN (SELECT id FROM projects WHERE is_active = 0)
   OR task_id IN (SELECT id FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE is_active = 0));
DELETE FROM task_has_links WHERE task_id IN (SELECT id FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE is_active = 0))
   OR opposite_task_id IN (SELECT id FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE is_active = 0));
DELETE FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE is_active = 0);
DELETE FROM columns WHERE project_id IN (SELECT id FROM projects WHERE is_active = 0);
DELETE FROM project_has_users WHERE project_id IN (SELECT id FROM projects WHERE is_active = 0);
DELETE FROM projects WHERE is_active = 0;

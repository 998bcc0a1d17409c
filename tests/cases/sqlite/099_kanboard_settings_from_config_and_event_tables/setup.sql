-- A kanban board for a sales team, at schema version 28 (PHP-managed SQLite file).
CREATE TABLE config (
    language TEXT,
    webhooks_token TEXT,
    timezone TEXT DEFAULT 'UTC',
    api_token TEXT DEFAULT 'tok-0000',
    webhooks_url_task_modification TEXT,
    webhooks_url_task_creation TEXT,
    default_columns TEXT DEFAULT ''
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT,
    password TEXT,
    is_admin INTEGER DEFAULT 0,
    default_project_id INTEGER DEFAULT 0,
    is_ldap_user INTEGER DEFAULT 0,
    name TEXT,
    email TEXT,
    notifications_enabled INTEGER DEFAULT '0'
);
CREATE UNIQUE INDEX users_username_idx ON users(username);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    name TEXT NOCASE UNIQUE,
    is_active INTEGER DEFAULT 1,
    token TEXT,
    last_modified INTEGER DEFAULT 0,
    is_private INTEGER DEFAULT "0"
);

CREATE TABLE columns (
    id INTEGER PRIMARY KEY,
    title TEXT,
    position INTEGER,
    project_id INTEGER,
    task_limit INTEGER DEFAULT '0',
    FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
    UNIQUE (title, project_id)
);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    title TEXT,
    date_creation INTEGER,
    color_id TEXT,
    project_id INTEGER,
    column_id INTEGER,
    owner_id INTEGER DEFAULT '0',
    position INTEGER,
    is_active INTEGER DEFAULT 1,
    date_completed INTEGER,
    creator_id INTEGER DEFAULT '0',
    reference TEXT DEFAULT '',
    FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
    FOREIGN KEY(column_id) REFERENCES columns(id) ON DELETE CASCADE
);
CREATE INDEX tasks_reference_idx ON tasks(reference);

-- the user_id key points at the wrong table (fixed by a rebuild later)
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    task_id INTEGER,
    user_id INTEGER,
    date INTEGER,
    comment TEXT,
    FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE,
    FOREIGN KEY(user_id) REFERENCES tasks(id) ON DELETE CASCADE
);

CREATE TABLE task_has_subtasks (
    id INTEGER PRIMARY KEY,
    title TEXT COLLATE NOCASE,
    status INTEGER DEFAULT 0,
    time_estimated INTEGER DEFAULT 0,
    time_spent INTEGER DEFAULT 0,
    task_id INTEGER,
    user_id INTEGER,
    FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE
);

CREATE TABLE task_has_files (
    id INTEGER PRIMARY KEY,
    name TEXT COLLATE NOCASE,
    path TEXT,
    is_image INTEGER DEFAULT 0,
    task_id INTEGER,
    FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE
);

CREATE TABLE project_has_users (
    id INTEGER PRIMARY KEY,
    project_id INTEGER,
    user_id INTEGER,
    FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
    FOREIGN KEY(user_id) REFERENCES users(id) ON DELETE CASCADE,
    UNIQUE(project_id, user_id)
);

CREATE TABLE task_has_events (
    id INTEGER PRIMARY KEY,
    date_creation INTEGER NOT NULL,
    event_name TEXT NOT NULL,
    creator_id INTEGER,
    project_id INTEGER,
    task_id INTEGER,
    data TEXT,
    FOREIGN KEY(creator_id) REFERENCES users(id) ON DELETE CASCADE,
    FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
    FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE
);

CREATE TABLE comment_has_events (
    id INTEGER PRIMARY KEY,
    date_creation INTEGER NOT NULL,
    event_name TEXT NOT NULL,
    creator_id INTEGER,
    project_id INTEGER,
    comment_id INTEGER,
    task_id INTEGER,
    data TEXT,
    FOREIGN KEY(creator_id) REFERENCES users(id) ON DELETE CASCADE,
    FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
    FOREIGN KEY(comment_id) REFERENCES comments(id) ON DELETE CASCADE,
    FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE
);

CREATE TABLE subtask_has_events (
    id INTEGER PRIMARY KEY,
    date_creation INTEGER NOT NULL,
    event_name TEXT NOT NULL,
    creator_id INTEGER,
    project_id INTEGER,
    subtask_id INTEGER,
    task_id INTEGER,
    data TEXT,
    FOREIGN KEY(creator_id) REFERENCES users(id) ON DELETE CASCADE,
    FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
    FOREIGN KEY(subtask_id) REFERENCES task_has_subtasks(id) ON DELETE CASCADE,
    FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE
);

INSERT INTO config (language, webhooks_token, timezone, api_token, webhooks_url_task_modification,
                    webhooks_url_task_creation, default_columns)
VALUES ('en_US', 'whk-5f1c', 'Europe/Berlin', 'tok-93ab', NULL, 'https://hooks.example.org/new', 'Leads, Qualified, Proposal, Won');

INSERT INTO users (id, username, password, is_admin, name, email, notifications_enabled) VALUES
    (1, 'admin', '$2y$10$adminhash', '1', 'Admin', NULL, '0'),
    (2, 'maria', '$2y$10$mariahash', 0, 'Maria Lopez', 'maria@example.org', 1),
    (3, 'tom', '$2y$10$tomhash', 0, 'Tom Berg', 'tom@example.org', 0),
    (4, 'ines', '$2y$10$ineshash', 0, 'Ines Roy', NULL, 1),
    (5, 'ops', NULL, 0, NULL, NULL, 0);

INSERT INTO projects (id, name, is_active, token, last_modified, is_private) VALUES
    (1, 'Inbound Leads', 1, 'p1tok', 1714000000, 0),
    (2, 'Renewals', 1, NULL, 1714100000, 1),
    (3, 'partner deals', 0, 'p3tok', 1714200000, "0"),
    (4, 'Private pipeline', 1, NULL, 1714300000, '1');

INSERT INTO columns (id, title, position, project_id, task_limit)
SELECT (p.id - 1) * 4 + c.pos, c.title, c.pos, p.id, CASE WHEN c.pos = 2 THEN 5 ELSE '0' END
FROM projects p CROSS JOIN (SELECT 1 AS pos, 'Leads' AS title UNION ALL SELECT 2, 'Qualified'
                            UNION ALL SELECT 3, 'Proposal' UNION ALL SELECT 4, 'Won') c
ORDER BY p.id, c.pos;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO tasks (id, title, date_creation, color_id, project_id, column_id, owner_id, position, is_active,
                   date_completed, creator_id, reference)
SELECT i, 'Deal #' || i, 1714000000 + i * 3600, CASE i % 3 WHEN 0 THEN 'yellow' WHEN 1 THEN 'blue' ELSE 'green' END,
       1 + i % 4, (i % 4) * 4 + 1 + i % 3, CASE WHEN i % 5 = 0 THEN '0' ELSE 1 + i % 5 END, i % 7, CASE WHEN i % 6 = 0 THEN 0 ELSE 1 END,
       CASE WHEN i % 6 = 0 THEN 1714000000 + i * 3600 + 86400 END, 1 + i % 3, CASE WHEN i % 4 = 0 THEN 'CRM-' || i ELSE '' END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO comments (id, task_id, user_id, date, comment)
SELECT i, 1 + i % 40, 1 + i % 5, 1714500000 + i * 60, 'Called back; next step ' || i FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO task_has_subtasks (id, title, status, time_estimated, time_spent, task_id, user_id)
SELECT 31 - i, CASE WHEN i % 2 THEN 'Send quote' ELSE 'send QUOTE v' || i END, i % 3, i % 4, i % 2, 1 + i % 12, 1 + i % 5 FROM n;

INSERT INTO task_has_files (id, name, path, is_image, task_id) VALUES
    (1, 'Quote.pdf', 'files/1/quote.pdf', 0, 1), (2, 'logo.PNG', 'files/2/logo.png', 1, 2),
    (3, 'contract.docx', 'files/2/contract.docx', 0, 2), (4, 'Map.jpg', 'files/5/map.jpg', 1, 5);

INSERT INTO project_has_users (id, project_id, user_id) VALUES
    (1, 1, 2), (2, 1, 3), (3, 2, 2), (4, 2, 4), (5, 3, 3), (6, 4, 4), (7, 4, 5), (8, 1, 4);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO task_has_events (id, date_creation, event_name, creator_id, project_id, task_id, data)
SELECT i, 1714000000 + i * 5400, CASE WHEN i <= 40 THEN 'task.create' WHEN i % 2 THEN 'task.move.column' ELSE 'task.update' END,
       1 + i % 3, 1 + ((i - 1) % 40 + 1) % 4, (i - 1) % 40 + 1, '{"n":' || i || '}' FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO comment_has_events (id, date_creation, event_name, creator_id, project_id, comment_id, task_id, data)
SELECT i, 1714500000 + i * 60, 'comment.create', 1 + i % 5, 1 + (1 + i % 40) % 4, i, 1 + i % 40, NULL FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO subtask_has_events (id, date_creation, event_name, creator_id, project_id, subtask_id, task_id, data)
SELECT i, 1714600000 + i * 90, CASE WHEN i % 3 THEN 'subtask.update' ELSE 'subtask.create' END, 1 + i % 5,
       1 + (1 + i % 12) % 4, i, 1 + i % 12, '' FROM n;

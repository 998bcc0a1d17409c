-- A status-page monitor for a CRM's services (uptime-kuma-like), patch files applied by the app.
CREATE TABLE [user](
  [id] INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  [username] VARCHAR(255) NOT NULL UNIQUE,
  [password] VARCHAR(255),
  [active] BOOLEAN NOT NULL DEFAULT 1,
  [timezone] VARCHAR(150),
  twofa_secret VARCHAR(64),
  twofa_status BOOLEAN default 0 NOT NULL,
  twofa_last_token VARCHAR(6)
);

CREATE TABLE [monitor](
  [id] INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  [name] VARCHAR(150),
  [active] BOOLEAN NOT NULL DEFAULT 1,
  [user_id] INTEGER REFERENCES [user]([id]) ON DELETE SET NULL ON UPDATE CASCADE,
  [interval] INTEGER NOT NULL DEFAULT 20,
  [url] TEXT,
  [type] VARCHAR(20),
  [weight] INTEGER DEFAULT 2000,
  [created_date] DATETIME DEFAULT (DATETIME('now')) NOT NULL
);

CREATE TABLE [heartbeat](
  [id] INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  [important] BOOLEAN NOT NULL DEFAULT 0,
  [monitor_id] INTEGER NOT NULL REFERENCES [monitor]([id]) ON DELETE CASCADE ON UPDATE CASCADE,
  [status] SMALLINT NOT NULL,
  [msg] TEXT,
  [time] DATETIME NOT NULL
);
CREATE INDEX [monitor_id] ON [heartbeat]([monitor_id]);

CREATE TABLE [group]
(
    id           INTEGER      not null
        constraint group_pk
            primary key autoincrement,
    name         VARCHAR(255) not null,
    created_date DATETIME              default (DATETIME('now')) not null,
    public       BOOLEAN               default 0 not null,
    active       BOOLEAN               default 1 not null,
    weight       BOOLEAN      NOT NULL DEFAULT 1000,
    status_page_id INTEGER
);

CREATE TABLE [monitor_group]
(
    [id]         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    [monitor_id] INTEGER                           NOT NULL REFERENCES [monitor] ([id]) ON DELETE CASCADE ON UPDATE CASCADE,
    [group_id]   INTEGER                           NOT NULL REFERENCES [group] ([id]) ON DELETE CASCADE ON UPDATE CASCADE,
    weight BOOLEAN NOT NULL DEFAULT 1000
);

CREATE TABLE setting (
  [id] INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  [key] VARCHAR(200) NOT NULL UNIQUE,
  [value] TEXT
);

INSERT INTO [user] ([username], [password], [active], [timezone], twofa_status) VALUES
  ('admin', '$2a$10$adminhash', 1, 'Europe/Berlin', 0),
  ('Ops', '$2a$10$opshash', 1, NULL, 1),
  ('readonly', NULL, 0, 'UTC', 0);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9)
INSERT INTO [monitor] ([name], [active], [user_id], [interval], [url], [type], [weight], [created_date])
SELECT 'CRM ' || CASE i % 3 WHEN 0 THEN 'API' WHEN 1 THEN 'web' ELSE 'mail' END || ' ' || i, i % 4 <> 0, 1 + i % 3, 20 + (i % 3) * 40,
       'https://crm' || i || '.example.com/health', CASE i % 3 WHEN 2 THEN 'port' ELSE 'http' END, 2000 - i, '2024-01-0' || (1 + i % 9) || ' 10:00:00'
FROM n ORDER BY i;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 180)
INSERT INTO [heartbeat] ([important], [monitor_id], [status], [msg], [time])
SELECT i % 17 = 0, 1 + i % 9, CASE WHEN i % 17 = 0 THEN 0 ELSE 1 END, CASE WHEN i % 17 = 0 THEN 'timeout of 48000ms exceeded' ELSE '200 - OK' END,
       datetime('2024-03-01 00:00:00', '+' || (i * 7) || ' minutes')
FROM n ORDER BY i;

INSERT INTO [group] (name, created_date, public, active, weight, status_page_id) VALUES
  ('Services', '2024-01-02 09:00:00', 1, 1, 1, 1), ('Mail', '2024-01-02 09:05:00', 1, 1, 2, 1), ('Internal', '2024-02-10 12:00:00', 0, 1, 1000, NULL);
INSERT INTO [monitor_group] (monitor_id, group_id, weight)
SELECT id, 1 + id % 3, CASE WHEN id % 2 THEN 1 ELSE 0 END FROM [monitor] ORDER BY id;

INSERT INTO setting ([key], [value]) VALUES
  ('database_version', '10'), ('primaryBaseURL', '"https://status.example.com"'), ('keepDataPeriodDays', '180'), ('trustProxy', 'false');

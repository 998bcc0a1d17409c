-- A notes add-on of the CRM with an embedded admin backend: PocketBase-style system
-- tables (leading underscore, [bracketed] names, DEFAULT "..." in double quotes, a
-- "---" comment line inside a column list), Trilium-style backticked columns separated
-- from their types by tabs, and a Joplin-style internal-content FTS4 index that
-- triggers keep in step.
CREATE TABLE _collections (
    [id]         TEXT PRIMARY KEY NOT NULL,
    [system]     BOOLEAN DEFAULT FALSE NOT NULL,
    [type]       TEXT DEFAULT "base" NOT NULL,
    [name]       TEXT UNIQUE NOT NULL,
    [schema]     JSON DEFAULT "[]" NOT NULL,
    [options]    JSON DEFAULT "{}" NOT NULL,
    [created]    TEXT DEFAULT (strftime('%Y-%m-%d %H:%M:%fZ')) NOT NULL,
    [updated]    TEXT DEFAULT (strftime('%Y-%m-%d %H:%M:%fZ')) NOT NULL
);
CREATE TABLE _externalAuths (
    [id]           TEXT PRIMARY KEY NOT NULL,
    [collectionId] TEXT NOT NULL,
    [recordId]     TEXT NOT NULL,
    [provider]     TEXT NOT NULL,
    [providerId]   TEXT NOT NULL,
    [created]      TEXT DEFAULT '' NOT NULL,
    ---
    FOREIGN KEY ([collectionId]) REFERENCES _collections ([id]) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE UNIQUE INDEX _externalAuths_record_provider_idx on _externalAuths ([collectionId], [recordId], [provider]);
CREATE TABLE _params ([id] TEXT PRIMARY KEY NOT NULL, [key] TEXT UNIQUE NOT NULL, [value] JSON DEFAULT NULL, [created] TEXT DEFAULT "" NOT NULL);
CREATE TABLE IF NOT EXISTS "notes" (
    `noteId`	TEXT NOT NULL,
    `title`	TEXT NOT NULL DEFAULT "note",
    `body`	TEXT NOT NULL DEFAULT "",
    `isProtected`	INT NOT NULL DEFAULT 0,
    `type` TEXT NOT NULL DEFAULT 'text',
    `contentLength`	INT NOT NULL DEFAULT -1,
    `isDeleted`	INT NOT NULL DEFAULT 0,
    `dateModified`	TEXT NOT NULL,
    PRIMARY KEY(`noteId`));
CREATE INDEX `IDX_notes_title` ON `notes` (`title`);
CREATE INDEX `IDX_notes_type` ON `notes` (`type`);
CREATE VIRTUAL TABLE notes_fts USING fts4(noteId, title, body, notindexed="noteId");
CREATE TRIGGER notes_fts_after_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (noteId, title, body) VALUES (NEW.noteId, NEW.title, NEW.body);
END;
CREATE TRIGGER notes_fts_after_update AFTER UPDATE ON notes BEGIN
    DELETE FROM notes_fts WHERE noteId = OLD.noteId;
    INSERT INTO notes_fts (noteId, title, body) VALUES (NEW.noteId, NEW.title, NEW.body);
END;
CREATE TRIGGER notes_fts_before_delete BEFORE DELETE ON notes BEGIN
    DELETE FROM notes_fts WHERE noteId = OLD.noteId;
END;

INSERT INTO _collections (id, system, type, name, schema, options, created, updated) VALUES
  ('_pb_users_auth_', TRUE, 'auth', 'users', '[{"id":"users_name","name":"name","type":"text","required":false},{"id":"users_avatar","name":"avatar","type":"file","required":false}]', '{"minPasswordLength":8}', '2026-01-01 00:00:00.000Z', '2026-01-01 00:00:00.000Z'),
  ('c0ntacts000001', FALSE, 'base', 'contacts', '[{"id":"f_email","name":"email","type":"email","required":true},{"id":"f_org","name":"org","type":"relation","required":false,"options":{"maxSelect":1}}]', '{}', '2026-01-02 00:00:00.000Z', '2026-01-02 00:00:00.000Z'),
  ('dea1s00000002', FALSE, 'base', 'deals', '[{"id":"f_amount","name":"amount","type":"number","required":true},{"id":"f_tags","name":"tags","type":"select","required":false,"options":{"maxSelect":3}}]', '{}', '2026-01-03 00:00:00.000Z', '2026-01-03 00:00:00.000Z');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO _externalAuths SELECT printf('ea%013d', i), CASE WHEN i % 2 = 0 THEN '_pb_users_auth_' ELSE 'c0ntacts000001' END, printf('r%014d', i), CASE WHEN i % 3 = 0 THEN 'google' ELSE 'oidc' END, 'ext-' || i, '2026-02-01 00:00:00.000Z' FROM n;
INSERT INTO _params VALUES ('p1', 'settings', '{"meta":{"appName":"CRM"},"smtp":{"enabled":false}}', '2026-01-01'), ('p2', 'jwt', NULL, '');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 180)
INSERT INTO notes (noteId, title, body, isProtected, type, contentLength, isDeleted, dateModified)
SELECT printf('n%05d', i), CASE WHEN i % 10 = 0 THEN 'note' ELSE 'Call notes ' || i END, 'Discussed renewal of contract ' || (i % 17) || '; next step: ' || CASE i % 3 WHEN 0 THEN 'quote' WHEN 1 THEN 'demo' ELSE 'legal review' END,
       i % 11 = 0, CASE WHEN i % 7 = 0 THEN 'code' ELSE 'text' END, -1, i % 13 = 0, '2026-03-' || printf('%02d', 1 + i % 28) || ' 10:00:00' FROM n;

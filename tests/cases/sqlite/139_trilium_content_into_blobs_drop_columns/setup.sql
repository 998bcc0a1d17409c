-- A Trilium-like note store before content moved into blobs: notes, note_contents, revisions with
-- their own contents, attachments-to-be (image notes), the entity_changes sync log.
CREATE TABLE notes (noteId TEXT NOT NULL, title TEXT NOT NULL DEFAULT 'note', isProtected INT NOT NULL DEFAULT 0,
  type TEXT NOT NULL DEFAULT 'text', mime TEXT NOT NULL DEFAULT 'text/html', isDeleted INT NOT NULL DEFAULT 0,
  deleteId TEXT DEFAULT NULL, dateCreated TEXT NOT NULL, dateModified TEXT NOT NULL, utcDateCreated TEXT NOT NULL,
  utcDateModified TEXT NOT NULL, PRIMARY KEY (noteId));
CREATE TABLE note_contents (noteId TEXT NOT NULL, content TEXT NULL DEFAULT NULL, dateModified TEXT NOT NULL,
  utcDateModified TEXT NOT NULL, PRIMARY KEY (noteId));
CREATE TABLE revisions (revisionId TEXT NOT NULL PRIMARY KEY, noteId TEXT NOT NULL, type TEXT DEFAULT '' NOT NULL,
  mime TEXT DEFAULT '' NOT NULL, title TEXT NOT NULL, isProtected INT NOT NULL DEFAULT 0, utcDateLastEdited TEXT NOT NULL,
  utcDateCreated TEXT NOT NULL, utcDateModified TEXT NOT NULL, dateLastEdited TEXT NOT NULL, dateCreated TEXT NOT NULL);
CREATE TABLE revision_contents (revisionId TEXT NOT NULL PRIMARY KEY, content TEXT, utcDateModified TEXT NOT NULL);
CREATE TABLE entity_changes (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, entityName TEXT NOT NULL, entityId TEXT NOT NULL,
  hash TEXT NOT NULL, isErased INT NOT NULL, changeId TEXT NOT NULL, componentId TEXT NOT NULL, instanceId TEXT NOT NULL,
  isSynced INT NOT NULL, utcDateChanged TEXT NOT NULL);
CREATE UNIQUE INDEX IDX_entityChanges_entityName_entityId ON entity_changes (entityName, entityId);
CREATE INDEX IDX_notes_type ON notes (type);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO notes SELECT printf('note%06d', i), 'Note ' || i, i % 9 = 0, CASE WHEN i % 10 = 0 THEN 'image' WHEN i % 7 = 0 THEN 'code' ELSE 'text' END,
  CASE WHEN i % 10 = 0 THEN 'image/png' WHEN i % 7 = 0 THEN 'application/javascript' ELSE 'text/html' END, i % 17 = 0,
  CASE WHEN i % 17 = 0 THEN 'del' || i END, '2023-01-01 10:00:00.000+0100', '2023-02-01 10:00:00.000+0100',
  '2023-01-01 09:00:00.000Z', printf('2023-02-%02d 09:00:00.000Z', 1 + i % 28) FROM n;
INSERT INTO note_contents SELECT noteId, CASE WHEN type = 'image' THEN 'iVBORw0KGgo' || substr(noteId, 5) ELSE '<p>content of ' || title || '; with -- dashes</p>' END,
  dateModified, utcDateModified FROM notes WHERE noteId <> 'note000005';
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO revisions SELECT printf('rev%06d', i), printf('note%06d', 1 + i % 20), 'text', 'text/html', 'Note ' || (1 + i % 20) || ' v' || i,
  0, '2023-01-15 09:00:00.000Z', '2023-01-15 09:00:00.000Z', '2023-01-15 09:00:00.000Z', '2023-01-15 10:00:00.000+0100', '2023-01-15 10:00:00.000+0100' FROM n;
INSERT INTO revision_contents SELECT revisionId, '<p>old ' || title || '</p>', utcDateModified FROM revisions;
INSERT INTO entity_changes (entityName, entityId, hash, isErased, changeId, componentId, instanceId, isSynced, utcDateChanged)
SELECT 'note_contents', noteId, substr(hex(noteId), 1, 10), 0, 'ch' || noteId, 'NA', 'inst', 1, utcDateModified FROM note_contents ORDER BY noteId;

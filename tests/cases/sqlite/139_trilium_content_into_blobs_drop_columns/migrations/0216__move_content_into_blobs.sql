-- Content moves into content-addressed blobs shared by notes and revisions.
CREATE TABLE IF NOT EXISTS "blobs" (`blobId` TEXT NOT NULL, `content` TEXT NULL DEFAULT NULL, `dateModified` TEXT NOT NULL,
  `utcDateModified` TEXT NOT NULL, PRIMARY KEY(`blobId`));
ALTER TABLE notes ADD blobId TEXT DEFAULT NULL;
ALTER TABLE revisions ADD blobId TEXT DEFAULT NULL;
INSERT INTO blobs (blobId, content, dateModified, utcDateModified)
SELECT 'b' || substr(hex(coalesce(content, '')), 1, 18) || '_' || length(coalesce(content, '')), content, min(dateModified), min(utcDateModified)
FROM note_contents GROUP BY 1 ORDER BY 1;
UPDATE notes SET blobId = (SELECT 'b' || substr(hex(coalesce(content, '')), 1, 18) || '_' || length(coalesce(content, '')) FROM note_contents AS c WHERE c.noteId = notes.noteId);
INSERT OR IGNORE INTO blobs (blobId, content, dateModified, utcDateModified)
SELECT 'r' || revisionId, content, utcDateModified, utcDateModified FROM revision_contents ORDER BY revisionId;
UPDATE revisions SET blobId = 'r' || revisionId WHERE revisionId IN (SELECT revisionId FROM revision_contents);
-- shared blobs leave one change row each: OR REPLACE drops the duplicates
UPDATE OR REPLACE entity_changes SET entityName = 'blobs', entityId = (SELECT blobId FROM notes WHERE noteId = entity_changes.entityId)
WHERE entityName = 'note_contents';
DROP TABLE note_contents;
DROP TABLE revision_contents;

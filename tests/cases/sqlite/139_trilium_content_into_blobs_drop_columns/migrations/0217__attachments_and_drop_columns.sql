-- Image notes become attachments of their parent (here: the first text note); revisions lose the
-- local-time columns. DROP COLUMN needs SQLite 3.35.
CREATE TABLE IF NOT EXISTS "attachments" (attachmentId TEXT NOT NULL PRIMARY KEY, ownerId TEXT NOT NULL, role TEXT NOT NULL,
  mime TEXT NOT NULL, title TEXT NOT NULL, isProtected INT NOT NULL DEFAULT 0, position INT DEFAULT 0 NOT NULL,
  blobId TEXT DEFAULT NULL, dateModified TEXT NOT NULL, utcDateModified TEXT NOT NULL, utcDateScheduledForErasureSince TEXT DEFAULT NULL,
  isDeleted INT NOT NULL, deleteId TEXT DEFAULT NULL);
CREATE INDEX IDX_attachments_ownerId_role ON attachments (ownerId, role);
INSERT INTO attachments (attachmentId, ownerId, role, mime, title, position, blobId, dateModified, utcDateModified, isDeleted)
SELECT 'att' || substr(noteId, 5), 'note000001', 'image', mime, title || '.png', row_number() OVER (ORDER BY noteId) * 10, blobId,
       dateModified, utcDateModified, 0 FROM notes WHERE type = 'image' AND isDeleted = 0 ORDER BY noteId;
DELETE FROM notes WHERE type = 'image' AND isDeleted = 0;
ALTER TABLE revisions DROP COLUMN dateLastEdited;
ALTER TABLE revisions DROP COLUMN dateCreated;
ALTER TABLE revisions RENAME COLUMN utcDateLastEdited TO utcDateLastEditedAt;
DELETE FROM blobs WHERE blobId NOT IN (SELECT blobId FROM notes WHERE blobId IS NOT NULL UNION SELECT blobId FROM revisions WHERE blobId IS NOT NULL
  UNION SELECT blobId FROM attachments WHERE blobId IS NOT NULL);

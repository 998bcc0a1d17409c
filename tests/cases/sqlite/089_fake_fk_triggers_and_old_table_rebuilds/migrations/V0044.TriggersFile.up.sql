-- 4
-- triggers file, re-run whole on every upgrade: DROP IF EXISTS, then CREATE.
-- ";---" is a hack for the app's SQL file loader (it splits on ";\n").

DROP TRIGGER IF EXISTS update_document_title;
CREATE TRIGGER update_document_title BEFORE UPDATE ON documents
  FOR EACH ROW WHEN NEW.title IS NOT NULL
  BEGIN
    SELECT CASE
        LENGTH(TRIM(NEW.title)) > 0
      WHEN 0 THEN RAISE (ABORT, 'Document title must not be blank; use NULL') END;---
  END;

-- Don't allow child folders in another library
DROP TRIGGER IF EXISTS fki_folders_parentFolderID_libraryID;
CREATE TRIGGER fki_folders_parentFolderID_libraryID
  BEFORE INSERT ON folders
  FOR EACH ROW BEGIN
    SELECT RAISE(ABORT, 'insert on table "folders" violates foreign key constraint "fki_folders_parentFolderID_libraryID"')
    WHERE NEW.parentFolderID IS NOT NULL AND
    (
        NEW.libraryID != (SELECT libraryID FROM folders WHERE folderID = NEW.parentFolderID)
    );---
  END;

-- When a folder moves to another library, its documents leave it
DROP TRIGGER IF EXISTS fku_folders_libraryID_folderDocuments;
CREATE TRIGGER fku_folders_libraryID_folderDocuments
  AFTER UPDATE OF libraryID ON folders
  FOR EACH ROW WHEN OLD.libraryID != NEW.libraryID BEGIN
    DELETE FROM folderDocuments WHERE folderID = NEW.folderID;---
    UPDATE folders SET synced = 0 WHERE folderID = NEW.folderID;---
  END;

UPDATE folders SET libraryID = 2 WHERE folderID IN (5, 9);
UPDATE documents SET title = 'Account brief (revised) ' || documentID WHERE documentID % 17 = 0 AND title IS NOT NULL;
UPDATE version SET version = 4 WHERE schema = 'triggers'

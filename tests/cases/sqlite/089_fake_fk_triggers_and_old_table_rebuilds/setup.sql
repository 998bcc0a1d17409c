-- 41
-- A reference library for account research (Zotero-style history): libraries,
-- nested folders and documents, with foreign keys enforced by hand-written
-- triggers that RAISE(ABORT) (";---" ends each trigger statement, a comment
-- hack for an in-app SQL file loader).
CREATE TABLE settings (setting TEXT, key TEXT, value, PRIMARY KEY (setting, key));
CREATE TABLE version (schema TEXT PRIMARY KEY, version INT NOT NULL);
CREATE TABLE libraries (libraryID INTEGER PRIMARY KEY, type TEXT NOT NULL, editable INT NOT NULL);
CREATE TABLE "groups" (groupID INTEGER PRIMARY KEY, libraryID INT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE folders (
    folderID INTEGER PRIMARY KEY,
    folderName TEXT NOT NULL,
    parentFolderID INT DEFAULT NULL,
    libraryID INT NOT NULL,
    key TEXT NOT NULL,
    UNIQUE (libraryID, key)
);
CREATE TABLE documents (
    documentID INTEGER PRIMARY KEY,
    libraryID INT NOT NULL,
    key TEXT NOT NULL,
    title TEXT,
    dateAdded DEFAULT CURRENT_TIMESTAMP NOT NULL,
    UNIQUE (libraryID, key)
);
CREATE TABLE folderDocuments (
    folderID INT,
    documentID INT,
    orderIndex INT DEFAULT 0,
    PRIMARY KEY (folderID, documentID)
);
CREATE INDEX documentID ON folderDocuments(documentID);
CREATE TABLE fieldValues (valueID INTEGER PRIMARY KEY, value UNIQUE);
CREATE TABLE documentFields (documentID INT, fieldID INT, valueID INT, PRIMARY KEY (documentID, fieldID));
CREATE TABLE relations (subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL, PRIMARY KEY (subject, predicate, object));
CREATE TABLE deletedDocuments (documentID INTEGER PRIMARY KEY, dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL);

DROP TRIGGER IF EXISTS fki_folderDocuments_folderID;
CREATE TRIGGER fki_folderDocuments_folderID
  BEFORE INSERT ON folderDocuments
  FOR EACH ROW BEGIN
    SELECT RAISE(ABORT, 'insert on table "folderDocuments" violates foreign key constraint "fki_folderDocuments_folderID"')
    WHERE NEW.folderID IS NOT NULL AND (SELECT COUNT(*) FROM folders WHERE folderID = NEW.folderID) = 0;---
  END;

DROP TRIGGER IF EXISTS fkd_folderDocuments_folderID;
CREATE TRIGGER fkd_folderDocuments_folderID
  BEFORE DELETE ON folders
  FOR EACH ROW BEGIN
    SELECT RAISE(ABORT, 'delete on table "folders" violates foreign key constraint "fkd_folderDocuments_folderID"')
    WHERE (SELECT COUNT(*) FROM folderDocuments WHERE folderID = OLD.folderID) > 0;---
  END;

DROP TRIGGER IF EXISTS fku_folders_folderID_folderDocuments;
CREATE TRIGGER fku_folders_folderID_folderDocuments
  AFTER UPDATE OF folderID ON folders
  FOR EACH ROW BEGIN
    UPDATE folderDocuments SET folderID=NEW.folderID WHERE folderID=OLD.folderID;---
  END;

-- Don't allow empty titles (a CASE ... WHEN 0 THEN RAISE ... END guard)
DROP TRIGGER IF EXISTS update_document_title;
CREATE TRIGGER update_document_title BEFORE UPDATE ON documents
  FOR EACH ROW WHEN NEW.title IS NOT NULL
  BEGIN
    SELECT CASE
        LENGTH(TRIM(NEW.title)) > 0
      WHEN 0 THEN RAISE (ABORT, 'Document title must not be blank; use NULL') END;---
  END;

INSERT INTO version VALUES ('userdata', 41), ('triggers', 3);
INSERT INTO settings VALUES ('account', 'userID', 7001), ('account', 'libraryID', 1), ('sync', 'lastRun', '2026-05-01 08:00:00');
INSERT INTO libraries VALUES (0, 'user', 1), (2, 'group', 1), (3, 'group', 0);
INSERT INTO "groups" VALUES (10, 2, 'Key accounts'), (11, 3, 'Partners');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 24)
INSERT INTO folders SELECT i, 'Folder ' || i, CASE WHEN i > 6 THEN (i % 6) + 1 END, CASE WHEN i % 4 = 0 THEN 2 ELSE 0 END, printf('F%07d', i) FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 220)
INSERT INTO documents SELECT i, CASE WHEN i % 5 = 0 THEN 2 WHEN i % 11 = 0 THEN 3 ELSE 0 END, printf('D%07d', i), CASE WHEN i % 13 = 0 THEN NULL ELSE 'Account brief ' || i END, '2026-0' || (1 + i % 5) || '-1' || (i % 10) || ' 10:00:00' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT OR IGNORE INTO folderDocuments SELECT 1 + (i * 7) % 24, 1 + (i * 13) % 220, i % 9 FROM n;
-- values stored with mixed storage classes: integers that the app expects as text
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO fieldValues SELECT i, CASE WHEN i % 3 = 0 THEN 1990 + i ELSE 'value ' || i END FROM n;
INSERT INTO fieldValues VALUES (500, '2002'), (501, 2001.5);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
INSERT OR IGNORE INTO documentFields SELECT 1 + i % 220, 1 + i % 7, 1 + (i * 17) % 120 FROM n;
INSERT INTO documentFields VALUES (1, 9, 500), (2, 9, 12);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO relations SELECT 'http://crm.example/users/7001/documents/' || printf('D%07d', i),
       CASE WHEN i % 4 = 0 THEN 'dc:isReplacedBy' WHEN i % 4 = 1 THEN 'owl:sameAs' ELSE 'dc:relation' END,
       'http://crm.example/' || CASE WHEN i % 3 = 0 THEN 'groups/10' ELSE 'users/7001' END || '/documents/' || printf('D%07d', 1 + (i * 3) % 220) FROM n;
INSERT INTO deletedDocuments VALUES (13, '2026-04-02 09:00:00'), (26, '2026-04-03 09:00:00');

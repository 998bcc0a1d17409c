-- Step 42: library 0 becomes library 1, every table is rebuilt with real foreign
-- keys. The old tables are renamed aside first ("...Old") and dropped together at
-- the end, children before parents; the hand-written FK triggers go first, so
-- the renames rewrite nothing.
DROP TRIGGER IF EXISTS fki_folderDocuments_folderID;
DROP TRIGGER IF EXISTS fkd_folderDocuments_folderID;
DROP TRIGGER IF EXISTS fku_folders_folderID_folderDocuments;
DROP TRIGGER IF EXISTS update_document_title;

ALTER TABLE folderDocuments RENAME TO folderDocumentsOld;
ALTER TABLE documentFields RENAME TO documentFieldsOld;
ALTER TABLE deletedDocuments RENAME TO deletedDocumentsOld;
ALTER TABLE documents RENAME TO documentsOld;
ALTER TABLE folders RENAME TO foldersOld;
ALTER TABLE "groups" RENAME TO groupsOld;
ALTER TABLE libraries RENAME TO librariesOld;

CREATE TABLE libraries (
    libraryID INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    editable INT NOT NULL,
    version INT NOT NULL DEFAULT 0
);
INSERT INTO libraries SELECT CASE WHEN libraryID = 0 THEN 1 ELSE libraryID END, type, editable, 0 FROM librariesOld;
CREATE TABLE "groups" (
    groupID INTEGER PRIMARY KEY,
    libraryID INT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    version INT NOT NULL,
    FOREIGN KEY (libraryID) REFERENCES libraries(libraryID) ON DELETE CASCADE
);
INSERT OR IGNORE INTO "groups" SELECT groupID, libraryID, name, 0 FROM groupsOld;
CREATE TABLE folders (
    folderID INTEGER PRIMARY KEY,
    folderName TEXT NOT NULL,
    parentFolderID INT DEFAULT NULL,
    libraryID INT NOT NULL,
    key TEXT NOT NULL,
    synced INT NOT NULL DEFAULT 0,
    UNIQUE (libraryID, key),
    FOREIGN KEY (libraryID) REFERENCES libraries(libraryID) ON DELETE CASCADE,
    FOREIGN KEY (parentFolderID) REFERENCES folders(folderID) ON DELETE CASCADE
);
INSERT OR IGNORE INTO folders SELECT folderID, folderName, parentFolderID, CASE WHEN libraryID = 0 THEN 1 ELSE libraryID END, key, 0 FROM foldersOld;
CREATE TABLE documents (
    documentID INTEGER PRIMARY KEY,
    libraryID INT NOT NULL,
    key TEXT NOT NULL,
    title TEXT,
    dateAdded DEFAULT CURRENT_TIMESTAMP NOT NULL,
    synced INT NOT NULL DEFAULT 0,
    UNIQUE (libraryID, key),
    FOREIGN KEY (libraryID) REFERENCES libraries(libraryID) ON DELETE CASCADE
);
INSERT OR IGNORE INTO documents SELECT documentID, CASE WHEN libraryID = 0 THEN 1 ELSE libraryID END, key, title, dateAdded, 0 FROM documentsOld;
CREATE TABLE folderDocuments (
    folderID INT NOT NULL,
    documentID INT NOT NULL,
    orderIndex INT NOT NULL DEFAULT 0,
    PRIMARY KEY (folderID, documentID),
    FOREIGN KEY (folderID) REFERENCES folders(folderID) ON DELETE CASCADE,
    FOREIGN KEY (documentID) REFERENCES documents(documentID) ON DELETE CASCADE
);
INSERT OR IGNORE INTO folderDocuments SELECT * FROM folderDocumentsOld;
DROP INDEX IF EXISTS documentID; -- incorrect old name
CREATE INDEX folderDocuments_documentID ON folderDocuments(documentID);
CREATE TABLE documentFields (
    documentID INT NOT NULL,
    fieldID INT NOT NULL,
    valueID INT NOT NULL,
    PRIMARY KEY (documentID, fieldID),
    FOREIGN KEY (documentID) REFERENCES documents(documentID) ON DELETE CASCADE,
    FOREIGN KEY (valueID) REFERENCES fieldValues(valueID)
);
INSERT OR IGNORE INTO documentFields SELECT * FROM documentFieldsOld;
CREATE TABLE deletedDocuments (
    documentID INTEGER PRIMARY KEY,
    dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL,
    FOREIGN KEY (documentID) REFERENCES documents(documentID) ON DELETE CASCADE
);
INSERT OR IGNORE INTO deletedDocuments SELECT * FROM deletedDocumentsOld;
CREATE INDEX deletedDocuments_dateDeleted ON deletedDocuments(dateDeleted);

DELETE FROM settings WHERE setting='account' AND key='libraryID';

DROP TABLE folderDocumentsOld;
DROP TABLE documentFieldsOld;
DROP TABLE deletedDocumentsOld;
DROP TABLE documentsOld;
DROP TABLE foldersOld;
DROP TABLE groupsOld;
DROP TABLE librariesOld;
UPDATE version SET version = 42 WHERE schema = 'userdata';

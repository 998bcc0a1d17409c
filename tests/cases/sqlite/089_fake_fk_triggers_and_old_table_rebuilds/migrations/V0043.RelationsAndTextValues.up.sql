-- Step 43: relations become per-document rows with predicate ids; swapped
-- subject/object pairs are flipped in one UPDATE first. Integer field values are
-- stored as text from now on (merged into an existing text value when there is
-- one), then the old relations table goes.
UPDATE relations SET subject=object, predicate='dc:replaces', object=subject WHERE predicate='dc:isReplacedBy';

CREATE TABLE relationPredicates (
    predicateID INTEGER PRIMARY KEY,
    predicate TEXT UNIQUE
);
INSERT INTO relationPredicates (predicateID, predicate) SELECT NULL, predicate FROM (SELECT DISTINCT predicate FROM relations ORDER BY predicate);
INSERT OR IGNORE INTO relationPredicates VALUES (NULL, 'dc:relation');
CREATE TABLE documentRelations (
    documentID INT NOT NULL,
    predicateID INT NOT NULL,
    object TEXT NOT NULL,
    PRIMARY KEY (documentID, predicateID, object),
    FOREIGN KEY (documentID) REFERENCES documents(documentID) ON DELETE CASCADE,
    FOREIGN KEY (predicateID) REFERENCES relationPredicates(predicateID) ON DELETE CASCADE
);
CREATE INDEX documentRelations_object ON documentRelations(object);
INSERT OR IGNORE INTO documentRelations
SELECT D.documentID, P.predicateID, R.object
FROM relations R
JOIN relationPredicates P USING (predicate)
JOIN documents D ON (D.key = SUBSTR(R.subject, -8))
LEFT JOIN "groups" G USING (libraryID)
WHERE INSTR(R.subject, IFNULL('groups/' || G.groupID, 'users/' || (SELECT value FROM settings WHERE setting='account' AND key='userID'))) > 0;
DROP TABLE relations;

-- integer values whose text form already exists: point at the text row, drop the integer row
UPDATE documentFields SET valueID = (SELECT T.valueID FROM fieldValues T JOIN fieldValues I ON T.value = CAST(I.value AS TEXT) WHERE I.valueID = documentFields.valueID AND TYPEOF(T.value) = 'text')
WHERE valueID IN (SELECT I.valueID FROM fieldValues I JOIN fieldValues T ON T.value = CAST(I.value AS TEXT) AND TYPEOF(T.value) = 'text' WHERE TYPEOF(I.value) IN ('integer', 'real'));
DELETE FROM fieldValues WHERE TYPEOF(value) IN ('integer', 'real') AND CAST(value AS TEXT) IN (SELECT value FROM fieldValues WHERE TYPEOF(value) = 'text');
UPDATE fieldValues SET value = CAST(value AS TEXT) WHERE TYPEOF(value) IN ('integer', 'real');
UPDATE version SET version = 43 WHERE schema = 'userdata';

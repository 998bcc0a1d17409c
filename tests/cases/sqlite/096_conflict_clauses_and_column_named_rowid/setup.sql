-- A mail relay of the CRM (cmail-style update scripts): a key/value meta table holding the
-- schema version, mailboxes keyed by address, and an import table whose columns include one
-- named rowid (the source system's row number), so `SELECT rowid` reads that column there.
CREATE TABLE meta (key TEXT NOT NULL PRIMARY KEY, value TEXT);
INSERT INTO meta VALUES ('schema_version', '2'), ('relay', 'crm-mx');
CREATE TABLE mailboxes (address TEXT NOT NULL PRIMARY KEY, owner TEXT, quota INTEGER, rowid TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO mailboxes SELECT printf('box%03d@crm.example', 91 - i), 'owner' || (i % 7), 100 * (1 + i % 5), 'src-' || (1000 + i) FROM n;
CREATE TABLE bounces (rowid INTEGER, address TEXT, reason TEXT);
INSERT INTO bounces SELECT 7, address, CASE WHEN quota > 300 THEN 'full' ELSE 'unknown' END FROM mailboxes WHERE owner IN ('owner1', 'owner2');

-- A sync store keyed by hyphenated text uuids; one row carries an id that is
-- not a uuid. A key-value table WITHOUT ROWID shares the store's namespaces.
CREATE TABLE sync_records (
    id TEXT NOT NULL PRIMARY KEY,
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    tag TEXT NOT NULL,
    payload BLOB,
    UNIQUE (device, tag, seq)
);
CREATE INDEX sync_records_tag ON sync_records (tag);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 320)
INSERT INTO sync_records
SELECT printf('%08x-%04x-4%03x-8%03x-%012x', (i * 2654435761) % 4294967296, i, i % 4096, (i * 7) % 4096, i * 7919),
       printf('%08x-0000-4000-8000-%012x', i % 4, i % 4), i, CASE i % 3 WHEN 0 THEN 'contacts' WHEN 1 THEN 'deals' ELSE 'notes' END,
       CASE WHEN i % 5 = 0 THEN x'00ff10' WHEN i % 5 = 1 THEN NULL ELSE CAST('p' || i AS BLOB) END
FROM n;
UPDATE sync_records SET id = 'legacy-' || seq WHERE seq IN (7, 99);
CREATE TABLE settings_kv (namespace TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY (namespace, key)) WITHOUT ROWID;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO settings_kv SELECT 'ns-' || (i % 4), 'key-' || i, 'value ' || i FROM n;

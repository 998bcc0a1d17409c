-- Copyright header kept as in the app's files.
--
-- Document sync for field reps (syncthing-style): STRICT tables, a file table keyed
-- by an AUTOINCREMENT sequence, and per-device counters kept by triggers whose
-- bodies upsert (INSERT ... ON CONFLICT DO UPDATE without a conflict target).

CREATE TABLE IF NOT EXISTS devices (
    idx INTEGER NOT NULL PRIMARY KEY,
    device_id TEXT NOT NULL UNIQUE COLLATE BINARY
) STRICT
;
CREATE TABLE IF NOT EXISTS files (
    device_idx INTEGER NOT NULL, -- actual device or the local one (0)
    sequence INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    remote_sequence INTEGER, -- null for local entries
    name TEXT NOT NULL COLLATE BINARY,
    type INTEGER NOT NULL,
    modified INTEGER NOT NULL, -- Unix nanos
    size INTEGER NOT NULL,
    version TEXT NOT NULL COLLATE BINARY,
    deleted INTEGER NOT NULL, -- boolean
    local_flags INTEGER NOT NULL,
    blocklist_hash BLOB, -- null when there are no blocks
    FOREIGN KEY(device_idx) REFERENCES devices(idx) ON DELETE CASCADE
) STRICT
;
CREATE UNIQUE INDEX IF NOT EXISTS files_remote_sequence ON files (device_idx, remote_sequence)
    WHERE remote_sequence IS NOT NULL
;
CREATE UNIQUE INDEX IF NOT EXISTS files_device_name ON files (device_idx, name)
;
CREATE INDEX IF NOT EXISTS files_blocklist_hash_only ON files (blocklist_hash, device_idx) WHERE blocklist_hash IS NOT NULL
;
CREATE TABLE IF NOT EXISTS counts (
    device_idx INTEGER NOT NULL,
    type INTEGER NOT NULL,
    local_flags INTEGER NOT NULL,
    count INTEGER NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY(device_idx, type, local_flags),
    FOREIGN KEY(device_idx) REFERENCES devices(idx) ON DELETE CASCADE
) STRICT, WITHOUT ROWID
;
--- Maintain counts when files are added and removed using triggers
CREATE TRIGGER IF NOT EXISTS counts_insert AFTER INSERT ON files
BEGIN
    INSERT INTO counts (device_idx, type, local_flags, count, size)
        VALUES (NEW.device_idx, NEW.type, NEW.local_flags, 1, NEW.size)
        ON CONFLICT DO UPDATE SET count = count + 1, size = size + NEW.size;
END
;
CREATE TRIGGER IF NOT EXISTS counts_delete AFTER DELETE ON files
BEGIN
    UPDATE counts SET count = count - 1, size = size - OLD.size
        WHERE device_idx = OLD.device_idx AND type = OLD.type AND local_flags = OLD.local_flags;
END
;
CREATE TRIGGER IF NOT EXISTS counts_update AFTER UPDATE OF local_flags ON files
WHEN NEW.local_flags != OLD.local_flags
BEGIN
    INSERT INTO counts (device_idx, type, local_flags, count, size)
        VALUES (NEW.device_idx, NEW.type, NEW.local_flags, 1, NEW.size)
        ON CONFLICT DO UPDATE SET count = count + 1, size = size + NEW.size;
    UPDATE counts SET count = count - 1, size = size - OLD.size
        WHERE device_idx = OLD.device_idx AND type = OLD.type AND local_flags = OLD.local_flags;
END
;
INSERT INTO devices VALUES (0, 'LOCAL'), (1, 'REP-NORTH-7Q2'), (2, 'REP-SOUTH-K8X'), (3, 'TABLET-OFFICE');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 480)
INSERT INTO files (device_idx, remote_sequence, name, type, modified, size, version, deleted, local_flags, blocklist_hash)
SELECT i % 4, CASE WHEN i % 4 = 0 THEN NULL ELSE i END, 'accounts/' || (i % 161) || '/brief.pdf', i % 2,
       1767225600000000000 + i * 1000, CASE WHEN i % 9 = 0 THEN 0 ELSE i * 4096 END,
       'v' || (1 + i % 6) || ':' || (i % 4), (i % 9 = 0), CASE WHEN i % 5 = 0 THEN 64 + (i % 3) ELSE i % 3 END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE CAST(printf('h%07d', i % 200) AS BLOB) END
FROM n;

-- A file-sync daemon's per-folder database (STRICT tables, BLOB hashes as keys).
CREATE TABLE devices (
    idx INTEGER NOT NULL PRIMARY KEY,
    device_id TEXT NOT NULL UNIQUE COLLATE BINARY
) STRICT;
CREATE TABLE files (
    device_idx INTEGER NOT NULL,
    sequence INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    remote_sequence INTEGER,
    name TEXT NOT NULL COLLATE BINARY,
    type INTEGER NOT NULL,
    modified INTEGER NOT NULL,
    size INTEGER NOT NULL,
    version TEXT NOT NULL COLLATE BINARY,
    deleted INTEGER NOT NULL,
    invalid INTEGER NOT NULL,
    local_flags INTEGER NOT NULL,
    blocklist_hash BLOB,
    FOREIGN KEY(device_idx) REFERENCES devices(idx) ON DELETE CASCADE
) STRICT;
CREATE UNIQUE INDEX files_device_name ON files (device_idx, name);
CREATE INDEX files_name_idx_only ON files (name);
CREATE INDEX files_remote_sequence ON files (device_idx, remote_sequence) WHERE remote_sequence IS NOT NULL;
CREATE INDEX files_blocklist_hash_only ON files (blocklist_hash, device_idx) WHERE blocklist_hash IS NOT NULL;
CREATE TABLE blocklists (
    blocklist_hash BLOB NOT NULL PRIMARY KEY,
    blprotobuf BLOB NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE blocks (
    hash BLOB NOT NULL,
    blocklist_hash BLOB NOT NULL,
    idx INTEGER NOT NULL,
    offset INTEGER NOT NULL,
    size INTEGER NOT NULL,
    weak_hash INTEGER,
    PRIMARY KEY (hash, blocklist_hash, idx)
) STRICT, WITHOUT ROWID;
CREATE TABLE counts (
    device_idx INTEGER NOT NULL,
    type INTEGER NOT NULL,
    local_flags INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    count INTEGER NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY(device_idx, type, local_flags, deleted),
    FOREIGN KEY(device_idx) REFERENCES devices(idx) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE TABLE kv (key TEXT NOT NULL PRIMARY KEY COLLATE BINARY, value BLOB NOT NULL) STRICT, WITHOUT ROWID;

INSERT INTO devices VALUES (1, 'AAAAAAA-LOCAL'), (2, 'BBBBBBB-REMOTE'), (3, 'CCCCCCC-REMOTE');

-- the same 40 names on each device; versions shared between devices; some invalid, some deleted
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40),
     d(dev) AS (VALUES (1), (2), (3))
INSERT INTO files (device_idx, remote_sequence, name, type, modified, size, version, deleted, invalid, local_flags, blocklist_hash)
SELECT dev, CASE WHEN dev = 1 THEN NULL ELSE 1000 * dev + i END,
       CASE WHEN i % 8 = 0 THEN 'docs/' ELSE 'src/' END || 'file' || i || CASE WHEN i % 3 = 0 THEN '.txt' ELSE '.go' END,
       CASE WHEN i % 10 = 0 THEN 1 ELSE 0 END,
       1700000000 + i * 3600 + dev, (i * 4096) % 70000,
       'v' || (1 + (i + dev) % 5) || ':' || (i % 4),
       i % 11 = 0, dev = 3 AND i % 7 = 0, CASE WHEN dev = 1 AND i % 9 = 0 THEN 2 ELSE 0 END,
       CASE WHEN i % 10 = 0 OR i % 11 = 0 THEN NULL ELSE CAST(printf('bl-%04d', i) AS BLOB) END
FROM d, n
ORDER BY dev, i;

INSERT INTO blocklists (blocklist_hash, blprotobuf)
SELECT DISTINCT blocklist_hash, CAST('pb:' || CAST(blocklist_hash AS TEXT) AS BLOB) FROM files WHERE blocklist_hash IS NOT NULL;
INSERT INTO blocklists VALUES (x'b1ff', x'0a20b1ff'), (x'b1fe00', x'0a20b1fe00');

WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 2)
INSERT INTO blocks (hash, blocklist_hash, idx, offset, size, weak_hash)
SELECT CAST('h' || j || ':' || hex(blocklist_hash) AS BLOB), blocklist_hash, j, j * 131072, 131072, CASE WHEN j = 1 THEN 77 END
FROM blocklists, k;

INSERT INTO counts (device_idx, type, local_flags, count, size, deleted)
SELECT device_idx, type, local_flags, count(*), sum(size), deleted FROM files GROUP BY device_idx, type, local_flags, deleted;

INSERT INTO kv VALUES ('folderMeta/created', x'01'), ('indexid/1', x'aa01'), ('indexid/2', x'aa02');

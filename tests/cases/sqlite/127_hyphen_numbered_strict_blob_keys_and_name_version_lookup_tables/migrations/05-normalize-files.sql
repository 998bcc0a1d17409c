-- Names and versions move into lookup tables; files keep their indexes.

CREATE TABLE IF NOT EXISTS file_names (
    idx INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE BINARY
) STRICT
;

CREATE TABLE IF NOT EXISTS file_versions (
    idx INTEGER NOT NULL PRIMARY KEY,
    version TEXT NOT NULL UNIQUE COLLATE BINARY
) STRICT
;

-- Grab all unique names into the names table

INSERT INTO file_names (idx, name) SELECT DISTINCT null, name FROM files ORDER BY name
;

-- Grab all unique versions into the versions table

INSERT INTO file_versions (idx, version) SELECT DISTINCT null, version FROM files ORDER BY version
;

-- Create the new files table

DROP TABLE IF EXISTS files_v5
;

CREATE TABLE files_v5 (
    device_idx INTEGER NOT NULL,
    sequence INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    remote_sequence INTEGER,
    name_idx INTEGER NOT NULL, -- changed
    type INTEGER NOT NULL,
    modified INTEGER NOT NULL,
    size INTEGER NOT NULL,
    version_idx INTEGER NOT NULL, -- changed
    deleted INTEGER NOT NULL,
    local_flags INTEGER NOT NULL,
    blocklist_hash BLOB,
    FOREIGN KEY(device_idx) REFERENCES devices(idx) ON DELETE CASCADE,
    FOREIGN KEY(name_idx) REFERENCES file_names(idx), -- added
    FOREIGN KEY(version_idx) REFERENCES file_versions(idx) -- added
) STRICT
;

-- Populate the new files table and move it in place

INSERT INTO files_v5
    SELECT f.device_idx, f.sequence, f.remote_sequence, n.idx as name_idx, f.type, f.modified, f.size, v.idx as version_idx, f.deleted, f.local_flags, f.blocklist_hash
    FROM files f
    INNER JOIN file_names n ON n.name = f.name
    INNER JOIN file_versions v ON v.version = f.version
    ORDER BY f.sequence
;

DROP TABLE files
;

ALTER TABLE files_v5 RENAME TO files
;

CREATE UNIQUE INDEX files_device_name ON files (device_idx, name_idx)
;
CREATE INDEX files_name_idx_only ON files (name_idx)
;
CREATE INDEX files_remote_sequence ON files (device_idx, remote_sequence) WHERE remote_sequence IS NOT NULL
;
CREATE INDEX files_blocklist_hash_only ON files (blocklist_hash, device_idx) WHERE blocklist_hash IS NOT NULL
;

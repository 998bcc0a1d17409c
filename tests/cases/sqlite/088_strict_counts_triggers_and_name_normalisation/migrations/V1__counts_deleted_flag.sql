-- Add the "deleted" column to counts, set from the old local flag bit 64. It changes
-- the primary key, so the table is rebuilt, which means juggling the triggers.

DROP TRIGGER counts_insert
;
DROP TRIGGER counts_delete
;
DROP TRIGGER counts_update
;

CREATE TABLE counts_new (
    device_idx INTEGER NOT NULL,
    type INTEGER NOT NULL,
    local_flags INTEGER NOT NULL,
    count INTEGER NOT NULL,
    size INTEGER NOT NULL,
    deleted INTEGER NOT NULL, -- boolean
    PRIMARY KEY(device_idx, type, local_flags, deleted),
    FOREIGN KEY(device_idx) REFERENCES devices(idx) ON DELETE CASCADE
) STRICT, WITHOUT ROWID
;
INSERT INTO counts_new (device_idx, type, local_flags, count, size, deleted)
    SELECT device_idx, type, local_flags & ~64, sum(count), sum(size), local_flags & 64 != 0
    FROM counts GROUP BY device_idx, type, local_flags & ~64, local_flags & 64 != 0
;
DROP TABLE counts
;
ALTER TABLE counts_new RENAME TO counts
;
UPDATE files SET deleted = 1, local_flags = local_flags & ~64 WHERE local_flags & 64 != 0
;
CREATE TRIGGER IF NOT EXISTS counts_insert AFTER INSERT ON files
BEGIN
    INSERT INTO counts (device_idx, type, local_flags, count, size, deleted)
        VALUES (NEW.device_idx, NEW.type, NEW.local_flags, 1, NEW.size, NEW.deleted)
        ON CONFLICT DO UPDATE SET count = count + 1, size = size + NEW.size;
END
;
CREATE TRIGGER IF NOT EXISTS counts_delete AFTER DELETE ON files
BEGIN
    UPDATE counts SET count = count - 1, size = size - OLD.size
        WHERE device_idx = OLD.device_idx AND type = OLD.type AND local_flags = OLD.local_flags AND deleted = OLD.deleted;
END
;
CREATE TRIGGER IF NOT EXISTS counts_update_add AFTER UPDATE ON files
WHEN NEW.local_flags != OLD.local_flags
BEGIN
    INSERT INTO counts (device_idx, type, local_flags, count, size, deleted)
        VALUES (NEW.device_idx, NEW.type, NEW.local_flags, 1, NEW.size, NEW.deleted)
        ON CONFLICT DO UPDATE SET count = count + 1, size = size + NEW.size;
END
;
CREATE TRIGGER IF NOT EXISTS counts_update_del AFTER UPDATE ON files
WHEN NEW.local_flags != OLD.local_flags
BEGIN
    UPDATE counts SET count = count - 1, size = size - OLD.size
        WHERE device_idx = OLD.device_idx AND type = OLD.type AND local_flags = OLD.local_flags AND deleted = OLD.deleted;
END
;

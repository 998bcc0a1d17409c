-- The weak hash is gone from blocks.

CREATE TABLE IF NOT EXISTS blocks_v4 (
    hash BLOB NOT NULL,
    blocklist_hash BLOB NOT NULL,
    idx INTEGER NOT NULL,
    offset INTEGER NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY(hash, blocklist_hash, idx)
) STRICT, WITHOUT ROWID
;

INSERT INTO blocks_v4 (hash, blocklist_hash, idx, offset, size)
SELECT hash, blocklist_hash, idx, offset, size FROM blocks
;

DROP TABLE blocks
;

ALTER TABLE blocks_v4 RENAME TO blocks
;

CREATE INDEX blocks_blocklist_idx ON blocks (blocklist_hash, idx)
;

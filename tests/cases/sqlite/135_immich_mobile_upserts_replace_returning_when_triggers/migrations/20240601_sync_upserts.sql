-- A sync batch written as SQL: upserts with two conflict targets, REPLACE INTO, INSERT OR IGNORE,
-- RETURNING that nothing reads.
INSERT INTO remote_asset_entity (id, checksum, owner_id, name, type, created_at, updated_at, is_favorite)
VALUES ('ra-0003', 'sha0003', 'user-0', 'IMG_3_edited.jpg', 1, 1690000300, 1700000000, 1),
       ('ra-0500', 'sha0500', 'user-2', 'IMG_500.jpg', 1, 1700000500, 1700000500, 0),
       ('ra-0501', 'sha0010', 'user-1', 'IMG_dup.jpg', 1, 1700000501, 1700000501, 0)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at, is_favorite = excluded.is_favorite
  WHERE excluded.updated_at > remote_asset_entity.updated_at
ON CONFLICT (owner_id, checksum) WHERE deleted_at IS NULL DO UPDATE SET updated_at = excluded.updated_at
RETURNING id, updated_at;
REPLACE INTO sync_checkpoint (type, ack, seq) VALUES ('AssetV1', 'ack-9', 90);
INSERT OR REPLACE INTO remote_album_asset_entity (asset_id, album_id) VALUES ('ra-0004', 'al-3'), ('ra-0006', 'al-1');
INSERT OR IGNORE INTO remote_album_asset_entity (asset_id, album_id)
SELECT id, 'al-3' FROM remote_asset_entity WHERE is_favorite = 1 ORDER BY id;
UPDATE remote_asset_entity SET deleted_at = 1700001000 WHERE visibility = 1 RETURNING id;

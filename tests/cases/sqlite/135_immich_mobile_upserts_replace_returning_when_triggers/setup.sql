-- Immich-mobile-like local cache (drift): remote assets, local assets, albums with a membership
-- table, a sync checkpoint table, and triggers with WHEN clauses keeping counters and a log.
CREATE TABLE remote_asset_entity (
  id TEXT NOT NULL PRIMARY KEY,
  checksum TEXT NOT NULL,
  owner_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  is_favorite INTEGER NOT NULL DEFAULT 0 CHECK (is_favorite IN (0, 1)),
  visibility INTEGER NOT NULL DEFAULT 0,
  deleted_at INTEGER
) WITHOUT ROWID;
CREATE UNIQUE INDEX UQ_remote_asset_owner_checksum ON remote_asset_entity (owner_id, checksum) WHERE deleted_at IS NULL;
CREATE TABLE local_asset_entity (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  checksum TEXT,
  is_favorite INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
);
CREATE TABLE remote_album_entity (id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, asset_count INTEGER NOT NULL DEFAULT 0,
  thumbnail_asset_id TEXT, updated_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE remote_album_asset_entity (asset_id TEXT NOT NULL, album_id TEXT NOT NULL, PRIMARY KEY (asset_id, album_id)) WITHOUT ROWID;
CREATE TABLE sync_checkpoint (type TEXT NOT NULL PRIMARY KEY, ack TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0);
CREATE TABLE change_log (id INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, entity_id TEXT NOT NULL, what TEXT NOT NULL);
CREATE TRIGGER album_asset_added AFTER INSERT ON remote_album_asset_entity BEGIN
  UPDATE remote_album_entity SET asset_count = asset_count + 1,
    thumbnail_asset_id = CASE WHEN thumbnail_asset_id IS NULL THEN NEW.asset_id ELSE thumbnail_asset_id END
  WHERE id = NEW.album_id;
END;
CREATE TRIGGER album_asset_removed AFTER DELETE ON remote_album_asset_entity BEGIN
  UPDATE remote_album_entity SET asset_count = asset_count - 1 WHERE id = OLD.album_id;
END;
CREATE TRIGGER asset_trashed AFTER UPDATE OF deleted_at ON remote_asset_entity
WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL BEGIN
  INSERT INTO change_log (entity, entity_id, what) VALUES ('asset', NEW.id, 'trashed');
  DELETE FROM remote_album_asset_entity WHERE asset_id = NEW.id;
END;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO remote_asset_entity (id, checksum, owner_id, name, type, created_at, updated_at, is_favorite, visibility)
SELECT printf('ra-%04d', i), printf('sha%04d', i % 80), printf('user-%d', i % 3), 'IMG_' || i || '.jpg', 1 + (i % 5 = 0),
       1690000000 + i * 100, 1690000000 + i * 100, i % 7 = 0, i % 11 = 0 FROM n WHERE i <= 80 OR i % 3 <> (i % 80) % 3;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO local_asset_entity SELECT printf('la-%04d', i), 'IMG_' || i || '.jpg', CASE WHEN i % 4 = 0 THEN NULL ELSE printf('sha%04d', i) END, i % 5 = 0, 1690000000 + i * 90 FROM n;
INSERT INTO remote_album_entity (id, name, updated_at) VALUES ('al-1', 'Holidays', 1690000000), ('al-2', 'Family', 1690000000), ('al-3', 'Empty', 1690000000);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO remote_album_asset_entity SELECT printf('ra-%04d', i * 2), CASE WHEN i % 2 = 0 THEN 'al-1' ELSE 'al-2' END FROM n ORDER BY 1;
INSERT INTO sync_checkpoint VALUES ('AssetV1', 'ack-1', 10), ('AlbumV1', 'ack-2', 5);

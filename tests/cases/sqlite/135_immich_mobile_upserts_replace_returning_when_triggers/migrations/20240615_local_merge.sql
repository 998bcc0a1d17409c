-- Local assets learn their remote twin: UPDATE … FROM with a join, favourites merged both ways.
ALTER TABLE local_asset_entity ADD COLUMN remote_id TEXT;
UPDATE local_asset_entity AS l SET remote_id = r.id, is_favorite = max(l.is_favorite, r.is_favorite)
FROM remote_asset_entity AS r WHERE r.checksum = l.checksum AND r.deleted_at IS NULL;
UPDATE OR REPLACE remote_album_asset_entity SET album_id = 'al-1' WHERE album_id = 'al-3';
DELETE FROM remote_album_entity WHERE asset_count <= 0 RETURNING name;
DELETE FROM local_asset_entity WHERE checksum IS NULL AND remote_id IS NULL AND id > 'la-0040';
UPDATE sync_checkpoint SET seq = seq + (SELECT count(*) FROM change_log), ack = ack || '-merged';

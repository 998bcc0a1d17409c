-- Keys are normalised to camelCase (a case-only change under a NOCASE key), tokens dropped,
-- the legacy DeviceToken folded into pushToken.
UPDATE local_storage SET key = 'theme' WHERE key = 'THEME';
UPDATE local_storage SET value = (SELECT value FROM local_storage WHERE key = 'devicetoken') WHERE key = 'pushToken';
DELETE FROM local_storage WHERE key = 'DEVICETOKEN';
UPDATE post SET is_pinned = 1, _changed = 'is_pinned', _status = 'updated' WHERE message LIKE '%:thumbsup:%';
DELETE FROM reaction WHERE emoji_name IS NULL OR user_id = 'u0';
UPDATE reaction SET emoji_name = 'thumbsup' WHERE emoji_name = '+1';

-- system_update_8901 / post updates: schema versions bumped in serialized form, a cache bin
-- emptied, expired locks released, the legacy watchdog rows of one type removed.
UPDATE key_value SET value = CAST(CONCAT('i:', CAST(SUBSTRING(value, 3, 4) AS UNSIGNED) + 1, ';') AS BINARY)
WHERE collection = 'system.schema' AND value LIKE 'i:%';
REPLACE INTO key_value (collection, name, value) VALUES ('state', 'system.maintenance_mode', X'623A303B'),
  ('post_update', 'existing_updates', CONCAT(X'00', 'a:0:{}', X'FF'));
DELETE FROM key_value WHERE collection = 'state' AND value LIKE BINARY CONCAT(X'00FF', '%');
TRUNCATE TABLE cache_data;
DELETE FROM semaphore WHERE expire < 1700000006;
UPDATE semaphore SET value = CONCAT('released:', value) WHERE name LIKE 'cron_lock_1%';
DELETE FROM watchdog WHERE type = 'page not found' AND wid > 10;
INSERT INTO watchdog (type, message, variables, severity, timestamp)
VALUES ('cron', 'Cron run completed.', X'613A303A7B7D', 5, 1700100000), ('update', 'Update 8901 ran.', X'4E3B', 5, 1700100001);

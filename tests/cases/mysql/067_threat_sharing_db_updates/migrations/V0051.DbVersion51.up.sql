DELETE FROM cake_sessions;
ALTER TABLE `logs` ADD FULLTEXT INDEX `change_ft` (`change`);
ALTER TABLE `users` DROP INDEX `email`, ADD UNIQUE INDEX `email` (`email`, `server_id`);
ALTER TABLE `feeds` ALTER COLUMN `enabled` SET DEFAULT 1;
UPDATE `admin_settings` SET `value` = '51' WHERE `setting` = 'db_version';

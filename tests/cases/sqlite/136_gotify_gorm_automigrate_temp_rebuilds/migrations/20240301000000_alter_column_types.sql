-- gorm's SQLite AlterColumn: a `__temp__` copy with the new definition, data copied by column list,
-- the old table dropped and the copy renamed; indexes re-created by the next AutoMigrate pass
PRAGMA foreign_keys = off;
CREATE TABLE `__temp__messages` (`id` integer PRIMARY KEY AUTOINCREMENT,`application_id` integer NOT NULL,`message` text,`title` text,`priority` integer NOT NULL DEFAULT 0,`extras` text,`date` datetime,
  CONSTRAINT `fk_applications_messages` FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON DELETE CASCADE);
INSERT INTO `__temp__messages`(`id`,`application_id`,`message`,`title`,`priority`,`extras`,`date`) SELECT `id`,`application_id`,`message`,`title`,coalesce(`priority`,0),CAST(`extras` AS text),`date` FROM `messages`;
DROP TABLE `messages`;
ALTER TABLE `__temp__messages` RENAME TO `messages`;
CREATE INDEX `idx_messages_application_id` ON `messages`(`application_id`);
CREATE INDEX IF NOT EXISTS `idx_messages_date` ON `messages`(`date` DESC);
PRAGMA foreign_keys = on;

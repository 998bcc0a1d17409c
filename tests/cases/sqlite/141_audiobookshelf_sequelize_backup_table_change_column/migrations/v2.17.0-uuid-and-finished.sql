-- sequelize's queryInterface.changeColumn on SQLite: a `<table>_backup` copy, the table dropped and
-- created again with the new column definition, the rows copied back, the backup dropped
CREATE TABLE IF NOT EXISTS `mediaProgresses_backup` (`id` UUID PRIMARY KEY, `mediaItemId` UUIDV4, `mediaItemType` VARCHAR(255), `duration` FLOAT,
  `currentTime` FLOAT, `isFinished` TINYINT(1) DEFAULT 0, `userId` UUID, `extraData` JSON, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
INSERT INTO `mediaProgresses_backup` SELECT `id`, `mediaItemId`, `mediaItemType`, `duration`, `currentTime`, `isFinished`, `userId`, `extraData`, `createdAt`, `updatedAt` FROM `mediaProgresses`;
DROP TABLE `mediaProgresses`;
CREATE TABLE IF NOT EXISTS `mediaProgresses` (`id` UUID PRIMARY KEY, `mediaItemId` UUID, `mediaItemType` VARCHAR(255), `duration` FLOAT,
  `currentTime` FLOAT, `isFinished` TINYINT(1) NOT NULL DEFAULT 0, `userId` UUID, `extraData` JSON, `finishedAt` DATETIME,
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
INSERT INTO `mediaProgresses` SELECT `id`, `mediaItemId`, `mediaItemType`, `duration`, `currentTime`, coalesce(`isFinished`, 0), `userId`, `extraData`,
  CASE WHEN `isFinished` THEN `updatedAt` END, `createdAt`, `updatedAt` FROM `mediaProgresses_backup`;
DROP TABLE `mediaProgresses_backup`;
CREATE UNIQUE INDEX `media_progresses_user_id_media_item_id` ON `mediaProgresses` (`userId`, `mediaItemId`);
INSERT INTO `SequelizeMeta` (`name`) VALUES ('v2.17.0-uuid-and-finished.js');

-- Dashboards outgrow TEXT; the store moves to utf8mb4 (the MySQL-only steps of a cross-database migrator).
ALTER TABLE `board` MODIFY `data` MEDIUMTEXT NOT NULL;
ALTER TABLE `board` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `board_note` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `board_note` MODIFY `text` MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL;
-- seconds to milliseconds, only where not converted yet
UPDATE `board_note` SET `epoch` = (`epoch` * 1000) WHERE `epoch` < 9999999999;

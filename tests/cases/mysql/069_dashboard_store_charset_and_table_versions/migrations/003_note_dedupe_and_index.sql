DELETE FROM `board_note` WHERE `id` NOT IN (
  SELECT keep_id FROM (SELECT MIN(`id`) AS keep_id FROM `board_note` GROUP BY `board_id`, `epoch`, `type`) AS keepers
);
ALTER TABLE `board_note` ADD COLUMN `epoch_end` BIGINT(20) NOT NULL DEFAULT 0;
UPDATE `board_note` SET `epoch_end` = `epoch`;
CREATE INDEX `IDX_board_note_board_id_epoch` ON `board_note` (`board_id`, `epoch`, `epoch_end`);
ALTER TABLE `board` ADD COLUMN `is_folder` TINYINT(1) NOT NULL DEFAULT 0, ADD COLUMN `folder_id` BIGINT(20) NOT NULL DEFAULT 0;
ALTER TABLE `board` DROP INDEX `UQE_board_org_id_slug`, ADD UNIQUE INDEX `UQE_board_org_id_folder_id_title` (`org_id`, `folder_id`, `title`);

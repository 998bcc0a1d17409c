-- Table versions: the old table is renamed to _v1, a new one created, data copied, the old one dropped.
ALTER TABLE `board_star` RENAME TO `board_star_v1`;
CREATE TABLE IF NOT EXISTS `board_star` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` BIGINT(20) NOT NULL,
  `board_id` BIGINT(20) NOT NULL,
  `org_id` BIGINT(20) NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- duplicates: keep the lowest id per pair
INSERT INTO `board_star` (`id`, `user_id`, `board_id`)
SELECT MIN(`id`), `user_id`, `board_id` FROM `board_star_v1` GROUP BY `user_id`, `board_id`;
CREATE UNIQUE INDEX `UQE_board_star_user_id_board_id` ON `board_star` (`user_id`, `board_id`);
UPDATE `board_star` s JOIN `board` b ON b.`id` = s.`board_id` SET s.`org_id` = b.`org_id`;
DROP TABLE IF EXISTS `board_star_v1`;

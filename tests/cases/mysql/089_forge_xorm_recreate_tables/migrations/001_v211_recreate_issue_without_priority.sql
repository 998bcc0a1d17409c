-- recreateTable: a new table under a temporary name, rows copied, the old table dropped and the
-- new one renamed into place, its indexes re-created under their xorm names.
CREATE TABLE `tmp_recreate__issue` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `repo_id` BIGINT(20) DEFAULT NULL,
  `index` BIGINT(20) DEFAULT NULL,
  `poster_id` BIGINT(20) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `content` LONGTEXT,
  `is_closed` TINYINT(1) DEFAULT NULL,
  `is_pull` TINYINT(1) DEFAULT NULL,
  `deadline_unix` BIGINT(20) DEFAULT NULL,
  `created_unix` BIGINT(20) DEFAULT NULL,
  `updated_unix` BIGINT(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;
INSERT INTO `tmp_recreate__issue` (`id`, `repo_id`, `index`, `poster_id`, `name`, `content`, `is_closed`, `is_pull`, `deadline_unix`, `created_unix`, `updated_unix`)
  SELECT `id`, `repo_id`, `index`, `poster_id`, `name`, `content`, `is_closed`, `is_pull`, `deadline_unix`, `created_unix`, `updated_unix` FROM `issue`;
DROP TABLE `issue`;
ALTER TABLE `tmp_recreate__issue` RENAME TO `issue`;
CREATE UNIQUE INDEX `UQE_issue_repo_index` ON `issue` (`repo_id`,`index`);
CREATE INDEX `IDX_issue_repo_id` ON `issue` (`repo_id`);
CREATE INDEX `IDX_issue_is_closed` ON `issue` (`is_closed`);

-- v181: orphaned comments (their issue is gone) are deleted
DELETE FROM `comment` WHERE `id` IN (SELECT `comment`.`id` FROM `comment` LEFT JOIN `issue` ON `issue`.`id` = `comment`.`issue_id` WHERE `issue`.`id` IS NULL);
-- v182: recreateTable(issue): the INTEGER columns become BIGINT, a deadline column added
CREATE TABLE `tmp_recreate__issue` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `repo_id` BIGINT NULL, `index` BIGINT NULL, `poster_id` BIGINT NULL, `name` TEXT NULL, `is_closed` INTEGER NULL, `is_pull` INTEGER NULL, `num_comments` INTEGER NULL, `created_unix` BIGINT NULL, `deadline_unix` BIGINT NULL);
INSERT INTO `tmp_recreate__issue` (`id`, `repo_id`, `index`, `poster_id`, `name`, `is_closed`, `is_pull`, `num_comments`, `created_unix`) SELECT `id`, `repo_id`, `index`, `poster_id`, `name`, `is_closed`, `is_pull`, `num_comments`, `created_unix` FROM `issue`;
DROP TABLE `issue`;
ALTER TABLE `tmp_recreate__issue` RENAME TO `issue`;
CREATE UNIQUE INDEX `UQE_issue_repo_index` ON `issue` (`repo_id`,`index`);
CREATE INDEX `IDX_issue_deadline_unix` ON `issue` (`deadline_unix`);
UPDATE `version` SET `version` = 182 WHERE `id` = 1;

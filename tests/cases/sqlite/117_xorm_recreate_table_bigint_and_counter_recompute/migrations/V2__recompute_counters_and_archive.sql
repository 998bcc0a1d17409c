-- v183: counters recomputed from the rows (doctor-style)
UPDATE `issue` SET `num_comments` = (SELECT count(*) FROM `comment` WHERE `comment`.`issue_id` = `issue`.`id` AND `comment`.`type` = 0);
UPDATE `repository` SET `num_issues` = (SELECT count(*) FROM `issue` WHERE `issue`.`repo_id` = `repository`.`id` AND `issue`.`is_pull` = 0),
                        `num_closed_issues` = (SELECT count(*) FROM `issue` WHERE `issue`.`repo_id` = `repository`.`id` AND `issue`.`is_pull` = 0 AND `issue`.`is_closed` = 1);
-- v184: archived repositories' pull requests and their comments are purged
DELETE FROM `comment` WHERE `issue_id` IN (SELECT `id` FROM `issue` WHERE `is_pull` = 1 AND `repo_id` IN (SELECT `id` FROM `repository` WHERE `is_archived` = 1));
DELETE FROM `issue` WHERE `is_pull` = 1 AND `repo_id` IN (SELECT `id` FROM `repository` WHERE `is_archived` = 1);
UPDATE `version` SET `version` = 184 WHERE `id` = 1;

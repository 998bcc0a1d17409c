-- doctor-style fixes: issues of missing repositories and their comments, counters recomputed
DELETE FROM `comment` WHERE `issue_id` IN (
  SELECT `id` FROM (SELECT `issue`.`id` FROM `issue` LEFT JOIN `repository` ON `repository`.`id` = `issue`.`repo_id`
                    WHERE `repository`.`id` IS NULL) AS `orphans`);
DELETE FROM `issue` WHERE `repo_id` NOT IN (SELECT `id` FROM `repository`);
DELETE FROM `comment` WHERE NOT EXISTS (SELECT 1 FROM `issue` WHERE `issue`.`id` = `comment`.`issue_id`);
UPDATE `repository` SET `num_issues` = (SELECT COUNT(*) FROM `issue` WHERE `issue`.`repo_id` = `repository`.`id` AND `issue`.`is_pull` = 0),
                        `num_closed_issues` = (SELECT COUNT(*) FROM `issue` WHERE `issue`.`repo_id` = `repository`.`id` AND `issue`.`is_pull` = 0 AND `issue`.`is_closed` = 1);
UPDATE `issue` SET `deadline_unix` = NULL WHERE `deadline_unix` = 0;

-- == 20230101000001 PopulateIssuesClosedOn: migrating =========================
-- closed_on from the last journal of closed issues, with a correlated subquery (Rails' execute)
UPDATE `issues` SET `closed_on` = (SELECT MAX(`created_on`) FROM `journals` WHERE `journals`.`journalized_type` = 'Issue' AND `journals`.`journalized_id` = `issues`.`id`) WHERE `issues`.`status_id` IN (5, 6);
UPDATE `issues` SET `closed_on` = `updated_on` WHERE `status_id` IN (5, 6) AND `closed_on` IS NULL;
ALTER TABLE `issues` MODIFY `description` mediumtext;
CREATE INDEX `index_issues_on_closed_on` ON `issues` (`closed_on`);
INSERT INTO `schema_migrations` (`version`) VALUES ('20230101000001');

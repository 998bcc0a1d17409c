-- == 20230101000003 archived projects' issues are moved out, the table renamed the Rails way
CREATE TABLE `archived_issues` LIKE `issues`;
INSERT INTO `archived_issues` SELECT * FROM `issues` WHERE `project_id` IN (SELECT `id` FROM `projects` WHERE `status` = 9);
DELETE `issues`, `custom_values` FROM `issues` LEFT JOIN `custom_values` ON `custom_values`.`customized_type` = 'Issue' AND `custom_values`.`customized_id` = `issues`.`id`
  WHERE `issues`.`project_id` IN (SELECT `id` FROM `projects` WHERE `status` = 9);
ALTER TABLE `archived_issues` RENAME TO `issues_archive`;
ALTER TABLE `issues_archive` RENAME INDEX `index_issues_on_closed_on` TO `index_issues_archive_on_closed_on`;
INSERT INTO `schema_migrations` (`version`) VALUES ('20230101000003');

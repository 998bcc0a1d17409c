-- Dashboards of a CRM's reporting server (grafana-like xorm DDL: backticks, " , " separators).
CREATE TABLE IF NOT EXISTS `migration_log` (
`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL
, `migration_id` TEXT NOT NULL
, `sql` TEXT NOT NULL
, `success` INTEGER NOT NULL
, `error` TEXT NOT NULL
, `timestamp` DATETIME NOT NULL
);
CREATE TABLE IF NOT EXISTS `dashboard` (
`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL
, `version` INTEGER NOT NULL
, `slug` TEXT NOT NULL
, `title` TEXT NOT NULL
, `data` TEXT NOT NULL
, `account_id` INTEGER NOT NULL
, `created` DATETIME NOT NULL
, `updated` DATETIME NOT NULL
);
CREATE INDEX `IDX_dashboard_account_id` ON `dashboard` (`account_id`);
CREATE UNIQUE INDEX `UQE_dashboard_account_id_slug` ON `dashboard` (`account_id`,`slug`);
CREATE TABLE IF NOT EXISTS `dashboard_tag` (
`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL
, `dashboard_id` INTEGER NOT NULL
, `term` TEXT NOT NULL
);
CREATE INDEX `IDX_dashboard_tag_dashboard_id` ON `dashboard_tag` (`dashboard_id`);

INSERT INTO `migration_log` (`migration_id`, `sql`, `success`, `error`, `timestamp`) VALUES
 ('create migration_log table', 'CREATE TABLE ...', 1, '', '2023-01-01 00:00:00'),
 ('create dashboard table', 'CREATE TABLE ...', 1, '', '2023-01-01 00:00:01');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO `dashboard` (`version`, `slug`, `title`, `data`, `account_id`, `created`, `updated`)
SELECT 1 + i % 4, 'pipeline-' || i, 'Pipeline ' || i,
       json_object('title', 'Pipeline ' || i, 'panels', json_array(json_object('id', 1, 'type', 'graph'), json_object('id', 2, 'type', CASE WHEN i % 3 THEN 'table' ELSE 'stat' END))),
       1 + i % 3, printf('2023-02-%02d 08:00:00', 1 + i % 28), printf('2023-03-%02d 08:00:00', 1 + i % 28)
FROM n ORDER BY i;
DELETE FROM `dashboard` WHERE `id` IN (7, 19);

INSERT INTO `dashboard_tag` (`dashboard_id`, `term`)
SELECT d.`id`, t.term FROM `dashboard` d JOIN (SELECT 'sales' AS term UNION ALL SELECT 'weekly' UNION ALL SELECT 'exec') t
  ON (d.`id` + length(t.term)) % 3 = 0 ORDER BY d.`id`, t.term;
-- tags of dashboards deleted long ago stayed behind
INSERT INTO `dashboard_tag` (`dashboard_id`, `term`) VALUES (7, 'sales'), (19, 'legacy');

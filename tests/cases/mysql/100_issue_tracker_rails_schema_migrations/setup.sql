-- A Redmine-like tracker (Rails on MySQL): schema_migrations and ar_internal_metadata are the
-- framework's; custom values are polymorphic; settings hold YAML.
CREATE TABLE `schema_migrations` (`version` varchar(255) NOT NULL, PRIMARY KEY (`version`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `ar_internal_metadata` (`key` varchar(255) NOT NULL, `value` varchar(255), `created_at` datetime(6) NOT NULL, `updated_at` datetime(6) NOT NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `projects` (`id` int NOT NULL AUTO_INCREMENT PRIMARY KEY, `name` varchar(255) DEFAULT '' NOT NULL, `identifier` varchar(255), `status` int DEFAULT 1 NOT NULL, `lft` int, `rgt` int, `is_public` tinyint(1) DEFAULT 1 NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `issues` (`id` int NOT NULL AUTO_INCREMENT PRIMARY KEY, `project_id` int DEFAULT 0 NOT NULL, `subject` varchar(255) DEFAULT '' NOT NULL, `description` text, `status_id` int DEFAULT 0 NOT NULL, `done_ratio` int DEFAULT 0 NOT NULL, `closed_on` datetime, `created_on` datetime, `updated_on` datetime) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX `issues_project_id` ON `issues` (`project_id`);
CREATE TABLE `journals` (`id` int NOT NULL AUTO_INCREMENT PRIMARY KEY, `journalized_id` int DEFAULT 0 NOT NULL, `journalized_type` varchar(30) DEFAULT '' NOT NULL, `notes` longtext, `created_on` datetime NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX `journals_journalized_id` ON `journals` (`journalized_id`, `journalized_type`);
CREATE TABLE `custom_values` (`id` int NOT NULL AUTO_INCREMENT PRIMARY KEY, `customized_type` varchar(30) DEFAULT '' NOT NULL, `customized_id` int DEFAULT 0 NOT NULL, `custom_field_id` int DEFAULT 0 NOT NULL, `value` longtext) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `settings` (`id` int NOT NULL AUTO_INCREMENT PRIMARY KEY, `name` varchar(255) DEFAULT '' NOT NULL, `value` text, `updated_on` datetime) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO schema_migrations (version) VALUES ('1'), ('2'), ('20190510070108'), ('20200826153401');
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2019-05-10 07:01:08.123456', '2019-05-10 07:01:08.123456');

INSERT INTO projects (name, identifier, status, lft, rgt, is_public)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 12)
SELECT CONCAT('Project ', n), CONCAT('proj-', n), IF(n % 5 = 0, 9, 1), 2 * n - 1, 2 * n, n % 3 <> 0 FROM seq ORDER BY n;

INSERT INTO issues (project_id, subject, description, status_id, done_ratio, closed_on, created_on, updated_on)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 220)
SELECT 1 + n % 12, CONCAT('Issue #', n, ': crash when saving'), IF(n % 4 = 0, NULL, CONCAT('Steps:\n1. open\n2. "save"\n-- ', n)),
       1 + n % 6, (n % 11) * 10, NULL, '2023-01-01 00:00:00' + INTERVAL n HOUR, '2023-02-01 00:00:00' + INTERVAL n HOUR
FROM seq ORDER BY n;

INSERT INTO journals (journalized_id, journalized_type, notes, created_on)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 300)
SELECT 1 + n % 220, IF(n % 10 = 0, 'Project', 'Issue'), IF(n % 3 = 0, '', CONCAT('Comment ', n)), '2023-03-01 00:00:00' + INTERVAL n MINUTE
FROM seq ORDER BY n;

INSERT INTO custom_values (customized_type, customized_id, custom_field_id, value)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 260)
SELECT IF(n % 5 = 0, 'Project', 'Issue'), 1 + n % IF(n % 5 = 0, 12, 230), 1 + n % 3, IF(n % 7 = 0, '', CONCAT('v', n)) FROM seq ORDER BY n;

INSERT INTO settings (name, value, updated_on) VALUES
  ('ui_theme', '', '2023-01-01 00:00:00'),
  ('default_projects_modules', '---\n- issue_tracking\n- time_tracking\n- wiki\n', '2023-01-01 00:00:00'),
  ('mail_from', 'redmine@example.net', '2023-01-01 00:00:00'),
  ('issue_list_default_columns', '---\n- tracker\n- status\n- subject\n- "author"\n', '2023-01-01 00:00:00');

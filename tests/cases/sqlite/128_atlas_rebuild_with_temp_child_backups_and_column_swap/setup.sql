-- A desktop backup app's database (ent schema, Atlas versioned migrations).
CREATE TABLE `repositories` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `location` text NOT NULL, `password` text NOT NULL, `stats_total_size` integer NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX `repositories_location_key` ON `repositories` (`location`);
CREATE UNIQUE INDEX `repositories_name_key` ON `repositories` (`name`);
CREATE TABLE `backup_profiles` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `prefix` text NOT NULL, `backup_paths` json NOT NULL, `exclude_paths` json NULL, `icon` text NOT NULL, `data_section_collapsed` bool NOT NULL DEFAULT false, `schedule_section_collapsed` bool NOT NULL DEFAULT false);
CREATE UNIQUE INDEX `backup_profiles_prefix_key` ON `backup_profiles` (`prefix`);
CREATE TABLE `backup_profile_repositories` (`backup_profile_id` integer NOT NULL, `repository_id` integer NOT NULL, PRIMARY KEY (`backup_profile_id`, `repository_id`), CONSTRAINT `backup_profile_repositories_backup_profile_id` FOREIGN KEY (`backup_profile_id`) REFERENCES `backup_profiles` (`id`) ON DELETE CASCADE, CONSTRAINT `backup_profile_repositories_repository_id` FOREIGN KEY (`repository_id`) REFERENCES `repositories` (`id`) ON DELETE CASCADE);
CREATE TABLE `notifications` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `message` text NOT NULL, `type` text NOT NULL, `seen` bool NOT NULL DEFAULT false, `notification_backup_profile` integer NOT NULL, `notification_repository` integer NOT NULL, CONSTRAINT `notifications_backup_profiles_backup_profile` FOREIGN KEY (`notification_backup_profile`) REFERENCES `backup_profiles` (`id`) ON DELETE CASCADE, CONSTRAINT `notifications_repositories_repository` FOREIGN KEY (`notification_repository`) REFERENCES `repositories` (`id`) ON DELETE CASCADE);
CREATE TABLE `settings` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NULL, `theme` text NOT NULL DEFAULT 'system', `show_welcome` bool NOT NULL DEFAULT true);
CREATE TABLE `atlas_schema_revisions` (`version` text NOT NULL, `description` text NOT NULL, `type` integer NOT NULL DEFAULT 2, `applied` integer NOT NULL DEFAULT 0, `total` integer NOT NULL DEFAULT 0, `executed_at` datetime NOT NULL, `execution_time` integer NOT NULL, `error` longtext NULL, `error_stmt` longtext NULL, `hash` text NOT NULL, `partial_hashes` json NULL, `operator_version` text NOT NULL, PRIMARY KEY (`version`));
INSERT INTO `atlas_schema_revisions` VALUES ('20240514153226', 'migration_name', 2, 4, 4, '2024-05-14 15:40:00', 1200000, NULL, NULL, 'qk5y3G2Xh4Kp7Xc0m8b0Yc1k3bq9b8L9vQm9c4Tq3rE=', '["h1:a","h1:b","h1:c","h1:d"]', 'Atlas CLI v0.22.0');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
INSERT INTO repositories (created_at, updated_at, name, location, password, stats_total_size)
SELECT printf('2024-06-%02d 09:00:00', i), printf('2024-07-%02d 09:00:00', i), 'Repo ' || i,
       CASE WHEN i % 2 = 0 THEN 'ssh://backup@host' || i || '.example.net:22/./repo' ELSE '/mnt/disk' || i || '/borg' END,
       'secret-' || i, i * 1048576
FROM n ORDER BY i;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5)
INSERT INTO backup_profiles (created_at, updated_at, name, prefix, backup_paths, exclude_paths, icon, data_section_collapsed, schedule_section_collapsed)
SELECT printf('2024-06-%02d 10:00:00', i), printf('2024-08-%02d 10:00:00', i), 'Profile ' || i, 'p' || i || '-',
       json_array('/home/user/dir' || i, '/etc'), CASE WHEN i % 2 = 0 THEN json_array('*.tmp', 'node_modules') END,
       CASE i % 3 WHEN 0 THEN 'home' WHEN 1 THEN 'briefcase' ELSE 'camera' END, i % 2 = 1, false
FROM n ORDER BY i;

INSERT INTO backup_profile_repositories
SELECT p.id, r.id FROM backup_profiles p, repositories r WHERE (p.id + r.id) % 3 = 0 ORDER BY p.id, r.id;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO notifications (created_at, updated_at, message, type, seen, notification_backup_profile, notification_repository)
SELECT printf('2024-09-%02d 03:%02d:00', 1 + i % 28, i), printf('2024-09-%02d 03:%02d:00', 1 + i % 28, i),
       CASE WHEN i % 4 = 0 THEN 'backup failed: lock timeout' ELSE 'backup finished' END,
       CASE WHEN i % 4 = 0 THEN 'failed_backup_run' ELSE 'info' END, i % 3 = 0,
       1 + i % 5, 1 + i % 6
FROM n ORDER BY i;
DELETE FROM notifications WHERE id IN (7, 8);

-- gotify-like tables as gorm's SQLite migrator created them: backticked names, `integer` keys with
-- AUTOINCREMENT, unique indexes named idx_<table>_<column>.
CREATE TABLE `users` (`id` integer PRIMARY KEY AUTOINCREMENT,`name` varchar(180),`pass` blob,`admin` numeric);
CREATE UNIQUE INDEX `uix_users_name` ON `users`(`name`);
CREATE TABLE `applications` (`id` integer PRIMARY KEY AUTOINCREMENT,`token` varchar(180),`user_id` integer,`name` text,`description` text,`internal` numeric,`image` text);
CREATE UNIQUE INDEX `uix_applications_token` ON `applications`(`token`);
CREATE INDEX `idx_applications_user_id` ON `applications`(`user_id`);
CREATE TABLE `messages` (`id` integer PRIMARY KEY AUTOINCREMENT,`application_id` integer,`message` text,`title` text,`priority` integer,`extras` blob,`date` datetime);
CREATE INDEX `idx_messages_application_id` ON `messages`(`application_id`);
CREATE TABLE `clients` (`id` integer PRIMARY KEY AUTOINCREMENT,`token` varchar(180),`user_id` integer,`name` text);
CREATE UNIQUE INDEX `uix_clients_token` ON `clients`(`token`);

INSERT INTO `users` (`name`, `pass`, `admin`) VALUES ('admin', x'2432612431', 1), ('jane', x'2432612432', 0), ('ops', x'2432612433', 0);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9)
INSERT INTO `applications` (`token`, `user_id`, `name`, `description`, `internal`, `image`)
SELECT printf('A%014d', i), 1 + i % 3, 'app ' || i, CASE WHEN i % 2 = 0 THEN 'desc ' || i ELSE '' END, i = 1, 'image/' || i || '.png' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO `messages` (`application_id`, `message`, `title`, `priority`, `extras`, `date`)
SELECT 1 + i % 9, 'backup ' || i || ' finished', CASE WHEN i % 4 = 0 THEN NULL ELSE 'Backup' END, i % 10,
       CASE WHEN i % 6 = 0 THEN CAST('{"client::display":{"contentType":"text/markdown"}}' AS blob) END,
       printf('2024-01-%02d %02d:00:00+00:00', 1 + i % 28, i % 24) FROM n;
INSERT INTO `clients` (`token`, `user_id`, `name`) VALUES ('C1', 1, 'phone'), ('C2', 2, 'laptop'), ('C3', 3, 'cli');

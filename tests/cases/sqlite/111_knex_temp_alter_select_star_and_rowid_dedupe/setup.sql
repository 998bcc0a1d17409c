-- A CRM's content hub on knex + SQLite (Ghost-like): knex's own DDL spelling.
CREATE TABLE `knex_migrations` (`id` integer not null primary key autoincrement, `name` varchar(255), `batch` integer, `migration_time` datetime);
CREATE TABLE `knex_migrations_lock` (`index` integer not null primary key autoincrement, `is_locked` integer);
CREATE TABLE `users` (`id` integer not null primary key autoincrement, `email` varchar(191) not null, `name` varchar(191) not null, `status` varchar(50) not null default 'active', `created_at` datetime not null);
CREATE UNIQUE INDEX `users_email_unique` on `users` (`email`);
CREATE TABLE `posts` (`id` integer not null primary key autoincrement, `author_id` integer not null, `title` varchar(2000) not null, `slug` varchar(191) not null, `status` varchar(50), `visibility` varchar(50) not null default 'public', `published_at` datetime null, foreign key(`author_id`) references `users`(`id`));
CREATE INDEX `posts_author_id_index` on `posts` (`author_id`);
CREATE TABLE `tags` (`id` integer not null primary key autoincrement, `name` varchar(191) not null, `slug` varchar(191) not null);
CREATE TABLE `posts_tags` (`post_id` integer not null, `tag_id` integer not null, `sort_order` integer not null default '0', foreign key(`post_id`) references `posts`(`id`), foreign key(`tag_id`) references `tags`(`id`));

INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`) VALUES ('20240101000000_init.js', 1, '2024-01-01 00:00:00');
INSERT INTO `knex_migrations_lock` (`is_locked`) VALUES (0);
INSERT INTO `users` (`email`, `name`, `status`, `created_at`) VALUES
 ('owner@example.com', 'Owner', 'active', '2024-01-01 00:00:00'), ('writer@example.com', 'Writer', 'active', '2024-01-05 00:00:00'),
 ('former@example.com', 'Former', 'inactive', '2024-01-09 00:00:00');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 36)
INSERT INTO `posts` (`author_id`, `title`, `slug`, `status`, `visibility`, `published_at`)
SELECT 1 + i % 3, 'How to win deal #' || i, 'how-to-win-deal-' || i, CASE WHEN i % 4 = 0 THEN NULL WHEN i % 4 = 1 THEN 'draft' ELSE 'published' END,
       CASE WHEN i % 5 = 0 THEN 'members' ELSE 'public' END, CASE WHEN i % 4 > 1 THEN printf('2024-02-%02d 09:00:00', 1 + i % 28) END
FROM n ORDER BY i;
INSERT INTO `tags` (`name`, `slug`) VALUES ('Sales', 'sales'), ('Pipeline', 'pipeline'), ('Onboarding', 'onboarding'), ('Churn', 'churn');
-- the join table was filled twice by an old import: duplicate pairs
INSERT INTO `posts_tags` (`post_id`, `tag_id`, `sort_order`) SELECT p.`id`, t.`id`, t.`id` - 1 FROM `posts` p JOIN `tags` t ON (p.`id` + t.`id`) % 3 = 0 ORDER BY p.`id`, t.`id`;
INSERT INTO `posts_tags` (`post_id`, `tag_id`, `sort_order`) SELECT p.`id`, t.`id`, 9 FROM `posts` p JOIN `tags` t ON (p.`id` + t.`id`) % 6 = 0 ORDER BY p.`id`, t.`id`;

-- knex: update first, then table.string('status', 50).notNullable().defaultTo('draft').alter()
update `posts` set `status` = 'draft' where `status` is null;
PRAGMA foreign_keys;
PRAGMA foreign_keys = OFF;
CREATE TABLE `_knex_temp_alter482` (`id` integer not null primary key autoincrement, `author_id` integer not null, `title` varchar(2000) not null, `slug` varchar(191) not null, `status` varchar(50) not null default 'draft', `visibility` varchar(50) not null default 'public', `published_at` datetime null, foreign key(`author_id`) references `users`(`id`));
INSERT INTO "_knex_temp_alter482" SELECT * FROM "posts";
DROP TABLE "posts";
ALTER TABLE "_knex_temp_alter482" RENAME TO "posts";
CREATE INDEX `posts_author_id_index` on `posts` (`author_id`);
CREATE UNIQUE INDEX `posts_slug_unique` on `posts` (`slug`);
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
insert into `knex_migrations` (`batch`, `migration_time`, `name`) values (2, '2024-03-01 10:00:00', '20240301100000_posts_status_not_null.js');

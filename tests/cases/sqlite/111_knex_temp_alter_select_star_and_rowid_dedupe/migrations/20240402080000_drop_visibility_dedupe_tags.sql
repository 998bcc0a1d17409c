-- knex: table.dropColumn('visibility')
PRAGMA foreign_keys;
PRAGMA foreign_keys = OFF;
CREATE TABLE `_knex_temp_alter907` (`id` integer not null primary key autoincrement, `author_id` integer not null, `title` varchar(2000) not null, `slug` varchar(191) not null, `status` varchar(50) not null default 'draft', `published_at` datetime null, foreign key(`author_id`) references `users`(`id`));
INSERT INTO "_knex_temp_alter907" SELECT "id", "author_id", "title", "slug", "status", "published_at" FROM "posts";
DROP TABLE "posts";
ALTER TABLE "_knex_temp_alter907" RENAME TO "posts";
CREATE INDEX `posts_author_id_index` on `posts` (`author_id`);
CREATE UNIQUE INDEX `posts_slug_unique` on `posts` (`slug`);
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- duplicate tag links go (the oldest kept), then a composite unique index
delete from `posts_tags` where rowid not in (select min(rowid) from `posts_tags` group by `post_id`, `tag_id`);
create unique index `posts_tags_post_id_tag_id_unique` on `posts_tags` (`post_id`, `tag_id`);
-- knex's older helper for the leaf join table (renamed aside first): table.dropColumn('sort_order')
PRAGMA foreign_keys = OFF;
ALTER TABLE "posts_tags" RENAME TO "_knex_temp_alter913";
CREATE TABLE "posts_tags" (`post_id` integer not null, `tag_id` integer not null, foreign key(`post_id`) references `posts`(`id`), foreign key(`tag_id`) references `tags`(`id`));
INSERT INTO "posts_tags" SELECT "post_id", "tag_id" FROM "_knex_temp_alter913";
DROP TABLE "_knex_temp_alter913";
create unique index `posts_tags_post_id_tag_id_unique` on `posts_tags` (`post_id`, `tag_id`);
PRAGMA foreign_keys = ON;
-- inactive authors' drafts are removed
delete from `posts_tags` where `post_id` in (select `id` from `posts` where `status` = 'draft' and `author_id` in (select `id` from `users` where `status` = 'inactive'));
delete from `posts` where `status` = 'draft' and `author_id` in (select `id` from `users` where `status` = 'inactive');
insert into `knex_migrations` (`batch`, `migration_time`, `name`) values (3, '2024-04-02 08:00:00', '20240402080000_drop_visibility_dedupe_tags.js');

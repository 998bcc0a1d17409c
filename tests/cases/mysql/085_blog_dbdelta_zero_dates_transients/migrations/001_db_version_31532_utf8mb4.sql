-- wpdb's session: no strict mode, zero dates allowed (drafts keep post_date_gmt = 0).
SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION';

-- dbDelta's output for a changed schema.php: one statement per difference.
ALTER TABLE wp_options MODIFY option_name varchar(191) NOT NULL default '';
ALTER TABLE wp_posts CHANGE COLUMN post_type post_type varchar(20) NOT NULL default 'post';
ALTER TABLE wp_posts ADD KEY type_status_date (post_type,post_status,post_date,ID);
ALTER TABLE wp_posts ADD COLUMN post_parent bigint(20) unsigned NOT NULL default '0' AFTER post_title;

-- maybe_convert_table_to_utf8mb4()
ALTER TABLE wp_posts CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
ALTER TABLE wp_postmeta CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
ALTER TABLE wp_options CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

UPDATE wp_posts SET post_date_gmt = post_date WHERE post_date_gmt = '0000-00-00 00:00:00' AND post_status = 'publish';

-- WordPress-like tables from before the utf8mb4 upgrade; drafts keep zero GMT dates, so the
-- session runs without NO_ZERO_DATE as wpdb does.
SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION';

CREATE TABLE wp_posts (
  ID bigint(20) unsigned NOT NULL auto_increment,
  post_author bigint(20) unsigned NOT NULL default '0',
  post_date datetime NOT NULL default '0000-00-00 00:00:00',
  post_date_gmt datetime NOT NULL default '0000-00-00 00:00:00',
  post_title text NOT NULL,
  post_status varchar(20) NOT NULL default 'publish',
  post_name varchar(200) NOT NULL default '',
  post_type varchar(20) NOT NULL default 'post',
  guid varchar(255) NOT NULL default '',
  PRIMARY KEY  (ID),
  KEY post_name (post_name(191)),
  KEY post_author (post_author)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE wp_postmeta (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  post_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY post_id (post_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE wp_options (
  option_id bigint(20) unsigned NOT NULL auto_increment,
  option_name varchar(255) NOT NULL default '',
  option_value longtext NOT NULL,
  autoload varchar(20) NOT NULL default 'yes',
  PRIMARY KEY  (option_id),
  KEY option_name (option_name(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

-- A plugin's hit log without any key: exact duplicate rows are normal here.
CREATE TABLE wp_redirection_404 (
  url varchar(255) NOT NULL,
  referrer varchar(255) default NULL,
  hit_date datetime NOT NULL default '0000-00-00 00:00:00'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

INSERT INTO wp_posts (post_author, post_date, post_date_gmt, post_title, post_status, post_name, post_type, guid)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 160)
SELECT 1 + n % 3,
       TIMESTAMP('2019-05-01 10:00:00') + INTERVAL n HOUR,
       IF(n % 5 = 0, '0000-00-00 00:00:00', TIMESTAMP('2019-05-01 08:00:00') + INTERVAL n HOUR),
       IF(n % 8 = 0, CONCAT('Revision of post ', n % 3), CONCAT('Post ', n, ' – café')),
       ELT(1 + n % 5, 'draft', 'publish', 'publish', 'private', 'publish'),
       CONCAT('post-', n), IF(n % 8 = 0, 'revision', 'post'),
       CONCAT('http://blog.example.org/?p=', n)
FROM seq ORDER BY n;

INSERT INTO wp_postmeta (post_id, meta_key, meta_value)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 260)
SELECT IF(n % 13 = 0, 9000 + n, 1 + n % 160), ELT(1 + n % 3, '_edit_lock', '_thumbnail_id', '_wp_page_template'),
       CONCAT('v', n) FROM seq ORDER BY n;

INSERT INTO wp_options (option_name, option_value, autoload) VALUES
  ('siteurl', 'http://blog.example.org', 'yes'),
  ('home', 'http://blog.example.org', 'yes'),
  ('blogname', 'Example', 'yes'),
  ('widget_text', 'a:0:{}', 'no'),
  ('widget_text', 'a:1:{i:2;a:0:{}}', 'no'),
  ('_transient_feed_abc', 'cached feed', 'no'),
  ('_transient_timeout_feed_abc', '1600000000', 'no'),
  ('_transient_feed_def', 'fresh feed', 'no'),
  ('_transient_timeout_feed_def', '1900000000', 'no'),
  ('_transient_doing_cron', '1690000000.1', 'yes'),
  ('cron', 'a:1:{s:7:"version";i:2;}', 'yes'),
  ('blogname', 'Example Blog', 'yes');

INSERT INTO wp_redirection_404 (url, referrer, hit_date) VALUES
  ('/old-page', NULL, '2020-01-01 00:00:00'),
  ('/old-page', NULL, '2020-01-01 00:00:00'),
  ('/old-page', NULL, '2020-01-01 00:00:00'),
  ('/feed/atom', 'https://reader.example.com', '2020-01-02 00:00:00'),
  ('/wp-login.php', NULL, '0000-00-00 00:00:00'),
  ('/wp-login.php', NULL, '0000-00-00 00:00:00');

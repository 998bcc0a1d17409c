-- A phpBB-like forum: config rows, ACP modules as a nested set, user groups keyed by pairs.
CREATE TABLE phpbb_config (
  config_name varchar(255) NOT NULL DEFAULT '',
  config_value varchar(255) NOT NULL DEFAULT '',
  is_dynamic tinyint(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (config_name),
  KEY is_dynamic (is_dynamic)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE phpbb_modules (
  module_id mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  module_enabled tinyint(1) unsigned NOT NULL DEFAULT '1',
  module_class varchar(10) NOT NULL DEFAULT '',
  parent_id mediumint(8) unsigned NOT NULL DEFAULT '0',
  left_id mediumint(8) unsigned NOT NULL DEFAULT '0',
  right_id mediumint(8) unsigned NOT NULL DEFAULT '0',
  module_langname varchar(255) NOT NULL DEFAULT '',
  module_auth varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (module_id),
  UNIQUE KEY left_right_id (module_class, left_id, right_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE phpbb_users (
  user_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  user_type tinyint(2) NOT NULL DEFAULT '0',
  group_id mediumint(8) unsigned NOT NULL DEFAULT '3',
  username varchar(255) NOT NULL DEFAULT '',
  username_clean varchar(255) NOT NULL DEFAULT '',
  user_options int(11) unsigned NOT NULL DEFAULT '230271',
  user_posts mediumint(8) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (user_id),
  UNIQUE KEY username_clean (username_clean)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE phpbb_user_group (
  group_id mediumint(8) unsigned NOT NULL DEFAULT '0',
  user_id int(10) unsigned NOT NULL DEFAULT '0',
  group_leader tinyint(1) unsigned NOT NULL DEFAULT '0',
  user_pending tinyint(1) unsigned NOT NULL DEFAULT '1',
  PRIMARY KEY (group_id, user_id),
  KEY user_id (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

INSERT INTO phpbb_config (config_name, config_value, is_dynamic)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60)
SELECT CONCAT(ELT(1 + n % 4, 'allow_', 'max_', 'num_', 'load_'), 'setting_', n), IF(n % 4 = 2, CAST(n * 17 AS CHAR), IF(n % 2, '1', '0')), n % 4 = 2
FROM seq ORDER BY n;
INSERT INTO phpbb_config (config_name, config_value, is_dynamic) VALUES ('version', '3.2.11', 0), ('num_posts', '1041', 1), ('cookie_name', 'phpbb3_x1y2z', 0);

-- a nested set of 30 modules under 3 classes: parents 1..3 hold children in [left, right]
INSERT INTO phpbb_modules (module_class, parent_id, left_id, right_id, module_langname, module_auth)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30)
SELECT ELT(1 + (n - 1) DIV 10, 'acp', 'mcp', 'ucp'), IF((n - 1) % 10 = 0, 0, 1 + ((n - 1) DIV 10) * 10),
       IF((n - 1) % 10 = 0, 1, 2 * ((n - 1) % 10)), IF((n - 1) % 10 = 0, 20, 2 * ((n - 1) % 10) + 1),
       CONCAT('ACP_CAT_', n), IF(n % 3 = 0, 'acl_a_board', '')
FROM seq ORDER BY n;

INSERT INTO phpbb_users (user_type, group_id, username, username_clean, user_options, user_posts)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120)
SELECT IF(n = 1, 2, IF(n % 17 = 0, 1, 0)), IF(n % 10 = 0, 4, IF(n < 3, 5, 2)), CONCAT('User', n), CONCAT('user', n),
       230271 + IF(n % 5 = 0, 1024, 0), n * 3 % 97
FROM seq ORDER BY n;

INSERT INTO phpbb_user_group (group_id, user_id, group_leader, user_pending)
SELECT group_id, user_id, user_id = 1, 0 FROM phpbb_users ORDER BY user_id;
INSERT INTO phpbb_user_group (group_id, user_id, group_leader, user_pending)
SELECT 7, user_id, 0, user_id % 3 = 0 FROM phpbb_users WHERE user_id % 4 = 0 ORDER BY user_id;

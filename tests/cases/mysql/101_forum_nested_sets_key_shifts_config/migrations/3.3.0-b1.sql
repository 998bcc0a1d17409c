# phpBB 3.3.0-b1 database update, as the updater's SQL log records it
UPDATE phpbb_config SET config_value = '3.3.0-b1' WHERE config_name = 'version';
UPDATE phpbb_config SET config_value = config_value + 3 WHERE config_name = 'num_posts';
INSERT INTO phpbb_config (config_name, config_value, is_dynamic) VALUES ('allow_quick_reply', '1', 0), ('num_posts', '0', 1)
  ON DUPLICATE KEY UPDATE config_value = config_value + 1, is_dynamic = VALUES(is_dynamic);
REPLACE INTO phpbb_config (config_name, config_value, is_dynamic) VALUES ('cookie_name', 'phpbb3_renamed', 0);
# make room in the acp tree for a new module under parent 1: shift everything right of 5
UPDATE phpbb_modules SET right_id = right_id + 2 WHERE module_class = 'acp' AND right_id > 5 ORDER BY right_id DESC;
UPDATE phpbb_modules SET left_id = left_id + 2 WHERE module_class = 'acp' AND left_id > 5 ORDER BY left_id DESC;
INSERT INTO phpbb_modules (module_class, parent_id, left_id, right_id, module_langname, module_auth) VALUES ('acp', 1, 6, 7, 'ACP_SPAMBOT', 'acl_a_server');
# option bit 10 (signatures) switched on for every user, off for bots
UPDATE phpbb_users SET user_options = user_options | 1024 WHERE user_type <> 1;
UPDATE phpbb_users SET user_options = user_options & ~1024 WHERE user_type = 1;

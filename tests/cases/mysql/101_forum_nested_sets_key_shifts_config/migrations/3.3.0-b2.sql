# phpBB 3.3.0-b2: a group is merged into another (a key column of the pair rewritten), bots move
# to a new id range (primary keys rewritten in descending order), an ucp module removed and the
# tree closed up again
DELETE ug FROM phpbb_user_group ug JOIN phpbb_user_group keep ON keep.user_id = ug.user_id AND keep.group_id = 2 WHERE ug.group_id = 7;
UPDATE phpbb_user_group SET group_id = 2 WHERE group_id = 7;
UPDATE phpbb_user_group SET user_id = user_id + 1000 WHERE user_id IN (SELECT user_id FROM phpbb_users WHERE user_type = 1) ORDER BY user_id DESC;
UPDATE phpbb_users SET user_id = user_id + 1000 WHERE user_type = 1 ORDER BY user_id DESC;
DELETE FROM phpbb_modules WHERE module_class = 'ucp' AND left_id = 8;
UPDATE phpbb_modules SET left_id = left_id - 2 WHERE module_class = 'ucp' AND left_id > 8 ORDER BY left_id ASC;
UPDATE phpbb_modules SET right_id = right_id - 2 WHERE module_class = 'ucp' AND right_id > 8 ORDER BY right_id ASC;
ALTER TABLE phpbb_users ADD user_reminded tinyint(4) DEFAULT '0' NOT NULL, ADD user_reminded_time int(11) UNSIGNED DEFAULT '0' NOT NULL;
DELETE FROM phpbb_config WHERE config_name LIKE 'load\_setting\_%' AND config_value = '0';

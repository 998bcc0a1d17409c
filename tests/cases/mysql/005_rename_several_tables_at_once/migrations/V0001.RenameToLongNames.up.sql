RENAME TABLE usr TO users, grp TO user_groups, usr_grp TO user_group_members;

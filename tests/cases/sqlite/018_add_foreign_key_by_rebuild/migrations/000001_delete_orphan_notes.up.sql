DELETE FROM notes WHERE user_id NOT IN (SELECT id FROM users);

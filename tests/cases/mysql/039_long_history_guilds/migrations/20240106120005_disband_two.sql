DELETE FROM guilds WHERE id IN (3, 9);

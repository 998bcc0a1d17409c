UPDATE profiles SET settings = JSON_SET(settings, '$.theme', 'system') WHERE id % 5 = 0;
UPDATE profiles SET settings = JSON_REMOVE(settings, '$.beta') WHERE id > 30;

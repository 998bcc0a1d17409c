DELETE FROM app_config WHERE key = 'sync';
PRAGMA user_version = 5;

ALTER TABLE app_config ADD COLUMN scope TEXT NOT NULL DEFAULT 'device';
PRAGMA user_version = 4;

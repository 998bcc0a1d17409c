PRAGMA user_version = 3;
CREATE TABLE app_config (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO app_config VALUES ('theme', 'light'), ('sync', 'on');

-- never run
DROP TABLE stale_frecencies;
PRAGMA user_version = 4;

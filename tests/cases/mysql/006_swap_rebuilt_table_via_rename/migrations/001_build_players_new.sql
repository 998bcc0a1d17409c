CREATE TABLE players_new (
  guid INT UNSIGNED NOT NULL PRIMARY KEY,
  name VARCHAR(24) NOT NULL,
  level SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  money BIGINT NOT NULL DEFAULT 0,
  KEY players_name (name)
) ENGINE=InnoDB;
INSERT INTO players_new (guid, name, level, money) SELECT guid, name, level, money * 100 FROM players ORDER BY guid;
RENAME TABLE players TO players_old, players_new TO players;

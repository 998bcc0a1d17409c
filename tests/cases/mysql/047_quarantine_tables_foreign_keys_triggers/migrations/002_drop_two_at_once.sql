DROP TABLE IF EXISTS audit, players;

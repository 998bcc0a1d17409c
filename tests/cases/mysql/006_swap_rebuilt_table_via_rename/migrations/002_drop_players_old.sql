DROP TABLE players_old;

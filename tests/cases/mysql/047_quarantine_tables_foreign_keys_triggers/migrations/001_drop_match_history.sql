-- the child first: then nothing references players any more
DROP TABLE matches;
ALTER TABLE players DROP COLUMN retired;
-- a parent row can go now; the quarantined players keep their rows (no cascade reaches them)
DROP TABLE players;
DELETE FROM teams WHERE id = 3;
-- a new table under an old name, with a trigger of the same name as the dropped one's
CREATE TABLE players (id INT AUTO_INCREMENT PRIMARY KEY, nick VARCHAR(40) NOT NULL) ENGINE=InnoDB;
CREATE TRIGGER players_ins AFTER INSERT ON players FOR EACH ROW INSERT INTO audit (what) VALUES (CONCAT('nick ', NEW.nick));
INSERT INTO players (nick) VALUES ('zed'), ('amy');

CREATE TABLE teams (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE) ENGINE=InnoDB;
CREATE TABLE players (
  id INT AUTO_INCREMENT PRIMARY KEY,
  team_id INT NOT NULL,
  name VARCHAR(40) NOT NULL,
  retired BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT players_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
  KEY players_name (name)
) ENGINE=InnoDB;
CREATE TABLE matches (
  id INT AUTO_INCREMENT PRIMARY KEY,
  winner_id INT,
  loser_id INT,
  FOREIGN KEY (winner_id) REFERENCES players (id),
  FOREIGN KEY (loser_id) REFERENCES players (id)
) ENGINE=InnoDB;
CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(80) NOT NULL) ENGINE=InnoDB;
DELIMITER $$
CREATE TRIGGER players_ins AFTER INSERT ON players FOR EACH ROW
BEGIN
  INSERT INTO audit (what) VALUES (CONCAT('player ', NEW.name));
END$$
DELIMITER ;
INSERT INTO teams VALUES (1, 'red'), (2, 'blue'), (3, 'green');
INSERT INTO players (team_id, name) WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30)
SELECT 1 + n % 3, CONCAT('p', n) FROM seq ORDER BY n;
INSERT INTO matches (winner_id, loser_id) WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40)
SELECT 1 + n % 30, 1 + (n * 7) % 30 FROM seq ORDER BY n;

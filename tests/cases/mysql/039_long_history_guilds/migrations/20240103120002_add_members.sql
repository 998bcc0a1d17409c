CREATE TABLE guild_members (guild_id INT NOT NULL, guid INT NOT NULL, rank_id TINYINT NOT NULL DEFAULT 4,
  PRIMARY KEY (guild_id, guid), CONSTRAINT gm_guild FOREIGN KEY (guild_id) REFERENCES guilds (id) ON DELETE CASCADE) ENGINE=InnoDB;
INSERT INTO guild_members WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 100) SELECT 1 + n % 12, n, n % 5 FROM seq;

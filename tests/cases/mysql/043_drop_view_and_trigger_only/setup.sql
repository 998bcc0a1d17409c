CREATE TABLE readings (id INT PRIMARY KEY, v INT NOT NULL, flagged TINYINT(1) NOT NULL DEFAULT 0) ENGINE=InnoDB;
INSERT INTO readings WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30) SELECT n, n * 3 % 17, 0 FROM seq;
CREATE VIEW high_readings AS SELECT id, v FROM readings WHERE v > 10;
CREATE VIEW high_reading_count AS SELECT COUNT(*) AS n FROM high_readings;
CREATE TRIGGER readings_bi BEFORE INSERT ON readings FOR EACH ROW SET NEW.flagged = NEW.v > 15;

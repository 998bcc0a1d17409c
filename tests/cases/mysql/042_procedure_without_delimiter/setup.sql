CREATE TABLE counters (name VARCHAR(20) PRIMARY KEY, value INT NOT NULL) ENGINE=InnoDB;
INSERT INTO counters VALUES ('a', 1), ('b', 2);

CREATE TABLE countries (code CHAR(2) PRIMARY KEY, name VARCHAR(40) NOT NULL) ENGINE=InnoDB;
INSERT INTO countries VALUES ('DE', 'Germany'), ('FR', 'France');

CREATE TABLE memos (
  id INT PRIMARY KEY,
  text VARCHAR(200) NOT NULL
) ENGINE=InnoDB;
INSERT INTO memos VALUES (1, 'line one'), (2, 'line two');

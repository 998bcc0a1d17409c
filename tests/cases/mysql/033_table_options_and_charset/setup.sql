CREATE TABLE legacy_notes (
  id INT PRIMARY KEY,
  body VARCHAR(200)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
INSERT INTO legacy_notes WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30) SELECT n, CONCAT('note ', n, IF(n % 3 = 0, ' café', '')) FROM seq;

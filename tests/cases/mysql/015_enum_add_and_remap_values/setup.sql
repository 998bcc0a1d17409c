CREATE TABLE deals (
  id INT PRIMARY KEY,
  stage ENUM('lead','won','lost') NOT NULL DEFAULT 'lead',
  value INT NOT NULL
) ENGINE=InnoDB;
INSERT INTO deals WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60) SELECT n, ELT(1 + n % 3, 'lead', 'won', 'lost'), n * 100 FROM seq;

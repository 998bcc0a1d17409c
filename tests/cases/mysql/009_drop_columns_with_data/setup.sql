CREATE TABLE employees (
  id INT PRIMARY KEY,
  first_name VARCHAR(40) NOT NULL,
  last_name VARCHAR(40) NOT NULL,
  ssn CHAR(11),
  salary INT,
  KEY employees_salary (salary),
  KEY employees_names (last_name, first_name)
) ENGINE=InnoDB;
INSERT INTO employees WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 90) SELECT n, CONCAT('First', n), CONCAT('Last', n % 30), CONCAT('000-00-', LPAD(n, 4, '0')), 30000 + n * 250 FROM seq;

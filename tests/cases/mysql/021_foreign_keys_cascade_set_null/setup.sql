CREATE TABLE departments (id INT PRIMARY KEY, name VARCHAR(30) NOT NULL) ENGINE=InnoDB;
CREATE TABLE staff (
  id INT PRIMARY KEY,
  department_id INT,
  mentor_id INT,
  name VARCHAR(40) NOT NULL,
  CONSTRAINT staff_department FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,
  CONSTRAINT staff_mentor FOREIGN KEY (mentor_id) REFERENCES staff (id) ON DELETE SET NULL
) ENGINE=InnoDB;
INSERT INTO departments WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 6) SELECT n, CONCAT('dept', n) FROM seq;
INSERT INTO staff WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60) SELECT n, 1 + n % 6, IF(n > 6, 1 + n % 6, NULL), CONCAT('Staff ', n) FROM seq;

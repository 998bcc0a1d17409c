-- A module handbook on MariaDB: courses and modules before the audit trail moved into the server.
CREATE TABLE courses (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  code VARCHAR(16) NOT NULL,
  ects INT NOT NULL DEFAULT 5,
  description TEXT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  UNIQUE KEY index_courses_on_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE modules (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(255) NOT NULL,
  semester INT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE course_modules (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id BIGINT NOT NULL,
  module_id BIGINT NOT NULL,
  required TINYINT(1) NOT NULL DEFAULT 1,
  KEY index_course_modules_on_module_id (module_id),
  CONSTRAINT fk_rails_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
  CONSTRAINT fk_rails_module FOREIGN KEY (module_id) REFERENCES modules (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO courses (name, code, ects, description, created_at, updated_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40)
SELECT CONCAT('Course ', n), CONCAT('C', LPAD(n, 3, '0')), 5 + n % 3 * 5, IF(n % 4 = 0, NULL, CONCAT('About course ', n)),
       TIMESTAMP('2022-09-01 09:00:00.000001') + INTERVAL n DAY, TIMESTAMP('2022-10-01 09:00:00.000001') + INTERVAL n DAY
FROM seq ORDER BY n;

INSERT INTO modules (title, semester, created_at, updated_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60)
SELECT CONCAT('Module ', n), IF(n % 7 = 0, NULL, 1 + n % 6), '2022-09-01 09:00:00', '2022-09-01 09:00:00'
FROM seq ORDER BY n;

INSERT INTO course_modules (course_id, module_id, required)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT 1 + n % 40, 1 + (n * 7) % 60, n % 3 <> 0 FROM seq ORDER BY n;

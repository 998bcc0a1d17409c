-- An OrangeHRM-like HR database: employees, contracts with validity periods, leave requests.
CREATE TABLE hs_hr_employee (
  emp_number INT NOT NULL AUTO_INCREMENT,
  employee_id VARCHAR(50) NOT NULL,
  emp_lastname VARCHAR(100) NOT NULL,
  emp_firstname VARCHAR(100) NOT NULL,
  emp_status VARCHAR(20) NOT NULL DEFAULT 'active',
  work_station INT NULL,
  termination_id INT NULL,
  PRIMARY KEY (emp_number),
  UNIQUE KEY employee_id (employee_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ohrm_contract (
  id INT NOT NULL AUTO_INCREMENT,
  emp_number INT NOT NULL,
  salary DECIMAL(10,2) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE NOT NULL,
  PRIMARY KEY (id),
  KEY contract_emp (emp_number),
  PERIOD FOR validity (valid_from, valid_to),
  CONSTRAINT contract_emp_fk FOREIGN KEY (emp_number) REFERENCES hs_hr_employee (emp_number) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ohrm_leave_request (
  id INT NOT NULL AUTO_INCREMENT,
  emp_number INT NOT NULL,
  date_applied DATE NOT NULL,
  days DECIMAL(4,2) NOT NULL,
  status TINYINT NOT NULL DEFAULT 1,
  comments VARCHAR(255) NULL,
  PRIMARY KEY (id),
  KEY leave_emp (emp_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE VIEW active_employees AS
  SELECT emp_number, employee_id, emp_lastname, emp_firstname, emp_status, work_station
  FROM hs_hr_employee WHERE emp_status = 'active' WITH CHECK OPTION;

CREATE VIEW pending_leave AS
  SELECT id, emp_number, date_applied, days, status, comments FROM ohrm_leave_request WHERE status = 1;

INSERT INTO hs_hr_employee (employee_id, emp_lastname, emp_firstname, emp_status, work_station)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 80)
SELECT CONCAT('E', LPAD(n, 4, '0')), ELT(1 + n % 6, 'Silva', 'Müller', 'O''Brien', 'Nakamura', 'Kowalski', 'Dubois'),
       CONCAT('First', n), IF(n % 9 = 0, 'terminated', 'active'), IF(n % 5 = 0, NULL, 1 + n % 4)
FROM seq ORDER BY n;

INSERT INTO ohrm_contract (emp_number, salary, valid_from, valid_to)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 80)
SELECT n, 2500 + n * 25, '2023-01-01' + INTERVAL (n % 6) MONTH, '2025-01-01' FROM seq ORDER BY n;

INSERT INTO ohrm_leave_request (emp_number, date_applied, days, status, comments)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200)
SELECT 1 + n % 80, '2024-01-02' + INTERVAL n DAY, 0.5 * (1 + n % 6), 1 + n % 4, IF(n % 7 = 0, 'family; urgent', NULL)
FROM seq ORDER BY n;

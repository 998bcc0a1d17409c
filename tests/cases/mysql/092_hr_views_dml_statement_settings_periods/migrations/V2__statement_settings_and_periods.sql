-- MariaDB's per-statement settings wrap DML, and a raise from July 2024 on splits every contract
-- that spans that date (UPDATE ... FOR PORTION OF inserts the parts outside the portion).
SET STATEMENT max_statement_time = 60, sql_mode = 'STRICT_ALL_TABLES' FOR
  UPDATE hs_hr_employee SET emp_status = 'inactive' WHERE emp_status = 'terminated';
SET STATEMENT foreign_key_checks = 1 FOR DELETE FROM hs_hr_employee WHERE emp_number IN (3, 4);
UPDATE ohrm_contract FOR PORTION OF validity FROM '2024-07-01' TO '2025-01-01'
  SET salary = ROUND(salary * 1.04, 2) WHERE emp_number <= 40;
DELETE FROM ohrm_contract FOR PORTION OF validity FROM '2024-10-01' TO '2025-01-01' WHERE emp_number BETWEEN 60 AND 70;

ALTER TABLE employees DROP COLUMN ssn, DROP COLUMN salary;
ALTER TABLE employees DROP COLUMN first_name;

BEGIN;
ALTER TABLE pipeline_stages ADD CONSTRAINT pipeline_stages_position_key UNIQUE (position) DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE departments (id integer PRIMARY KEY, name text NOT NULL, head_employee_id integer NOT NULL);
CREATE TABLE employees (id integer PRIMARY KEY, name text NOT NULL, department_id integer NOT NULL
    REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED);
ALTER TABLE departments ADD CONSTRAINT departments_head_fk FOREIGN KEY (head_employee_id) REFERENCES employees (id) DEFERRABLE INITIALLY IMMEDIATE;
COMMIT;

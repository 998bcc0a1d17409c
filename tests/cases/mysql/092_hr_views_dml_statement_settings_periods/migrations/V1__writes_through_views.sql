-- Data fixes written against the views the application reads (updatable views: the rows change
-- in the tables under them).
UPDATE active_employees SET work_station = 0 WHERE work_station IS NULL;
UPDATE pending_leave SET comments = CONCAT(COALESCE(comments, ''), ' [auto-approved]'), status = 2 WHERE days <= 0.5;
DELETE FROM pending_leave WHERE date_applied < '2024-01-20';
INSERT INTO active_employees (employee_id, emp_lastname, emp_firstname, emp_status, work_station)
VALUES ('E9001', 'Novak', 'Ana', 'active', 2), ('E9002', 'Okafor', 'Chidi', 'active', 3);

BEGIN;
SET CONSTRAINTS ALL DEFERRED;
UPDATE pipeline_stages SET position = 6 - position;
INSERT INTO departments VALUES (1, 'Sales', 10), (2, 'Support', 20);
INSERT INTO employees VALUES (10, 'Dana', 1), (11, 'Eli', 1), (20, 'Fran', 2), (21, 'Gus', 2);
COMMIT;

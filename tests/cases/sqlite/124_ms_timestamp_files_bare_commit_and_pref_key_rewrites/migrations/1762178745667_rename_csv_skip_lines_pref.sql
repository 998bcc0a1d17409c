BEGIN TRANSACTION;

-- Rename csv-skip-lines-* preferences to csv-skip-start-lines-*
UPDATE preferences
SET id = REPLACE(id, 'csv-skip-lines-', 'csv-skip-start-lines-')
WHERE id LIKE 'csv-skip-lines-%';

UPDATE preferences
SET value = CASE WHEN id = 'budgetType' AND value = 'report' THEN 'tracking' ELSE 'envelope' END
WHERE id = 'budgetType';

INSERT INTO __migrations__ (id) VALUES (1762178745667);

COMMIT;
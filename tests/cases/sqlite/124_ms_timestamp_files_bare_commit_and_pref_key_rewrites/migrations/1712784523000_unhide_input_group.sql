BEGIN TRANSACTION;

UPDATE category_groups
SET
  hidden = 0
WHERE is_income;

-- `type = NULL` is never true: this statement changes no row
UPDATE dashboard
SET tombstone = 1
WHERE type = NULL;

INSERT INTO __migrations__ (id) VALUES (1712784523000);

COMMIT;

BEGIN;
CREATE TABLE deals_archive AS SELECT id, title, value FROM deals WHERE stage_id = 5;
DELETE FROM deals WHERE stage_id = 5;
DELETE FROM stages WHERE id = 5;
COMMIT;

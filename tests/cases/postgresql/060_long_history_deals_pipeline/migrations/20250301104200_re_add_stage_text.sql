BEGIN;
ALTER TABLE deals ADD COLUMN stage text;
UPDATE deals d SET stage = s.name FROM stages s WHERE s.id = d.stage_id;
COMMIT;

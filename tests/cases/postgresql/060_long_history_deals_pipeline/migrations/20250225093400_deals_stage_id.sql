BEGIN;
ALTER TABLE deals ADD COLUMN stage_id smallint REFERENCES stages (id);
UPDATE deals d SET stage_id = s.id FROM stages s WHERE s.name = d.stage;
ALTER TABLE deals ALTER COLUMN stage_id SET NOT NULL;
CREATE INDEX deals_stage_id_idx ON deals (stage_id);
COMMIT;

ALTER TABLE deals ADD COLUMN stage_id INTEGER REFERENCES stages(id);
UPDATE deals SET stage_id = (SELECT id FROM stages WHERE stages.name = deals.stage);
CREATE INDEX deals_stage_id_idx ON deals(stage_id);

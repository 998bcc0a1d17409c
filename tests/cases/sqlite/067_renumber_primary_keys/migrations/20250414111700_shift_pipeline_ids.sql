BEGIN;
UPDATE pipeline_steps SET pipeline_id = pipeline_id + 100;
UPDATE pipelines SET id = id + 100;
UPDATE pipeline_steps SET id = 1000 - id;
COMMIT;

DROP VIEW IF EXISTS pipeline_by_region;
DROP VIEW IF EXISTS won_by_rep;
UPDATE reps SET region = 'south' WHERE region = 'west';
DELETE FROM opportunities WHERE stage = 'lost' AND closed_on < '2024-06-01';

-- Clean-up: the trigger, its function and the old integer columns go.
DROP TRIGGER IF EXISTS trigger_3207b8d0d6f3 ON ci_builds;
DROP FUNCTION IF EXISTS trigger_3207b8d0d6f3();
ALTER TABLE ci_builds DROP COLUMN id_convert_to_bigint, DROP COLUMN commit_id_convert_to_bigint;

-- A new build takes its id from the moved sequence; a failed pipeline is removed with its builds
-- and their trace sections.
INSERT INTO ci_builds (commit_id, name, status) VALUES (3, 'deploy', 'created');
DELETE FROM ci_pipelines WHERE id = 5;

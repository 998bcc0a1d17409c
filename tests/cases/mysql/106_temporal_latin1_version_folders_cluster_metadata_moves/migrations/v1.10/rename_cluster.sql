UPDATE cluster_metadata_info SET cluster_name = 'primary', version = version + 1 WHERE cluster_name = 'active';
DELETE FROM current_executions WHERE state = 2 AND workflow_id LIKE 'wf-1%';
UPDATE current_executions SET create_request_id = CONCAT(create_request_id, '-é') WHERE status = 1;

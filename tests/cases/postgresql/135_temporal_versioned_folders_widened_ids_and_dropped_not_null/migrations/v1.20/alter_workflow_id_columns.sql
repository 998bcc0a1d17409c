ALTER TABLE executions ALTER COLUMN workflow_id TYPE VARCHAR(1000);
ALTER TABLE current_executions ALTER COLUMN workflow_id TYPE VARCHAR(1000);
ALTER TABLE signals_requested_sets ALTER COLUMN workflow_id TYPE VARCHAR(1000);
ALTER TABLE chasm_node_maps ALTER COLUMN workflow_id TYPE VARCHAR(1000);

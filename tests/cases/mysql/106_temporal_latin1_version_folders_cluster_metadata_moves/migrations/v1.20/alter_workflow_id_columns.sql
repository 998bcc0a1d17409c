ALTER TABLE current_executions MODIFY workflow_id VARBINARY(1000) NOT NULL;
ALTER TABLE signals_requested_sets MODIFY workflow_id VARBINARY(1000) NOT NULL;

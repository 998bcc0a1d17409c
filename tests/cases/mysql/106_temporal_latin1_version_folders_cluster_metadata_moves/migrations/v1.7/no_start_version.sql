ALTER TABLE current_executions DROP start_version;

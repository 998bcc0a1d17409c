ALTER DATABASE CHARACTER SET utf8mb4;

ALTER TABLE namespaces                CONVERT TO CHARACTER SET utf8mb4;
ALTER TABLE current_executions        CONVERT TO CHARACTER SET utf8mb4;
ALTER TABLE signals_requested_sets    CONVERT TO CHARACTER SET utf8mb4;
ALTER TABLE cluster_metadata_info     CONVERT TO CHARACTER SET utf8mb4;
ALTER TABLE cluster_membership        CONVERT TO CHARACTER SET utf8mb4;

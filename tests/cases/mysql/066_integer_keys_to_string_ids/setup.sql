-- A workflow automation app created by an ORM: integer AUTO_INCREMENT keys, ORM-named foreign
-- keys (FK_<hash>) with ON DELETE CASCADE, a join table keyed by both ids.
CREATE TABLE `wf_workflow` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `active` tinyint NOT NULL DEFAULT 0,
  `nodes` json NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO `wf_workflow` (`id`, `name`, `active`, `nodes`, `createdAt`)
SELECT n, CONCAT('Workflow ', n), n % 2, JSON_ARRAY(JSON_OBJECT('type', 'start', 'pos', n)), DATE_ADD('2022-05-01 10:00:00.000', INTERVAL n MINUTE)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE `wf_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(24) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_8f949d7a3a984759044054e89b` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO `wf_tag` (`id`, `name`) VALUES (1, 'sales'), (2, 'crm'), (3, 'billing'), (4, 'ops'), (5, 'nightly');

CREATE TABLE `wf_workflows_tags` (
  `workflowId` int NOT NULL,
  `tagId` int NOT NULL,
  PRIMARY KEY (`workflowId`, `tagId`),
  KEY `IDX_54b2f0343d6a2078fa13744386` (`workflowId`),
  KEY `IDX_77505b341625b0b4768082e217` (`tagId`),
  CONSTRAINT `FK_54b2f0343d6a2078fa137443869` FOREIGN KEY (`workflowId`) REFERENCES `wf_workflow` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_77505b341625b0b4768082e2171` FOREIGN KEY (`tagId`) REFERENCES `wf_tag` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO `wf_workflows_tags` (`workflowId`, `tagId`)
SELECT 1 + n % 120, 1 + (n DIV 120 + n) % 5
FROM (WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < 299) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE `wf_execution` (
  `id` int NOT NULL AUTO_INCREMENT,
  `workflowId` int NULL,
  `finished` tinyint NOT NULL,
  `startedAt` datetime NOT NULL,
  `stoppedAt` datetime NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_81fc04c8a17de15835713505e4` (`workflowId`, `id`),
  CONSTRAINT `FK_wf_execution_workflowId` FOREIGN KEY (`workflowId`) REFERENCES `wf_workflow` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO `wf_execution` (`workflowId`, `finished`, `startedAt`, `stoppedAt`)
SELECT IF(n % 37 = 0, NULL, 1 + n % 120), n % 4 <> 0, DATE_ADD('2023-01-01 00:00:00', INTERVAL n * 7 MINUTE),
       IF(n % 4 = 0, NULL, DATE_ADD('2023-01-01 00:01:00', INTERVAL n * 7 MINUTE))
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 900) SELECT n FROM seq) s
ORDER BY n;

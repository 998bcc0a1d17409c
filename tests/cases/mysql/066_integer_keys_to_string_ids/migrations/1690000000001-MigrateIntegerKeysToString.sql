-- The integer keys become strings: each key column is renamed aside (keeping AUTO_INCREMENT until
-- the primary key moves), a varchar copy takes its name, and the foreign keys are switched over.
ALTER TABLE wf_workflow CHANGE id tmp_id int NOT NULL AUTO_INCREMENT;
ALTER TABLE wf_workflow ADD COLUMN id varchar(36) NOT NULL;
UPDATE wf_workflow SET id = CONVERT(tmp_id, CHAR);
CREATE UNIQUE INDEX `TMP_idx_wf_workflow_id` ON wf_workflow (`id`);

ALTER TABLE wf_tag CHANGE id tmp_id int NOT NULL AUTO_INCREMENT;
ALTER TABLE wf_tag ADD COLUMN id varchar(36) NOT NULL;
UPDATE wf_tag SET id = CONVERT(tmp_id, CHAR);
CREATE UNIQUE INDEX `TMP_idx_wf_tag_id` ON wf_tag (`id`);

ALTER TABLE wf_workflows_tags CHANGE workflowId tmp_workflowId int NOT NULL;
ALTER TABLE wf_workflows_tags ADD COLUMN `workflowId` varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL;
UPDATE wf_workflows_tags SET `workflowId` = CONVERT(`tmp_workflowId`, CHAR);
ALTER TABLE wf_workflows_tags CHANGE tagId tmp_tagId int NOT NULL;
ALTER TABLE wf_workflows_tags ADD COLUMN `tagId` varchar(36) NOT NULL;
UPDATE wf_workflows_tags SET `tagId` = CONVERT(`tmp_tagId`, CHAR);
ALTER TABLE wf_workflows_tags DROP PRIMARY KEY, ADD PRIMARY KEY (`workflowId`, `tagId`);
CREATE INDEX `idx_wf_workflows_tags_workflow_id` ON wf_workflows_tags (`workflowId`);
ALTER TABLE wf_workflows_tags DROP FOREIGN KEY `FK_54b2f0343d6a2078fa137443869`;
ALTER TABLE wf_workflows_tags ADD CONSTRAINT `fk_wf_workflows_tags_workflow_id` FOREIGN KEY (`workflowId`) REFERENCES wf_workflow(id) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE wf_workflows_tags DROP FOREIGN KEY `FK_77505b341625b0b4768082e2171`;
ALTER TABLE wf_workflows_tags ADD CONSTRAINT `fk_wf_workflows_tags_tag_id` FOREIGN KEY (`tagId`) REFERENCES wf_tag(id) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE wf_workflows_tags DROP COLUMN `tmp_workflowId`;
ALTER TABLE wf_workflows_tags DROP COLUMN `tmp_tagId`;

ALTER TABLE wf_execution CHANGE workflowId tmp_workflowId int NULL;
ALTER TABLE wf_execution ADD COLUMN `workflowId` varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
UPDATE wf_execution SET `workflowId` = CONVERT(`tmp_workflowId`, CHAR);
CREATE INDEX `idx_wf_execution_workflow_id_id` ON wf_execution (`workflowId`,`id`);
ALTER TABLE wf_execution DROP FOREIGN KEY `FK_wf_execution_workflowId`;
ALTER TABLE wf_execution ADD CONSTRAINT `fk_wf_execution_workflow_id` FOREIGN KEY (`workflowId`) REFERENCES wf_workflow(id) ON DELETE CASCADE ON UPDATE NO ACTION;
DROP INDEX `IDX_81fc04c8a17de15835713505e4` ON wf_execution;
ALTER TABLE wf_execution DROP COLUMN `tmp_workflowId`;

ALTER TABLE wf_workflow MODIFY COLUMN tmp_id INT NOT NULL;
ALTER TABLE wf_workflow DROP PRIMARY KEY, ADD PRIMARY KEY (`id`);
DROP INDEX `TMP_idx_wf_workflow_id` ON wf_workflow;
ALTER TABLE wf_workflow DROP COLUMN tmp_id;

ALTER TABLE wf_tag MODIFY COLUMN tmp_id INT NOT NULL;
ALTER TABLE wf_tag DROP PRIMARY KEY, ADD PRIMARY KEY (`id`);
DROP INDEX `TMP_idx_wf_tag_id` ON wf_tag;
ALTER TABLE wf_tag DROP COLUMN tmp_id;

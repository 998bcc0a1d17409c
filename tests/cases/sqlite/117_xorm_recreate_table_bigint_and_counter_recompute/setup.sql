-- A self-hosted code forge used by a CRM team (Gitea-like xorm schema on SQLite).
CREATE TABLE `version` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `version` INTEGER NULL);
CREATE TABLE `repository` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `owner_id` INTEGER NULL, `lower_name` TEXT NOT NULL, `name` TEXT NOT NULL, `num_issues` INTEGER NULL, `num_closed_issues` INTEGER NULL, `is_archived` INTEGER NULL, `size` INTEGER DEFAULT 0 NOT NULL);
CREATE UNIQUE INDEX `UQE_repository_s` ON `repository` (`owner_id`,`lower_name`);
CREATE INDEX `IDX_repository_lower_name` ON `repository` (`lower_name`);
CREATE TABLE `issue` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `repo_id` INTEGER NULL, `index` INTEGER NULL, `poster_id` INTEGER NULL, `name` TEXT NULL, `is_closed` INTEGER NULL, `is_pull` INTEGER NULL, `num_comments` INTEGER NULL, `created_unix` INTEGER NULL);
CREATE UNIQUE INDEX `UQE_issue_repo_index` ON `issue` (`repo_id`,`index`);
CREATE TABLE `comment` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `type` INTEGER NULL, `poster_id` INTEGER NULL, `issue_id` INTEGER NULL, `content` TEXT NULL, `created_unix` INTEGER NULL);
CREATE INDEX `IDX_comment_issue_id` ON `comment` (`issue_id`);

INSERT INTO `version` (`version`) VALUES (180);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
INSERT INTO `repository` (`owner_id`, `lower_name`, `name`, `num_issues`, `num_closed_issues`, `is_archived`, `size`)
SELECT 1 + i % 2, 'crm-' || CASE i WHEN 1 THEN 'api' WHEN 2 THEN 'web' WHEN 3 THEN 'mobile' WHEN 4 THEN 'docs' WHEN 5 THEN 'infra' ELSE 'legacy' END,
       'CRM-' || CASE i WHEN 1 THEN 'API' WHEN 2 THEN 'Web' WHEN 3 THEN 'Mobile' WHEN 4 THEN 'Docs' WHEN 5 THEN 'Infra' ELSE 'Legacy' END,
       0, 0, i = 6, i * 1024
FROM n ORDER BY i;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO `issue` (`repo_id`, `index`, `poster_id`, `name`, `is_closed`, `is_pull`, `num_comments`, `created_unix`)
SELECT 1 + i % 6, 1 + i / 6, 1 + i % 4, 'Issue ' || i, i % 3 = 0, i % 5 = 0, 0, 1700000000 + i * 3600 FROM n ORDER BY i;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO `comment` (`type`, `poster_id`, `issue_id`, `content`, `created_unix`)
SELECT CASE WHEN i % 10 = 0 THEN 2 ELSE 0 END, 1 + i % 4, CASE WHEN i % 17 = 0 THEN 900 + i ELSE 1 + i % 50 END, 'comment ' || i, 1700100000 + i * 60 FROM n ORDER BY i;

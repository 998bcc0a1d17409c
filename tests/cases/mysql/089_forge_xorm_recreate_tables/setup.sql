-- A Gitea-like forge on MySQL (xorm naming: IDX_<table>_<col>, UQE_<table>_<name>, *_unix times).
CREATE TABLE `repository` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `owner_id` BIGINT(20) DEFAULT NULL,
  `lower_name` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `num_issues` INT(11) DEFAULT NULL,
  `num_closed_issues` INT(11) DEFAULT NULL,
  `is_mirror` TINYINT(1) DEFAULT NULL,
  `created_unix` BIGINT(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_repository_s` (`owner_id`, `lower_name`),
  KEY `IDX_repository_lower_name` (`lower_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE `issue` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `repo_id` BIGINT(20) DEFAULT NULL,
  `index` BIGINT(20) DEFAULT NULL,
  `poster_id` BIGINT(20) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `content` TEXT,
  `priority` INT(11) DEFAULT NULL,
  `is_closed` TINYINT(1) DEFAULT NULL,
  `is_pull` TINYINT(1) DEFAULT NULL,
  `deadline_unix` BIGINT(20) DEFAULT NULL,
  `created_unix` BIGINT(20) DEFAULT NULL,
  `updated_unix` BIGINT(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_issue_repo_index` (`repo_id`, `index`),
  KEY `IDX_issue_repo_id` (`repo_id`),
  KEY `IDX_issue_is_closed` (`is_closed`),
  KEY `IDX_issue_deadline_unix` (`deadline_unix`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE `comment` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `type` INT(11) DEFAULT NULL,
  `poster_id` BIGINT(20) DEFAULT NULL,
  `issue_id` BIGINT(20) DEFAULT NULL,
  `content` LONGTEXT,
  `created_unix` BIGINT(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_comment_issue_id` (`issue_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

INSERT INTO `repository` (`owner_id`, `lower_name`, `name`, `num_issues`, `num_closed_issues`, `is_mirror`, `created_unix`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 12)
SELECT 1 + n % 4, LOWER(CONCAT('Repo-', n)), CONCAT('Repo-', n), 0, 0, n % 5 = 0, 1600000000 + n * 86400 FROM seq ORDER BY n;

INSERT INTO `issue` (`repo_id`, `index`, `poster_id`, `name`, `content`, `priority`, `is_closed`, `is_pull`, `deadline_unix`, `created_unix`, `updated_unix`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 240)
SELECT IF(n % 40 = 0, 77, 1 + n % 12), 1 + (n - 1) DIV 12, 1 + n % 9, CONCAT('Issue ', n), IF(n % 6 = 0, NULL, CONCAT('Body of ', n)),
       n % 4, n % 3 = 0, n % 7 = 0, IF(n % 5 = 0, 0, 1700000000 + n * 3600), 1650000000 + n * 600, 1650000000 + n * 900
FROM seq ORDER BY n;

INSERT INTO `comment` (`type`, `poster_id`, `issue_id`, `content`, `created_unix`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 360)
SELECT n % 3, 1 + n % 9, IF(n % 45 = 0, 9000 + n, 1 + n % 240), CONCAT('comment ', n), 1660000000 + n * 60 FROM seq ORDER BY n;

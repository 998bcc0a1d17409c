CREATE TABLE `board` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `version` INT NOT NULL,
  `slug` VARCHAR(189) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `data` TEXT NOT NULL,
  `org_id` BIGINT(20) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
CREATE UNIQUE INDEX `UQE_board_org_id_slug` ON `board` (`org_id`, `slug`);
CREATE TABLE `board_note` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `board_id` BIGINT(20) NOT NULL,
  `epoch` BIGINT(20) NOT NULL,
  `text` TEXT NOT NULL,
  `type` VARCHAR(25) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
CREATE TABLE `board_star` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` BIGINT(20) NOT NULL,
  `board_id` BIGINT(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO board (version, slug, title, data, org_id, created, updated)
WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 99), seq(n) AS (SELECT a.n * 100 + b.n + 1 FROM d a CROSS JOIN d b WHERE a.n * 100 + b.n < 1500)
SELECT n % 5, CONCAT('pipeline-', n), CONCAT('Pipeline caf', CHAR(233), ' ', n), CONCAT('{"panels":[', n, ']}'),
       1 + n % 3, '2023-01-01 00:00:00' + INTERVAL n MINUTE, '2023-02-01 00:00:00' + INTERVAL n MINUTE FROM seq;
INSERT INTO board_note (board_id, epoch, text, type)
WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 99), seq(n) AS (SELECT a.n * 100 + b.n + 1 FROM d a CROSS JOIN d b WHERE a.n * 100 + b.n < 3000)
SELECT 1 + n % 1500, IF(n % 4 = 0, 1672531200000 + n, 1672531200 + n), CONCAT('deploy ', n), IF(n % 2 = 0, 'alert', 'event') FROM seq;
INSERT INTO board_star (user_id, board_id)
WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 99), seq(n) AS (SELECT a.n * 100 + b.n + 1 FROM d a CROSS JOIN d b WHERE a.n * 100 + b.n < 800)
SELECT 1 + n % 40, 1 + n % 300 FROM seq;

-- Baseline of a lab-sample tracking service (Spring Boot + Flyway on MariaDB)
CREATE TABLE `role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_role_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(120) NOT NULL,
  `role_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_user_role` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_file` (
  `id` bigint NOT NULL,
  `checksum` varchar(64) NOT NULL,
  `value` float DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chart_definitions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_chart_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chart_page_assignments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `chart_id` int NOT NULL,
  `page` varchar(32) NOT NULL,
  `is_visible` boolean NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_cpa_chart` FOREIGN KEY (`chart_id`) REFERENCES `chart_definitions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `role` (`id`, `name`) VALUES (1, 'ROLE_USER'), (2, 'ROLE_ADMIN');
INSERT INTO `user` (`email`, `role_id`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 25)
SELECT CONCAT('scientist', n, '@lab.example'), IF(n % 8 = 0, 2, 1) FROM seq ORDER BY n;
INSERT INTO `sample_file` (`id`, `checksum`, `value`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120)
SELECT n * 3, SHA2(CONCAT('file-', n), 256), IF(n % 9 = 0, NULL, n / 8) FROM seq ORDER BY n;
INSERT INTO `chart_definitions` (`id`, `name`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 8)
SELECT n, CONCAT('plot_', n) FROM seq ORDER BY n;
INSERT INTO `chart_page_assignments` (`chart_id`, `page`, `is_visible`)
SELECT c.`id`, p.`page`, c.`id` % 2 = 0
FROM `chart_definitions` c JOIN (SELECT 'request' AS `page` UNION ALL SELECT 'application') p ORDER BY c.`id`, p.`page`;

-- A Pterodactyl-like game server panel on MariaDB (Laravel, raw DB::statement() migrations).
CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `username` varchar(191) NOT NULL,
  `email` varchar(191) NOT NULL,
  `root_admin` tinyint unsigned NOT NULL DEFAULT 0,
  `use_totp` tinyint unsigned NOT NULL DEFAULT 0,
  `language` char(5) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_uuid_unique` (`uuid`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `nodes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `fqdn` varchar(191) NOT NULL,
  `memory` int unsigned NOT NULL,
  `daemonSFTP` smallint unsigned NOT NULL DEFAULT 2022,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `allocations` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `node_id` int unsigned NOT NULL,
  `ip` varchar(191) NOT NULL,
  `port` mediumint unsigned NOT NULL,
  `server_id` int unsigned DEFAULT NULL,
  `notes` varchar(191) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `allocations_node_id_foreign` (`node_id`),
  CONSTRAINT `allocations_node_id_foreign` FOREIGN KEY (`node_id`) REFERENCES `nodes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `servers` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `node_id` int unsigned NOT NULL,
  `owner_id` int unsigned NOT NULL,
  `name` varchar(191) NOT NULL,
  `memory` int unsigned NOT NULL,
  `suspended` tinyint unsigned NOT NULL DEFAULT 0,
  `installed` tinyint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `servers_uuid_unique` (`uuid`),
  KEY `servers_node_id_foreign` (`node_id`),
  KEY `servers_owner_id_foreign` (`owner_id`),
  CONSTRAINT `servers_node_id_foreign` FOREIGN KEY (`node_id`) REFERENCES `nodes` (`id`),
  CONSTRAINT `servers_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `audit_logs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `server_id` int unsigned NOT NULL,
  `action` varchar(191) NOT NULL,
  `metadata` json NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO users (uuid, username, email, root_admin, language)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40)
SELECT CONCAT(LPAD(HEX(n), 8, '0'), '-aaaa-4bbb-8ccc-', LPAD(HEX(n * 7919), 12, '0')), CONCAT('player', n),
       CONCAT('player', n, '@panel.example'), n = 1, ELT(1 + n % 3, 'en', 'de', 'pt_BR')
FROM seq ORDER BY n;

INSERT INTO nodes (name, fqdn, memory)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 7)
SELECT CONCAT('node-', n), CONCAT('n', n, '.panel.example'), 16384 * n FROM seq ORDER BY n;

-- duplicate ip:port pairs from the time there was no unique key
INSERT INTO allocations (node_id, ip, port, server_id, notes)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 180)
SELECT 1 + n % 7, CONCAT('10.0.', n % 7, '.1'), 25565 + (n % 25), IF(n % 4 = 0, 1 + n % 70, NULL),
       IF(n % 11 = 0, CONCAT('reserved ', n), NULL)
FROM seq ORDER BY n;

INSERT INTO servers (uuid, node_id, owner_id, name, memory, suspended, installed)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 70)
SELECT CONCAT(LPAD(HEX(n), 8, '0'), '-dddd-4eee-8fff-', LPAD(HEX(n * 104729), 12, '0')), 1 + n % 6, 1 + n % 40,
       CONCAT('Survival ', n), 1024 * (1 + n % 8), n % 13 = 0, n % 5 <> 0
FROM seq ORDER BY n;

INSERT INTO audit_logs (server_id, action, metadata, created_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT 1 + n % 70, ELT(1 + n % 3, 'server:power.start', 'server:file.write', 'server:backup.restore'),
       JSON_OBJECT('file', CONCAT('/plugins/p', n, '.jar'), 'bytes', n * 1024), '2024-03-01 00:00:00' + INTERVAL n MINUTE
FROM seq ORDER BY n;

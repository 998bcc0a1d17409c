CREATE TABLE `User` (
    `id` VARCHAR(191) NOT NULL,
    `email` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    UNIQUE INDEX `User_email_key`(`email`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE TABLE `Workspace` (
    `id` VARCHAR(191) NOT NULL,
    `slug` VARCHAR(191) NOT NULL,
    `plan` ENUM('free', 'pro', 'business') NOT NULL DEFAULT 'free',
    `usage` INTEGER NOT NULL DEFAULT 0,
    UNIQUE INDEX `Workspace_slug_key`(`slug`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE TABLE `Link` (
    `id` VARCHAR(191) NOT NULL,
    `domain` VARCHAR(191) NOT NULL,
    `key` VARCHAR(191) NOT NULL,
    `url` TEXT NOT NULL,
    `description` VARCHAR(280) NULL,
    `clicks` INTEGER NOT NULL DEFAULT 0,
    `userId` VARCHAR(191) NULL,
    `workspaceId` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    UNIQUE INDEX `Link_domain_key_key`(`domain`, `key`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `Link` ADD CONSTRAINT `Link_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Link` ADD CONSTRAINT `Link_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
INSERT INTO `User` (`id`, `email`, `name`, `createdAt`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200)
SELECT CONCAT('usr_', LPAD(n, 5, '0')), CONCAT('user', n, '@example.com'), IF(n % 9 = 0, NULL, CONCAT('User ', n)), '2024-01-01 00:00:00.000' + INTERVAL n HOUR FROM seq;
INSERT INTO `Workspace` (`id`, `slug`, `plan`, `usage`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30)
SELECT CONCAT('ws_', n), CONCAT('team-', n), ELT(1 + n % 3, 'free', 'pro', 'business'), n * 17 FROM seq;
INSERT INTO `Link` (`id`, `domain`, `key`, `url`, `description`, `clicks`, `userId`, `workspaceId`, `createdAt`)
WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 49),
seq(n) AS (SELECT a.n * 50 + b.n + 1 FROM d a CROSS JOIN d b)
SELECT CONCAT('lnk_', LPAD(n, 6, '0')), IF(n % 4 = 0, 'go.example', 'dub.example'), CONCAT('k', n),
       CONCAT('https://example.com/page/', n, '?utm_source=crm'), IF(n % 5 = 0, NULL, CONCAT('Campaign ', n % 40)),
       n % 97, IF(n % 11 = 0, NULL, CONCAT('usr_', LPAD(1 + n % 200, 5, '0'))), CONCAT('ws_', 1 + n % 30),
       '2024-02-01 00:00:00.000' + INTERVAL n MINUTE FROM seq;

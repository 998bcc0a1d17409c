-- The 'business' plan is renamed: widen the enum, move the rows, narrow it.
ALTER TABLE `Workspace` MODIFY `plan` ENUM('free', 'pro', 'business', 'enterprise') NOT NULL DEFAULT 'free';
UPDATE `Workspace` SET `plan` = 'enterprise' WHERE `plan` = 'business';
ALTER TABLE `Workspace` MODIFY `plan` ENUM('free', 'pro', 'enterprise') NOT NULL DEFAULT 'free',
    ADD COLUMN `linksLimit` INTEGER NOT NULL DEFAULT 25;
UPDATE `Workspace` SET `linksLimit` = CASE `plan` WHEN 'pro' THEN 1000 WHEN 'enterprise' THEN 5000 ELSE 25 END;
-- CreateTable
CREATE TABLE `Tag` (
    `id` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `color` ENUM('red', 'blue', 'green') NOT NULL DEFAULT 'blue',
    `workspaceId` VARCHAR(191) NOT NULL,
    INDEX `Tag_workspaceId_idx`(`workspaceId`),
    UNIQUE INDEX `Tag_name_workspaceId_key`(`name`, `workspaceId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
INSERT INTO `Tag` (`id`, `name`, `workspaceId`) SELECT CONCAT('tag_', `id`), 'default', `id` FROM `Workspace`;
DELETE FROM `User` WHERE `email` LIKE 'user1_@example.com';

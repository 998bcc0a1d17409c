-- DropForeignKey
ALTER TABLE `Link` DROP FOREIGN KEY `Link_userId_fkey`;

-- DropForeignKey
ALTER TABLE `Link` DROP FOREIGN KEY `Link_workspaceId_fkey`;

-- RenameIndex
ALTER TABLE `Link` RENAME INDEX `Link_userId_fkey` TO `Link_userId_idx`;

-- RenameIndex
ALTER TABLE `Link` RENAME INDEX `Link_workspaceId_fkey` TO `Link_workspaceId_idx`;

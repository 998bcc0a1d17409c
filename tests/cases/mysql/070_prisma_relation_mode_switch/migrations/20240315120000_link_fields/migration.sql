/*
  Warnings:

  - You are about to drop the column `description` on the `Link` table. All the data in the column will be lost.
  - A unique constraint covering the columns `[workspaceId,key]` on the table `Link` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX `Link_domain_key_key` ON `Link`;

-- AlterTable
ALTER TABLE `Link` DROP COLUMN `description`,
    ADD COLUMN `comments` TEXT NULL,
    ADD COLUMN `trackConversion` BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN `updatedAt` DATETIME(3) NOT NULL,
    MODIFY `url` LONGTEXT NOT NULL;

-- AlterTable
ALTER TABLE `User` MODIFY `createdAt` DATETIME(3) NULL DEFAULT CURRENT_TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX `Link_domain_key_key` ON `Link`(`domain`, `key`);

-- CreateIndex
CREATE INDEX `Link_workspaceId_createdAt_idx` ON `Link`(`workspaceId`, `createdAt` DESC);

-- CreateFulltextIndex
CREATE FULLTEXT INDEX `Link_url_idx` ON `Link`(`url`);

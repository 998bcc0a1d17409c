-- Repository schema update: rename location to url, add a cloud repository entity.
-- Columns are swapped in place (no table recreation), so the foreign keys of other tables stay intact.

-- Step 1: Create the cloud_repositories table
CREATE TABLE `cloud_repositories` (
    `id` INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    `created_at` DATETIME NOT NULL,
    `updated_at` DATETIME NOT NULL,
    `cloud_id` TEXT NOT NULL,
    `storage_used_bytes` INTEGER NOT NULL DEFAULT 0,
    `location` TEXT NOT NULL
);

-- Step 2: Add new url column (non-nullable with a default to satisfy the constraint)
ALTER TABLE `repositories` ADD COLUMN `url` TEXT NOT NULL DEFAULT '';

-- Copy location data to url column
UPDATE `repositories` SET `url` = `location`;

-- Drop old location index before dropping the column
DROP INDEX IF EXISTS `repositories_location_key`;

-- atlas:nolint DS103
-- Safe to drop location column - data has been copied to url column
ALTER TABLE `repositories` DROP COLUMN `location`;

-- Add cloud repository relationship column
ALTER TABLE `repositories` ADD COLUMN `cloud_repository_repository` INTEGER NULL REFERENCES `cloud_repositories` (`id`) ON UPDATE NO ACTION ON DELETE SET NULL;

-- the SSH repositories were really hosted ones: they get a cloud entry each
INSERT INTO `cloud_repositories` (`created_at`, `updated_at`, `cloud_id`, `storage_used_bytes`, `location`)
SELECT `created_at`, `updated_at`, 'cloud-' || `id`, `stats_total_size`, 'EU' FROM `repositories` WHERE `url` LIKE 'ssh://%' ORDER BY `id`;
UPDATE `repositories` SET `cloud_repository_repository` = (SELECT c.`id` FROM `cloud_repositories` c WHERE c.`cloud_id` = 'cloud-' || `repositories`.`id`);

-- Step 3: Create indexes
-- atlas:nolint MF101
CREATE UNIQUE INDEX `repositories_url_key` ON `repositories` (`url`);
CREATE UNIQUE INDEX `repositories_cloud_repository_repository_key` ON `repositories` (`cloud_repository_repository`);

ALTER TABLE `recordings` ADD `teamId` varchar(15);--> statement-breakpoint
ALTER TABLE `recordings` ADD `settings` json DEFAULT ('null');--> statement-breakpoint
UPDATE `recordings` r JOIN `members` m ON m.`id` = r.`ownerId` SET r.`teamId` = COALESCE(m.`currentTeamId`, 'ws1'), r.`updatedAt` = r.`updatedAt`;--> statement-breakpoint
ALTER TABLE `recordings` MODIFY COLUMN `teamId` varchar(15) NOT NULL;

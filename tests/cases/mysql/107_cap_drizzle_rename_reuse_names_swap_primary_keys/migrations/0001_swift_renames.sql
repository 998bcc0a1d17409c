CREATE TABLE `api_keys` (
	`id` varchar(36) NOT NULL,
	`memberId` varchar(15) NOT NULL,
	`createdAt` timestamp NOT NULL DEFAULT (now()),
	CONSTRAINT `api_keys_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
RENAME TABLE `workspace_members` TO `team_members`;--> statement-breakpoint
RENAME TABLE `workspaces` TO `teams`;--> statement-breakpoint
ALTER TABLE `team_members` RENAME COLUMN `workspaceId` TO `teamId`;--> statement-breakpoint
ALTER TABLE `members` RENAME COLUMN `currentWorkspaceId` TO `currentTeamId`;--> statement-breakpoint
ALTER TABLE `team_members` DROP INDEX `workspace_members_id_unique`;--> statement-breakpoint
ALTER TABLE `teams` DROP INDEX `workspaces_id_unique`;--> statement-breakpoint
DROP INDEX `workspace_id_idx` ON `team_members`;--> statement-breakpoint
DROP INDEX `member_workspace_idx` ON `team_members`;--> statement-breakpoint
ALTER TABLE `team_members` DROP PRIMARY KEY;--> statement-breakpoint
ALTER TABLE `teams` DROP PRIMARY KEY;--> statement-breakpoint
ALTER TABLE `team_members` ADD PRIMARY KEY(`id`);--> statement-breakpoint
ALTER TABLE `teams` ADD PRIMARY KEY(`id`);--> statement-breakpoint
ALTER TABLE `teams` ADD `iconUrl` varchar(1024);--> statement-breakpoint
ALTER TABLE `team_members` ADD CONSTRAINT `team_members_id_unique` UNIQUE(`id`);--> statement-breakpoint
CREATE INDEX `team_id_idx` ON `team_members` (`teamId`);--> statement-breakpoint
CREATE INDEX `member_team_idx` ON `team_members` (`memberId`,`teamId`);

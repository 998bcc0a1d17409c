CREATE TABLE `workspace_members` (
	`id` varchar(15) NOT NULL,
	`workspaceId` varchar(15) NOT NULL,
	`memberId` varchar(15) NOT NULL,
	`role` varchar(32) NOT NULL DEFAULT 'viewer',
	`createdAt` timestamp NOT NULL DEFAULT (now()),
	CONSTRAINT `workspace_members_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` varchar(15) NOT NULL,
	`teamId` varchar(15) NOT NULL,
	`name` varchar(255) NOT NULL,
	`privacy` varchar(32) NOT NULL DEFAULT 'Private',
	CONSTRAINT `workspaces_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
INSERT INTO `workspaces` (`id`, `teamId`, `name`) SELECT CONCAT('s', `id`), `id`, 'All recordings' FROM `teams`;--> statement-breakpoint
INSERT INTO `workspace_members` (`id`, `workspaceId`, `memberId`, `role`, `createdAt`) SELECT CONCAT('s', tm.`id`), CONCAT('s', tm.`teamId`), tm.`memberId`, tm.`role`, '2024-03-01 00:00:00' FROM `team_members` tm;--> statement-breakpoint
CREATE INDEX `workspace_id_idx` ON `workspace_members` (`workspaceId`);

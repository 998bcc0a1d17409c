-- A Cap-like screen-recording service (drizzle-kit on MySQL): nanoid varchar keys, `DEFAULT (now())`
-- expression defaults, `ON UPDATE CURRENT_TIMESTAMP`, redundant UNIQUE(id) beside the primary key.
CREATE TABLE `members` (`id` varchar(15) NOT NULL, `email` varchar(255) NOT NULL, `currentWorkspaceId` varchar(15),
  `created_at` timestamp NOT NULL DEFAULT (now()), `updated_at` timestamp NOT NULL DEFAULT (now()) ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT `members_id` PRIMARY KEY(`id`), CONSTRAINT `members_id_unique` UNIQUE(`id`), CONSTRAINT `members_email_unique` UNIQUE(`email`));
CREATE TABLE `workspaces` (`id` varchar(15) NOT NULL, `name` varchar(255) NOT NULL, `ownerId` varchar(15) NOT NULL, `metadata` json,
  `createdAt` timestamp NOT NULL DEFAULT (now()), CONSTRAINT `workspaces_id` PRIMARY KEY(`id`), CONSTRAINT `workspaces_id_unique` UNIQUE(`id`));
CREATE TABLE `workspace_members` (`id` varchar(15) NOT NULL, `memberId` varchar(15) NOT NULL, `workspaceId` varchar(15) NOT NULL, `role` varchar(32) NOT NULL,
  CONSTRAINT `workspace_members_id` PRIMARY KEY(`id`), CONSTRAINT `workspace_members_id_unique` UNIQUE(`id`));
CREATE INDEX `workspace_id_idx` ON `workspace_members` (`workspaceId`);
CREATE INDEX `member_workspace_idx` ON `workspace_members` (`memberId`,`workspaceId`);
CREATE TABLE `recordings` (`id` varchar(15) NOT NULL, `ownerId` varchar(15) NOT NULL, `title` varchar(255) NOT NULL DEFAULT 'Untitled',
  `public` boolean NOT NULL DEFAULT true, `source` json NOT NULL DEFAULT ('{"type":"local"}'),
  `updatedAt` timestamp NOT NULL DEFAULT (now()) ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT `recordings_id` PRIMARY KEY(`id`), CONSTRAINT `recordings_id_unique` UNIQUE(`id`));

INSERT INTO `members` (`id`, `email`, `currentWorkspaceId`, `created_at`, `updated_at`)
  SELECT CONCAT('mem', seq), CONCAT('m', seq, '@rec.example'), IF(seq % 7 = 0, NULL, CONCAT('ws', 1 + seq % 12)), '2024-01-01 10:00:00', '2024-01-02 10:00:00' FROM seq_1_to_120;
INSERT INTO `workspaces` (`id`, `name`, `ownerId`, `metadata`, `createdAt`)
  SELECT CONCAT('ws', seq), CONCAT('Workspace ', seq), CONCAT('mem', seq), JSON_OBJECT('seats', seq), '2024-01-01 10:00:00' FROM seq_1_to_12;
INSERT INTO `workspace_members` (`id`, `memberId`, `workspaceId`, `role`)
  SELECT CONCAT('wm', seq), CONCAT('mem', seq), CONCAT('ws', 1 + seq % 12), IF(seq <= 12, 'owner', 'member') FROM seq_1_to_100;
INSERT INTO `recordings` (`id`, `ownerId`, `title`, `public`, `updatedAt`)
  SELECT CONCAT('rec', seq), CONCAT('mem', 1 + seq % 120), CONCAT('Demo ', seq), seq % 3 <> 0, '2024-02-01 09:00:00' FROM seq_1_to_200;

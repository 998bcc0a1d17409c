BEGIN TRANSACTION;

CREATE TABLE "ef_temp_ActivityLogs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActivityLogs" PRIMARY KEY AUTOINCREMENT,
    "DateCreated" TEXT NOT NULL,
    "ItemId" TEXT NULL,
    "LogSeverity" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Overview" TEXT NULL,
    "RowVersion" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "UserId" TEXT NULL
);

INSERT INTO "ef_temp_ActivityLogs" ("Id", "DateCreated", "LogSeverity", "Name", "Overview", "RowVersion", "Type", "UserId")
SELECT "Id", "DateCreated", "LogSeverity", "Name", "Overview", "RowVersion", "Type", "UserId"
FROM "ActivityLogs";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "ActivityLogs";

ALTER TABLE "ef_temp_ActivityLogs" RENAME TO "ActivityLogs";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_ActivityLogs_DateCreated" ON "ActivityLogs" ("DateCreated");

-- the empty user id meant "the system": NULL says it now
UPDATE "ActivityLogs" SET "UserId" = NULL WHERE "UserId" = '00000000-0000-0000-0000-000000000000';
DELETE FROM "ActivityLogs" WHERE "DateCreated" < '2024-05-08';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240702093000_ActivityLogUserIdNullable', '8.0.6');

COMMIT;

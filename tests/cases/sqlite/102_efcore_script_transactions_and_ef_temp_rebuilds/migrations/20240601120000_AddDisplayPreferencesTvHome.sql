BEGIN TRANSACTION;

ALTER TABLE "Users" ADD "MaxActiveSessions" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Users" ADD "CastReceiverId" TEXT NULL;

CREATE TABLE "ef_temp_DisplayPreferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DisplayPreferences" PRIMARY KEY AUTOINCREMENT,
    "Client" TEXT NOT NULL,
    "DashboardTheme" TEXT NULL,
    "IndexBy" INTEGER NULL,
    "ItemId" TEXT NOT NULL,
    "ScrollDirection" INTEGER NOT NULL,
    "ShowSidebar" INTEGER NOT NULL,
    "TvHome" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "FK_DisplayPreferences_Users_UserId" FOREIGN KEY ("UserId") REFERENCES "Users" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_DisplayPreferences" ("Id", "Client", "DashboardTheme", "IndexBy", "ItemId", "ScrollDirection", "ShowSidebar", "TvHome", "UserId")
SELECT "Id", "Client", "DashboardTheme", "IndexBy", "ItemId", "ScrollDirection", "ShowSidebar", IFNULL("TvHome", ''), "UserId"
FROM "DisplayPreferences";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "DisplayPreferences";

ALTER TABLE "ef_temp_DisplayPreferences" RENAME TO "DisplayPreferences";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_DisplayPreferences_UserId_ItemId_Client" ON "DisplayPreferences" ("UserId", "ItemId", "Client");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240601120000_AddDisplayPreferencesTvHome', '8.0.6');

-- A media server's library database as `dotnet ef migrations script` left it (EF Core, SQLite).
CREATE TABLE "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "Users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Users" PRIMARY KEY,
    "Username" TEXT NOT NULL,
    "Password" TEXT NULL,
    "MustUpdatePassword" INTEGER NOT NULL,
    "AudioLanguagePreference" TEXT NULL,
    "AuthenticationProviderId" TEXT NOT NULL,
    "InvalidLoginAttemptCount" INTEGER NOT NULL,
    "SubtitleMode" INTEGER NOT NULL,
    "LastLoginDate" TEXT NULL,
    "RowVersion" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "IX_Users_Username" ON "Users" ("Username");

CREATE TABLE "DisplayPreferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DisplayPreferences" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "Client" TEXT NOT NULL,
    "ShowSidebar" INTEGER NOT NULL,
    "ScrollDirection" INTEGER NOT NULL,
    "IndexBy" INTEGER NULL,
    "DashboardTheme" TEXT NULL,
    "TvHome" TEXT NULL,
    CONSTRAINT "FK_DisplayPreferences_Users_UserId" FOREIGN KEY ("UserId") REFERENCES "Users" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_DisplayPreferences_UserId_ItemId_Client" ON "DisplayPreferences" ("UserId", "ItemId", "Client");

CREATE TABLE "ActivityLogs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActivityLogs" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Overview" TEXT NULL,
    "Type" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "LogSeverity" INTEGER NOT NULL,
    "RowVersion" INTEGER NOT NULL
);
CREATE INDEX "IX_ActivityLogs_DateCreated" ON "ActivityLogs" ("DateCreated");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES
    ('20200514181226_AddActivityLog', '3.1.4'),
    ('20200613202153_AddUsers', '3.1.4');

INSERT INTO "Users" VALUES
    ('0a1f7c2e-0000-4000-8000-000000000001', 'admin', '$PBKDF2$iterations=1000$aa', 0, 'eng', 'DefaultAuthenticationProvider', 0, 0, '2024-05-01 20:00:00', 3),
    ('0a1f7c2e-0000-4000-8000-000000000002', 'kids', NULL, 1, NULL, 'DefaultAuthenticationProvider', 2, 1, NULL, 0),
    ('0a1f7c2e-0000-4000-8000-000000000003', 'guest', '$PBKDF2$iterations=1000$cc', 0, 'ger', 'LdapProvider', 0, 2, '2024-04-11 08:15:00', 1);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 18)
INSERT INTO "DisplayPreferences" ("UserId", "ItemId", "Client", "ShowSidebar", "ScrollDirection", "IndexBy", "DashboardTheme", "TvHome")
SELECT '0a1f7c2e-0000-4000-8000-00000000000' || (1 + i % 3), printf('%032x', i * 977), CASE i % 3 WHEN 0 THEN 'emby' WHEN 1 THEN 'web' ELSE 'android' END,
       i % 2, i % 2, CASE WHEN i % 4 = 0 THEN NULL ELSE i % 3 END, CASE WHEN i % 5 = 0 THEN 'dark' END, NULL
FROM n ORDER BY i;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO "ActivityLogs" ("Name", "Overview", "Type", "UserId", "DateCreated", "LogSeverity", "RowVersion")
SELECT CASE i % 3 WHEN 0 THEN 'admin is online' WHEN 1 THEN 'Playback started' ELSE 'Scheduled task completed' END,
       CASE WHEN i % 4 = 0 THEN 'on ' || i END, CASE i % 3 WHEN 0 THEN 'SessionStarted' WHEN 1 THEN 'VideoPlayback' ELSE 'TaskCompleted' END,
       CASE WHEN i % 3 = 2 THEN '00000000-0000-0000-0000-000000000000' ELSE '0a1f7c2e-0000-4000-8000-00000000000' || (1 + i % 3) END,
       printf('2024-05-%02d %02d:00:00', 1 + i % 28, i % 24), i % 4, 0
FROM n ORDER BY i;

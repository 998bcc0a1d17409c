BEGIN TRANSACTION;

DELETE FROM "DisplayPreferences" WHERE "Client" = 'emby';

CREATE TABLE "ef_temp_Users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Users" PRIMARY KEY,
    "AudioLanguagePreference" TEXT NULL,
    "AuthenticationProviderId" TEXT NOT NULL,
    "CastReceiverId" TEXT NULL,
    "InvalidLoginAttemptCount" INTEGER NOT NULL,
    "LastLoginDate" TEXT NULL,
    "MaxActiveSessions" INTEGER NOT NULL,
    "MustUpdatePassword" INTEGER NOT NULL,
    "RowVersion" INTEGER NOT NULL,
    "SubtitleMode" INTEGER NOT NULL,
    "Username" TEXT NOT NULL COLLATE NOCASE
);

INSERT INTO "ef_temp_Users" ("Id", "AudioLanguagePreference", "AuthenticationProviderId", "CastReceiverId", "InvalidLoginAttemptCount", "LastLoginDate", "MaxActiveSessions", "MustUpdatePassword", "RowVersion", "SubtitleMode", "Username")
SELECT "Id", "AudioLanguagePreference", "AuthenticationProviderId", "CastReceiverId", "InvalidLoginAttemptCount", "LastLoginDate", "MaxActiveSessions", "MustUpdatePassword", "RowVersion", "SubtitleMode", "Username"
FROM "Users";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Users";

ALTER TABLE "ef_temp_Users" RENAME TO "Users";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_Users_Username" ON "Users" ("Username");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240815170000_RemoveUserPasswordColumn', '8.0.6');

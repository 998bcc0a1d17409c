-- TypeORM's runner turns foreign keys off around SQLite migrations
PRAGMA foreign_keys = OFF;
-- user settings move to their own table; the user table drops them through a temporary copy
CREATE TABLE "user_settings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enableNotifications" boolean NOT NULL DEFAULT (1), "region" varchar, "originalLanguage" varchar, "userId" integer, CONSTRAINT "REL_986a2b6d3c05eb4091bb8066f7" UNIQUE ("userId"), CONSTRAINT "FK_986a2b6d3c05eb4091bb8066f78" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION);
INSERT INTO "user_settings" ("userId", "region", "originalLanguage") SELECT "id", "region", "originalLanguage" FROM "user" ORDER BY "id";
CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar NOT NULL, "username" varchar, "plexId" integer, "permissions" integer NOT NULL DEFAULT (0), "avatar" varchar NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "userType" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE ("email"));
INSERT INTO "temporary_user"("id", "email", "username", "plexId", "permissions", "avatar", "createdAt", "updatedAt", "userType") SELECT "id", "email", "username", "plexId", "permissions", "avatar", "createdAt", "updatedAt", "userType" FROM "user";
DROP TABLE "user";
ALTER TABLE "temporary_user" RENAME TO "user";
-- requests of declined media (status 5 means available; 3 declined) are removed with their seasons
DELETE FROM "season_request" WHERE "requestId" IN (SELECT "id" FROM "media_request" WHERE "status" = 3);
DELETE FROM "media_request" WHERE "status" = 3;
INSERT INTO "migrations"("timestamp", "name") VALUES (1609236552057, 'UserSettingsTable1609236552057');
PRAGMA foreign_keys = ON;

-- A request portal for a CRM's training-video library (Overseerr-like, TypeORM on SQLite).
CREATE TABLE "migrations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "timestamp" bigint NOT NULL, "name" varchar NOT NULL);
CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar NOT NULL, "username" varchar, "plexId" integer, "permissions" integer NOT NULL DEFAULT (0), "avatar" varchar NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "userType" integer NOT NULL DEFAULT (1), "region" varchar, "originalLanguage" varchar, CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE ("email"));
CREATE TABLE "media" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "mediaType" varchar NOT NULL, "tmdbId" integer NOT NULL, "tvdbId" integer, "status" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_41a289eb1fa489c1bc6f38d9c3c" UNIQUE ("tvdbId"));
CREATE INDEX "IDX_7157aad07c73f6a6ae3bbd5ef5" ON "media" ("tmdbId") ;
CREATE TABLE "media_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "status" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "type" varchar NOT NULL, "mediaId" integer, "requestedById" integer, "modifiedById" integer, CONSTRAINT "FK_a1aa713f41c99e9d10c48da75a0" FOREIGN KEY ("mediaId") REFERENCES "media" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_6997bee94720f1ecb7f31137095" FOREIGN KEY ("requestedById") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f4fc4efa14c3ba2b29c4525fa15" FOREIGN KEY ("modifiedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION);
CREATE TABLE "season_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "seasonNumber" integer NOT NULL, "status" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "requestId" integer, CONSTRAINT "FK_6f14737e346d6b27d8e50d2157a" FOREIGN KEY ("requestId") REFERENCES "media_request" ("id") ON DELETE CASCADE ON UPDATE NO ACTION);

INSERT INTO "migrations" ("timestamp", "name") VALUES (1603944374840, 'InitialMigration1603944374840'), (1605085519544, 'SeasonStatus1605085519544');

INSERT INTO "user" ("email", "username", "plexId", "permissions", "avatar", "createdAt", "updatedAt", "userType", "region", "originalLanguage") VALUES
  ('owner@example.com', 'owner', 1001, 2, '/a/1.png', '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1, 'DE', 'de'),
  ('trainer@example.com', 'trainer', 1002, 32, '/a/2.png', '2024-01-02 00:00:00', '2024-01-02 00:00:00', 1, NULL, NULL),
  ('sales1@example.com', NULL, NULL, 32, '/a/3.png', '2024-01-03 00:00:00', '2024-01-03 00:00:00', 2, 'US', 'en'),
  ('sales2@example.com', 'sally', NULL, 0, '/a/4.png', '2024-01-04 00:00:00', '2024-01-04 00:00:00', 2, NULL, 'en');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 24)
INSERT INTO "media" ("mediaType", "tmdbId", "tvdbId", "status", "createdAt", "updatedAt")
SELECT CASE WHEN i % 3 = 0 THEN 'tv' ELSE 'movie' END, 5000 + i, CASE WHEN i % 3 = 0 THEN 80000 + i END, 1 + i % 5,
       printf('2024-02-%02d 10:00:00', 1 + i % 28), printf('2024-03-%02d 10:00:00', 1 + i % 28)
FROM n ORDER BY i;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO "media_request" ("status", "createdAt", "updatedAt", "type", "mediaId", "requestedById", "modifiedById")
SELECT 1 + i % 3, printf('2024-03-%02d 12:00:00', 1 + i % 28), printf('2024-03-%02d 13:00:00', 1 + i % 28),
       CASE WHEN (1 + i % 24) % 3 = 0 THEN 'tv' ELSE 'movie' END, 1 + i % 24, 1 + i % 4, CASE WHEN i % 3 = 2 THEN 1 END
FROM n ORDER BY i;

INSERT INTO "season_request" ("seasonNumber", "status", "createdAt", "updatedAt", "requestId")
SELECT s.n, r."status", r."createdAt", r."updatedAt", r."id"
FROM "media_request" r CROSS JOIN (SELECT 1 AS n UNION ALL SELECT 2) s WHERE r."type" = 'tv' ORDER BY r."id", s.n;

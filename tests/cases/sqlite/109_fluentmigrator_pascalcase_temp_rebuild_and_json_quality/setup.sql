-- A media-request manager for a CRM's video library (Radarr/Sonarr-like, FluentMigrator on SQLite).
CREATE TABLE "VersionInfo" ("Version" INTEGER NOT NULL, "AppliedOn" DATETIME, "Description" TEXT);
CREATE UNIQUE INDEX "UC_Version" ON "VersionInfo" ("Version" ASC);

CREATE TABLE "Config" ("Id" INTEGER PRIMARY KEY AUTOINCREMENT, "Key" TEXT NOT NULL, "Value" TEXT NOT NULL);
CREATE UNIQUE INDEX "IX_Config_Key" ON "Config" ("Key" ASC);

CREATE TABLE "Movies" (
    "Id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "TmdbId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "CleanTitle" TEXT NOT NULL,
    "Monitored" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "ProfileId" INTEGER NOT NULL,
    "MovieFileId" INTEGER NOT NULL,
    "Tags" TEXT,
    "LastInfoSync" DATETIME,
    "Ratings" TEXT
);
CREATE UNIQUE INDEX "IX_Movies_TmdbId" ON "Movies" ("TmdbId" ASC);
CREATE INDEX "IX_Movies_CleanTitle" ON "Movies" ("CleanTitle" ASC);

CREATE TABLE "MovieFiles" (
    "Id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "MovieId" INTEGER NOT NULL,
    "Quality" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "DateAdded" DATETIME NOT NULL,
    "RelativePath" TEXT,
    "MediaInfo" TEXT
);

CREATE TABLE "History" (
    "Id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "MovieId" INTEGER NOT NULL,
    "SourceTitle" TEXT NOT NULL,
    "Date" DATETIME NOT NULL,
    "Quality" TEXT NOT NULL,
    "EventType" INTEGER,
    "Data" TEXT NOT NULL,
    "DownloadId" TEXT
);
CREATE INDEX "IX_History_Date" ON "History" ("Date" ASC);

INSERT INTO "VersionInfo" VALUES (1, '2023-01-01T00:00:00', 'InitialSetup'), (2, '2023-01-01T00:00:01', 'add_ratings');
INSERT INTO "Config" ("Key", "Value") VALUES ('cleanupmetadataimages', 'True'), ('rsssyncinterval', '60'), ('movieinfolanguage', '1');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO "Movies" ("TmdbId", "Title", "CleanTitle", "Monitored", "Path", "ProfileId", "MovieFileId", "Tags", "LastInfoSync", "Ratings")
SELECT 600 + i * 13, 'Sales Training ' || i, 'salestraining' || i, i % 5 <> 0, '/videos/Sales Training ' || i, 1 + i % 3,
       CASE WHEN i % 4 = 0 THEN 0 ELSE i END, CASE WHEN i % 3 = 0 THEN '[1,2]' ELSE '[]' END,
       printf('2023-06-%02dT12:00:00Z', 1 + i % 28), json_object('votes', i * 10, 'value', (i % 10) + 0.5)
FROM n ORDER BY i;

INSERT INTO "MovieFiles" ("Id", "MovieId", "Quality", "Size", "DateAdded", "RelativePath", "MediaInfo")
SELECT m."MovieFileId", m."Id",
       json_object('quality', json_object('id', 7 + m."Id" % 3, 'name', CASE m."Id" % 3 WHEN 0 THEN 'Bluray-1080p' WHEN 1 THEN 'WEBDL-1080p' ELSE 'HDTV-720p' END),
                   'revision', json_object('version', 1 + m."Id" % 2, 'real', 0)),
       1000000 * m."Id", '2023-05-01T00:00:00Z', m."Title" || '.mkv', NULL
FROM "Movies" m WHERE m."MovieFileId" > 0 ORDER BY m."Id";

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO "History" ("MovieId", "SourceTitle", "Date", "Quality", "EventType", "Data", "DownloadId")
SELECT 1 + i % 33, 'Sales.Training.' || i || '.1080p', printf('2023-07-%02dT10:00:00Z', 1 + i % 28),
       json_object('quality', json_object('id', 7, 'name', 'WEBDL-1080p'), 'revision', json_object('version', 1, 'real', 0)),
       1 + i % 4, json_object('indexer', 'CRM Index', 'size', i * 1000), CASE WHEN i % 4 = 1 THEN 'DL' || i END
FROM n ORDER BY i;

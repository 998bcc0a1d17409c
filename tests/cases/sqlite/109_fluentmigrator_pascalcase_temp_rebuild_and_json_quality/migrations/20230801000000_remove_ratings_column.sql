-- FluentMigrator's SQLite table rebuild: Delete.Column("Ratings").FromTable("Movies")
CREATE TABLE "Movies_temp" (
    "Id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "TmdbId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "CleanTitle" TEXT NOT NULL,
    "Monitored" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "ProfileId" INTEGER NOT NULL,
    "MovieFileId" INTEGER NOT NULL,
    "Tags" TEXT,
    "LastInfoSync" DATETIME
);
INSERT INTO "Movies_temp" ("Id", "TmdbId", "Title", "CleanTitle", "Monitored", "Path", "ProfileId", "MovieFileId", "Tags", "LastInfoSync")
SELECT "Id", "TmdbId", "Title", "CleanTitle", "Monitored", "Path", "ProfileId", "MovieFileId", "Tags", "LastInfoSync" FROM "Movies";
DROP TABLE "Movies";
ALTER TABLE "Movies_temp" RENAME TO "Movies";
CREATE UNIQUE INDEX "IX_Movies_TmdbId" ON "Movies" ("TmdbId" ASC);
CREATE INDEX "IX_Movies_CleanTitle" ON "Movies" ("CleanTitle" ASC);
INSERT INTO "VersionInfo" ("Version", "AppliedOn", "Description") VALUES (3, '2023-08-01T00:00:00', 'remove_ratings_column');

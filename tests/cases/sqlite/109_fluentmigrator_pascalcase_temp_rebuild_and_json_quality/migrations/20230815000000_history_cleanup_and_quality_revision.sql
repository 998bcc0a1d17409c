-- history of movies that no longer exist goes
DELETE FROM "History" WHERE "MovieId" NOT IN (SELECT "Id" FROM "Movies");
-- the revision moves under the quality object in the JSON
UPDATE "MovieFiles" SET "Quality" = json_set(json_remove("Quality", '$.revision'), '$.quality.revision', json_extract("Quality", '$.revision'))
WHERE json_extract("Quality", '$.revision') IS NOT NULL;
UPDATE "History" SET "Quality" = json_set(json_remove("Quality", '$.revision'), '$.quality.revision', json_extract("Quality", '$.revision'));
-- unmonitored movies without a file are removed with their history
DELETE FROM "History" WHERE "MovieId" IN (SELECT "Id" FROM "Movies" WHERE "Monitored" = 0 AND "MovieFileId" = 0);
DELETE FROM "Movies" WHERE "Monitored" = 0 AND "MovieFileId" = 0;
INSERT INTO "Config" ("Key", "Value") SELECT 'historycleanupdays', '30' WHERE NOT EXISTS (SELECT 1 FROM "Config" WHERE "Key" = 'historycleanupdays');
UPDATE "Config" SET "Value" = 'False' WHERE "Key" = 'cleanupmetadataimages';
INSERT INTO "VersionInfo" ("Version", "AppliedOn", "Description") VALUES (4, '2023-08-15T00:00:00', 'history_cleanup_and_quality_revision');

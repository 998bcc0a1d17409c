-- Thumbnails lose their type; duplicate file names keep only their lowest id.
ALTER TABLE "thumbnail" DROP COLUMN "type";

DELETE FROM "thumbnail" s1
USING (SELECT MIN(id) as id, "filename" FROM "thumbnail" GROUP BY "filename" HAVING COUNT(*) > 1) s2
WHERE s1."filename" = s2."filename" AND s1.id <> s2.id;

DROP INDEX IF EXISTS thumbnail_filename_type;
CREATE UNIQUE INDEX "thumbnail_filename" ON "thumbnail" ("filename");

-- Comments of the imported videos move to their own id range; the replies and thread roots that
-- point at them follow through ON UPDATE CASCADE onto the same table.
UPDATE "videoComment" SET "id" = "id" + 1000 WHERE "videoId" IN (2, 5);
UPDATE "video" SET "id" = "id" + 100 WHERE "id" = 5;
SELECT setval('"videoComment_id_seq"', 1048);

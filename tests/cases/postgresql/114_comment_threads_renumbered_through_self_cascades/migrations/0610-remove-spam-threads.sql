-- Spam threads go with their replies (cascade within the table) and a removed video takes its
-- comments; a reply to a deleted comment in another thread is re-attached first.
UPDATE "videoComment" SET "inReplyToCommentId" = "originCommentId" WHERE "inReplyToCommentId" IN (1010, 1011);
DELETE FROM "videoComment" WHERE "id" IN (1009, 25) AND "originCommentId" IS NULL;
DELETE FROM "video" WHERE "id" = 3;
INSERT INTO "videoComment" ("url", "text", "originCommentId", "inReplyToCommentId", "videoId", "createdAt")
VALUES ('https://peertube.test/videos/watch/105/comments/new', 'new reply', 1033, 1035, 105, timestamptz '2021-04-01 00:00:00+00');

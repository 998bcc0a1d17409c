-- The video abuse table becomes "abuse"; a new "videoAbuse" table (same name, fresh serial whose
-- sequence name is taken: "videoAbuse_id_seq1") keeps the video-specific columns.
ALTER TABLE "videoAbuse" RENAME TO "abuse";

ALTER TABLE "abuse"
ADD COLUMN "flaggedAccountId" INTEGER REFERENCES "account" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

UPDATE "abuse" SET "videoId" = NULL
WHERE "videoId" NOT IN (SELECT "id" FROM "video");

UPDATE "abuse" SET "flaggedAccountId" = "videoChannel"."accountId"
FROM "video" INNER JOIN "videoChannel" ON "video"."channelId" = "videoChannel"."id"
WHERE "abuse"."videoId" = "video"."id";

DROP INDEX IF EXISTS video_abuse_video_id;
DROP INDEX IF EXISTS video_abuse_reporter_account_id;

CREATE TABLE IF NOT EXISTS "videoAbuse" (
  "id" serial,
  "startAt" integer DEFAULT NULL,
  "endAt" integer DEFAULT NULL,
  "deletedVideo" jsonb DEFAULT NULL,
  "abuseId" integer NOT NULL REFERENCES "abuse" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "videoId" integer REFERENCES "video" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "createdAt" TIMESTAMP WITH time zone NOT NULL,
  "updatedAt" timestamp WITH time zone NOT NULL,
  PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "commentAbuse" (
  "id" serial,
  "abuseId" integer NOT NULL REFERENCES "abuse" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "videoCommentId" integer REFERENCES "videoComment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "createdAt" timestamp WITH time zone NOT NULL,
  "updatedAt" timestamp WITH time zone NOT NULL,
  PRIMARY KEY ("id")
);

INSERT INTO "videoAbuse" ("startAt", "endAt", "deletedVideo", "abuseId", "videoId", "createdAt", "updatedAt")
SELECT "abuse"."startAt", "abuse"."endAt", "abuse"."deletedVideo", "abuse"."id", "abuse"."videoId",
"abuse"."createdAt", "abuse"."updatedAt"
FROM "abuse" ORDER BY "abuse"."id";

ALTER TABLE "abuse" DROP COLUMN "startAt";
ALTER TABLE "abuse" DROP COLUMN "endAt";
ALTER TABLE "abuse" DROP COLUMN "deletedVideo";
ALTER TABLE "abuse" DROP COLUMN "videoId";

DROP INDEX IF EXISTS user_notification_video_abuse_id;
ALTER TABLE "userNotification" RENAME COLUMN "videoAbuseId" TO "abuseId";

ALTER INDEX IF EXISTS "videoAbuse_pkey" RENAME TO "abuse_pkey";

-- A video platform (peertube-like, sequelize naming): camelCase quoted identifiers, a video abuse
-- table about to become a generic "abuse" table, comments, notifications and thumbnails.
CREATE TABLE "account" ("id" serial PRIMARY KEY, "name" varchar(255) NOT NULL);
CREATE TABLE "videoChannel" (
    "id" serial PRIMARY KEY,
    "name" varchar(255) NOT NULL,
    "accountId" integer NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE "video" (
    "id" serial PRIMARY KEY,
    "name" varchar(255) NOT NULL,
    "channelId" integer NOT NULL REFERENCES "videoChannel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE "videoComment" (
    "id" serial PRIMARY KEY,
    "text" text NOT NULL,
    "videoId" integer NOT NULL REFERENCES "video" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE "videoAbuse" (
    "id" serial,
    "reason" varchar(3000) NOT NULL,
    "state" integer NOT NULL,
    "startAt" integer DEFAULT NULL,
    "endAt" integer DEFAULT NULL,
    "deletedVideo" jsonb DEFAULT NULL,
    "reporterAccountId" integer REFERENCES "account" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "videoId" integer,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    PRIMARY KEY ("id")
);
CREATE INDEX "video_abuse_video_id" ON "videoAbuse" ("videoId");
CREATE INDEX "video_abuse_reporter_account_id" ON "videoAbuse" ("reporterAccountId");
CREATE TABLE "userNotification" (
    "id" serial PRIMARY KEY,
    "type" integer NOT NULL,
    "videoAbuseId" integer REFERENCES "videoAbuse" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "user_notification_video_abuse_id" ON "userNotification" ("videoAbuseId");
CREATE TABLE "thumbnail" (
    "id" serial PRIMARY KEY,
    "filename" varchar(255) NOT NULL,
    "type" integer NOT NULL,
    "videoId" integer REFERENCES "video" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "thumbnail_filename_type" ON "thumbnail" ("filename", "type");

INSERT INTO "account" ("name") SELECT 'account' || g FROM generate_series(1, 10) g ORDER BY g;
INSERT INTO "videoChannel" ("name", "accountId") SELECT 'channel' || g, 1 + g % 10 FROM generate_series(1, 15) g ORDER BY g;
INSERT INTO "video" ("name", "channelId") SELECT 'video' || g, 1 + g % 15 FROM generate_series(1, 60) g ORDER BY g;
INSERT INTO "videoComment" ("text", "videoId") SELECT 'comment ' || g, 1 + g % 60 FROM generate_series(1, 90) g ORDER BY g;
-- Abuses of videos since deleted point at ids past 60 (no FK on "videoId" any more).
INSERT INTO "videoAbuse" ("reason", "state", "startAt", "endAt", "deletedVideo", "reporterAccountId", "videoId", "createdAt", "updatedAt")
SELECT 'reason ' || g, 1 + g % 3, CASE WHEN g % 4 = 0 THEN g * 10 END, CASE WHEN g % 4 = 0 THEN g * 10 + 30 END,
       CASE WHEN g % 9 = 0 THEN jsonb_build_object('name', 'gone ' || g, 'id', 60 + g) END,
       1 + g % 10, CASE WHEN g % 9 = 0 THEN 60 + g ELSE 1 + (g * 7) % 60 END,
       timestamptz '2020-06-01 00:00:00+00' + g * interval '3 hours', timestamptz '2020-06-02 00:00:00+00' + g * interval '3 hours'
FROM generate_series(1, 45) g ORDER BY g;
INSERT INTO "userNotification" ("type", "videoAbuseId") SELECT 3, 1 + g % 45 FROM generate_series(1, 70) g ORDER BY g;
INSERT INTO "thumbnail" ("filename", "type", "videoId")
SELECT 'thumb-' || (1 + g % 60) || '.jpg', 1 + (g - 1) / 60, 1 + g % 60 FROM generate_series(1, 120) g ORDER BY g;
INSERT INTO "thumbnail" ("filename", "type", "videoId") VALUES ('thumb-1.jpg', 3, 1), ('preview-7.jpg', 2, 7);

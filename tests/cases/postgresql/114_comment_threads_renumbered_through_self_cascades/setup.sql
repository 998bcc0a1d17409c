-- Video comment threads (peertube-like): every comment points at the comment it replies to and at
-- the thread's first comment, both ON DELETE CASCADE ON UPDATE CASCADE onto the same table.
CREATE TABLE "video" ("id" serial PRIMARY KEY, "name" varchar(255) NOT NULL);
CREATE TABLE "videoComment" (
    "id" serial PRIMARY KEY,
    "url" varchar(2000) NOT NULL UNIQUE,
    "text" text NOT NULL,
    "originCommentId" integer REFERENCES "videoComment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "inReplyToCommentId" integer REFERENCES "videoComment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "videoId" integer NOT NULL REFERENCES "video" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "createdAt" timestamp with time zone NOT NULL
);
CREATE INDEX "video_comment_video_id" ON "videoComment" ("videoId");

INSERT INTO "video" ("name") SELECT 'video ' || g FROM generate_series(1, 6) g ORDER BY g;
-- Threads of four: a root, two replies to it and a reply to the first reply.
INSERT INTO "videoComment" ("id", "url", "text", "originCommentId", "inReplyToCommentId", "videoId", "createdAt")
SELECT c, 'https://peertube.test/videos/watch/' || (1 + (c - 1) / 8) || '/comments/' || c, 'comment ' || c,
       CASE WHEN (c - 1) % 4 = 0 THEN NULL ELSE c - (c - 1) % 4 END,
       CASE (c - 1) % 4 WHEN 0 THEN NULL WHEN 1 THEN c - 1 WHEN 2 THEN c - 2 ELSE c - 2 END,
       1 + (c - 1) / 8, timestamptz '2021-03-01 00:00:00+00' + c * interval '5 minutes'
FROM generate_series(1, 48) c ORDER BY c;
SELECT setval('"videoComment_id_seq"', 48);

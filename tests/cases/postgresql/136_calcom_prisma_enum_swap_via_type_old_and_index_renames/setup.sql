-- A cal.com-like scheduling app (Prisma 2 era): dotted unique index names ("users.email_unique"),
-- unnamed foreign keys (PostgreSQL names them <table>_<column>_fkey), minutes-of-day integers.
CREATE TYPE "MemberRole" AS ENUM ('MEMBER', 'OWNER');
CREATE TABLE "users" ("id" SERIAL NOT NULL, "username" TEXT, "email" TEXT, "timeZone" TEXT NOT NULL DEFAULT E'Europe/London',
  "startTime" INTEGER NOT NULL DEFAULT 0, "endTime" INTEGER NOT NULL DEFAULT 1440, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "users.email_unique" ON "users"("email");
CREATE UNIQUE INDEX "users.username_unique" ON "users"("username");
CREATE TABLE "Team" ("id" SERIAL NOT NULL, "name" TEXT, "slug" TEXT, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "Team.slug_unique" ON "Team"("slug");
CREATE TABLE "Membership" ("teamId" INTEGER NOT NULL, "userId" INTEGER NOT NULL, "role" "MemberRole" NOT NULL, PRIMARY KEY ("userId", "teamId"));
ALTER TABLE "Membership" ADD FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Membership" ADD FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE TABLE "EventType" ("id" SERIAL NOT NULL, "title" TEXT NOT NULL, "slug" TEXT NOT NULL, "userId" INTEGER, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "EventType.userId_slug_unique" ON "EventType"("userId", "slug");
ALTER TABLE "EventType" ADD FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE TABLE "BookingQuestion" ("id" SERIAL NOT NULL, "eventTypeId" INTEGER NOT NULL, "label" TEXT NOT NULL, "type" TEXT NOT NULL,
  "required" BOOLEAN NOT NULL, PRIMARY KEY ("id"));
ALTER TABLE "BookingQuestion" ADD FOREIGN KEY ("eventTypeId") REFERENCES "EventType"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE TABLE "WorkingHours" ("id" SERIAL NOT NULL, "userId" INTEGER, "days" INTEGER[], "startTime" TIME NOT NULL, "endTime" TIME NOT NULL, PRIMARY KEY ("id"));
ALTER TABLE "WorkingHours" ADD FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

INSERT INTO "users" ("username", "email", "timeZone", "startTime", "endTime")
  SELECT 'host' || g, 'host' || g || '@meet.example', CASE WHEN g % 2 = 0 THEN 'Europe/Berlin' ELSE 'America/Chicago' END, (g % 6) * 60, 960 + g
  FROM generate_series(1, 120) g;
INSERT INTO "Team" ("name", "slug") SELECT 'Team ' || g, 'team-' || g FROM generate_series(1, 8) g;
INSERT INTO "Membership" ("teamId", "userId", "role") SELECT 1 + g % 8, g, CASE WHEN g <= 8 THEN 'OWNER' ELSE 'MEMBER' END::"MemberRole" FROM generate_series(1, 60) g;
INSERT INTO "EventType" ("title", "slug", "userId") SELECT 'Call ' || g, 'call-' || g, 1 + g % 120 FROM generate_series(1, 150) g;
INSERT INTO "BookingQuestion" ("eventTypeId", "label", "type", "required")
  SELECT 1 + g % 150, 'Question ' || g, (ARRAY['text', 'textLong', 'number', 'bool'])[1 + g % 4], g % 3 = 0 FROM generate_series(1, 200) g;
INSERT INTO "WorkingHours" ("userId", "days", "startTime", "endTime") SELECT g, ARRAY[1, 2, 3, 4, 5], time '09:00', time '17:00' FROM generate_series(1, 40) g;

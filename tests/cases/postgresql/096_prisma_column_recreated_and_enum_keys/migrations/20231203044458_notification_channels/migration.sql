-- Custom migration statements: SMS is switched off for everyone, push preferences are dropped
-- and the digest moves from e-mail to the webhook channel.
UPDATE "NotificationPreference" SET "enabled" = false, "digest" = 'never' WHERE "channel" = 'SMS';

DELETE FROM "NotificationPreference" WHERE "channel" = 'PUSH' AND "enabled";

UPDATE "NotificationPreference" p SET "digest" = e."digest"
FROM "NotificationPreference" e
WHERE e."userId" = p."userId" AND e."channel" = 'EMAIL' AND p."channel" = 'WEBHOOK';

-- a user removed takes the preferences along
DELETE FROM "User" WHERE "id" = 7;

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "roles" SET DEFAULT ARRAY['USER']::"Role"[];

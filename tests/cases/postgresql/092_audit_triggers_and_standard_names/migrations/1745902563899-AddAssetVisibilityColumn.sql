CREATE TYPE "asset_visibility_enum" AS ENUM ('archive','timeline','hidden');
ALTER TABLE "assets"
    ADD "visibility" asset_visibility_enum NOT NULL DEFAULT 'timeline';

UPDATE "assets"
SET "visibility" = CASE
                    WHEN "isArchived" THEN 'archive'::asset_visibility_enum
                    WHEN "isVisible" THEN 'timeline'::asset_visibility_enum
                    ELSE 'hidden'::asset_visibility_enum
                  END;

ALTER TABLE "assets" DROP COLUMN "isVisible";
ALTER TABLE "assets" DROP COLUMN "isArchived";

-- Owners without a label lose their hidden assets (the audit trigger records each one).
DELETE FROM "assets" WHERE "visibility" = 'hidden' AND "ownerId" IN (SELECT "id" FROM "users" WHERE "storageLabel" IS NULL);

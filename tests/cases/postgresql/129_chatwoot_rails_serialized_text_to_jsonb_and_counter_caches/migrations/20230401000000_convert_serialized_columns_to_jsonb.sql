-- change_column :accounts, :settings, :jsonb, using: ... (empty strings become NULL)
ALTER TABLE "accounts" ALTER COLUMN "settings" TYPE jsonb USING (CASE WHEN "settings" = '' THEN NULL ELSE "settings"::jsonb END);
ALTER TABLE "conversations" ALTER COLUMN "additional_attributes" TYPE jsonb USING "additional_attributes"::jsonb;
ALTER TABLE "conversations" ALTER COLUMN "additional_attributes" SET DEFAULT '{}';
UPDATE "conversations" SET "additional_attributes" = '{}' WHERE "additional_attributes" IS NULL;
ALTER TABLE "messages" ALTER COLUMN "content_attributes" DROP DEFAULT;
ALTER TABLE "messages" ALTER COLUMN "content_attributes" TYPE json USING "content_attributes"::json;
ALTER TABLE "messages" ALTER COLUMN "content_attributes" SET DEFAULT '{}'::json;
INSERT INTO "schema_migrations" ("version") VALUES ('20230401000000');

-- Owners who never set a label are removed; their assets go by the cascade, and both audit
-- triggers record what left (the cascade's delete runs at trigger depth 1 and is not audited).
DELETE FROM "user" WHERE "storageLabel" IS NULL AND "id" > 8;
UPDATE "migration_overrides" SET "value" = jsonb_set("value", '{sql}', to_jsonb(replace("value"->>'sql', '$$', '$fn$'))) WHERE "name" LIKE 'function_%';

BEGIN;
--
-- Raw SQL operation
--
UPDATE "crm_deal" SET "stage" = 'lost', "probability" = 0 WHERE "stage" = 'stalled' RETURNING "id";
UPDATE "crm_deal" SET "probability" = CASE "stage" WHEN 'won' THEN 100 WHEN 'open' THEN 50 ELSE 0 END WHERE "probability" IS NULL;
DELETE FROM "crm_deal_tags" WHERE "tag" = 'upsell' RETURNING "deal_id", "tag";
--
-- Raw SQL operation: new ids start past the imported range
--
UPDATE sqlite_sequence SET seq = 10000 WHERE name = 'crm_deal';
INSERT INTO "crm_deal" ("title", "amount", "stage", "company_id", "probability") VALUES ('Imported pipeline', 1250.5, 'open', 7, 40) RETURNING "id";
COMMIT;

BEGIN;
--
-- Alter field amount on deal
--
CREATE TABLE "new__crm_deal" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "amount" decimal NOT NULL, "title" varchar(200) NOT NULL, "stage" varchar(10) NOT NULL, "company_id" bigint NOT NULL REFERENCES "crm_company" ("id") DEFERRABLE INITIALLY DEFERRED);
INSERT INTO "new__crm_deal" ("id", "title", "amount", "stage", "company_id") SELECT "id", "title", CAST("amount" AS decimal), "stage", "company_id" FROM "crm_deal";
DROP TABLE "crm_deal";
ALTER TABLE "new__crm_deal" RENAME TO "crm_deal";
CREATE INDEX "crm_deal_company_id_4b9a1c2e" ON "crm_deal" ("company_id");
--
-- Add field probability to deal
--
ALTER TABLE "crm_deal" ADD COLUMN "probability" smallint unsigned NULL CHECK ("probability" >= 0);
COMMIT;

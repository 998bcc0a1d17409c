-- Tables as Django's SQLite backend creates them: AUTOINCREMENT ids, DEFERRABLE
-- foreign keys, CHECK constraints for positive fields, hashed index names.
CREATE TABLE "crm_company" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(120) NOT NULL UNIQUE, "employees" integer unsigned NOT NULL CHECK ("employees" >= 0));
CREATE TABLE "crm_deal" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "amount" varchar(20) NOT NULL, "stage" varchar(10) NOT NULL, "company_id" bigint NOT NULL REFERENCES "crm_company" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "crm_deal_company_id_4b9a1c2e" ON "crm_deal" ("company_id");
CREATE TABLE "crm_deal_tags" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "deal_id" bigint NOT NULL, "tag" varchar(30) NOT NULL);
CREATE UNIQUE INDEX "crm_deal_tags_deal_id_tag_0f3e8d1a_uniq" ON "crm_deal_tags" ("deal_id", "tag");
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO "crm_company" ("name", "employees") SELECT 'Company ' || i, i * 13 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 420)
INSERT INTO "crm_deal" ("title", "amount", "stage", "company_id")
SELECT 'Deal ' || i, (i * 37 % 5000) || '.' || printf('%02d', i % 100), CASE i % 4 WHEN 0 THEN 'won' WHEN 1 THEN 'open' WHEN 2 THEN 'lost' ELSE 'stalled' END, 1 + i % 40 FROM n;
DELETE FROM "crm_deal" WHERE "id" > 410;
INSERT INTO "crm_deal_tags" ("deal_id", "tag") SELECT "id", CASE "id" % 3 WHEN 0 THEN 'priority' WHEN 1 THEN 'renewal' ELSE 'upsell' END FROM "crm_deal" WHERE "id" % 2 = 0;

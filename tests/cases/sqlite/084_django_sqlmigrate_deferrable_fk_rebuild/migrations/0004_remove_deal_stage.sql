BEGIN;
--
-- Remove field employees from company
--
ALTER TABLE "crm_company" DROP COLUMN "employees";
--
-- Remove field stage from deal
--
ALTER TABLE "crm_deal" DROP COLUMN "stage";
COMMIT;

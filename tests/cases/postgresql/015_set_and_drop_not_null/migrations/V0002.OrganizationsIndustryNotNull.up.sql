UPDATE organizations SET industry = 'other' WHERE industry IS NULL;
ALTER TABLE organizations ADD CONSTRAINT organizations_industry_nn CHECK (industry IS NOT NULL) NOT VALID;
ALTER TABLE organizations VALIDATE CONSTRAINT organizations_industry_nn;
ALTER TABLE organizations ALTER COLUMN industry SET NOT NULL;
ALTER TABLE organizations DROP CONSTRAINT organizations_industry_nn;

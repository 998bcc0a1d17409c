DROP INDEX organizations_industry_idx;
ALTER TABLE organizations DROP COLUMN industry;
ALTER TABLE organizations DROP COLUMN domain;

-- Companies move into their own table
-- depends: 0000.baseline
CREATE TABLE companies (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO companies (name) SELECT DISTINCT company FROM leads WHERE company IS NOT NULL ORDER BY company;
ALTER TABLE leads ADD COLUMN company_id INTEGER REFERENCES companies (id);
UPDATE leads SET company_id = (SELECT id FROM companies WHERE companies.name = leads.company);
ALTER TABLE leads DROP COLUMN company;

CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, contact_count INTEGER NOT NULL DEFAULT 0);
CREATE TABLE contacts (id INTEGER PRIMARY KEY, organization_id INTEGER NOT NULL REFERENCES organizations(id), name TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
INSERT INTO organizations (id, name) SELECT i, 'Org ' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 36)
INSERT INTO contacts SELECT i, 1 + i % 6, 'C' || i FROM n;
UPDATE organizations SET contact_count = (SELECT count(*) FROM contacts WHERE organization_id = organizations.id);

CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, size TEXT);
CREATE TABLE contacts (id INTEGER PRIMARY KEY, organization_id INTEGER REFERENCES organizations(id), name TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
INSERT INTO organizations SELECT i, 'Org ' || i, CASE WHEN i < 5 THEN 'small' ELSE 'large' END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO contacts SELECT i, 1 + i % 10, 'Contact ' || i FROM n;

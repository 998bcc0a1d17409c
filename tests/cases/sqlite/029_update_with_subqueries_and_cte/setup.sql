-- Base CRM schema the application already had before adopting rollback-commander.
CREATE TABLE organizations (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    domain      TEXT,
    industry    TEXT,
    created_at  TEXT NOT NULL
);
CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    organization_id  INTEGER REFERENCES organizations(id),
    first_name       TEXT NOT NULL,
    last_name        TEXT NOT NULL,
    email            TEXT,
    phone            TEXT,
    status           TEXT NOT NULL DEFAULT 'lead',
    created_at       TEXT NOT NULL
);
CREATE INDEX contacts_org_idx ON contacts(organization_id);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO organizations (id, name, domain, industry, created_at)
SELECT i, 'Org ' || i, 'org' || i || '.example', CASE i % 3 WHEN 0 THEN 'retail' WHEN 1 THEN 'software' ELSE NULL END,
       date('2023-01-01', '+' || (i * 9) || ' days')
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
INSERT INTO contacts (id, organization_id, first_name, last_name, email, phone, status, created_at)
SELECT i,
       CASE WHEN i % 10 = 0 THEN NULL ELSE 1 + (i % 12) END,
       'First' || i, 'Last' || (i % 17),
       CASE WHEN i % 7 = 0 THEN NULL ELSE 'user' || i || '@org' || (1 + i % 12) || '.example' END,
       '+1-555-' || printf('%04d', i * 37 % 10000),
       CASE i % 4 WHEN 0 THEN 'customer' WHEN 1 THEN 'lead' WHEN 2 THEN 'prospect' ELSE 'churned' END,
       datetime('2023-02-01 08:00:00', '+' || (i * 5) || ' hours')
FROM n;

ALTER TABLE organizations ADD COLUMN primary_contact_id INTEGER;
ALTER TABLE organizations ADD COLUMN health TEXT;

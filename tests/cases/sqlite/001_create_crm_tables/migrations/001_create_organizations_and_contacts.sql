-- 001: first CRM tables
CREATE TABLE organizations (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    tier  TEXT NOT NULL DEFAULT 'free'
);

CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    organization_id  INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    full_name        TEXT NOT NULL,
    email            TEXT NOT NULL
);

INSERT INTO organizations (id, name, tier) VALUES
    (1, 'Acme Corp', 'enterprise'),
    (2, 'Globex', 'pro'),
    (3, 'Initech', 'free');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO contacts (id, organization_id, full_name, email)
SELECT i, 1 + (i % 3), 'Person ' || i, 'person' || i || '@example.com' FROM n;

-- 001: first CRM tables
CREATE TABLE organizations (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name  text NOT NULL UNIQUE,
    tier  text NOT NULL DEFAULT 'free'
);

CREATE TABLE contacts (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    full_name        text NOT NULL,
    email            text NOT NULL
);

INSERT INTO organizations (name, tier) VALUES ('Acme Corp', 'enterprise'), ('Globex', 'pro'), ('Initech', 'free');

INSERT INTO contacts (organization_id, full_name, email)
SELECT 1 + i % 3, 'Person ' || i, 'person' || i || '@example.com' FROM generate_series(1, 30) AS i ORDER BY i;

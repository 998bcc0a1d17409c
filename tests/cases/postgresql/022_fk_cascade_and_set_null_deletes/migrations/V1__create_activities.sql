CREATE TABLE activities (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact_id bigint NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    owner_org_id bigint REFERENCES organizations (id) ON DELETE SET NULL,
    kind text NOT NULL,
    happened_at timestamptz NOT NULL
);
CREATE TABLE activity_notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    activity_id bigint NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    body text NOT NULL,
    org_id bigint DEFAULT 1 REFERENCES organizations (id) ON DELETE SET DEFAULT
);
INSERT INTO activities (contact_id, owner_org_id, kind, happened_at)
SELECT 1 + i % 80, 1 + i % 12, (ARRAY['call', 'email', 'meeting'])[1 + i % 3], timestamptz '2024-01-01 09:00+00' + i * interval '1 hour'
FROM generate_series(1, 120) i ORDER BY i;
INSERT INTO activity_notes (activity_id, body, org_id) SELECT id, 'note for ' || id, owner_org_id FROM activities WHERE id % 4 = 0 ORDER BY id;
ALTER TABLE contacts DROP CONSTRAINT contacts_organization_id_fkey,
    ADD CONSTRAINT contacts_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE SET NULL;

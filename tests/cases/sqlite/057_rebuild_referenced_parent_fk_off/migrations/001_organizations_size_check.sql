BEGIN;
CREATE TABLE organizations_new (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    size TEXT NOT NULL DEFAULT 'small' CHECK (size IN ('small', 'medium', 'large'))
);
INSERT INTO organizations_new (id, name, size) SELECT id, name, coalesce(size, 'small') FROM organizations;
DROP TABLE organizations;
ALTER TABLE organizations_new RENAME TO organizations;
COMMIT;

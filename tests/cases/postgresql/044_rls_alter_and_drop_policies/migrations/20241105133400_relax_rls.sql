BEGIN;
DROP POLICY contacts_write ON contacts;
ALTER TABLE contacts NO FORCE ROW LEVEL SECURITY;
DROP POLICY organizations_read ON organizations;
ALTER TABLE organizations DISABLE ROW LEVEL SECURITY;
COMMIT;

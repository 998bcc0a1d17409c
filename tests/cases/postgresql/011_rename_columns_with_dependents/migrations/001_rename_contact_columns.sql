ALTER TABLE contacts RENAME COLUMN first_name TO given_name;
ALTER TABLE contacts RENAME COLUMN last_name TO family_name;
ALTER TABLE contacts RENAME COLUMN status TO lifecycle_stage;
ALTER TABLE organizations RENAME COLUMN id TO organization_id;

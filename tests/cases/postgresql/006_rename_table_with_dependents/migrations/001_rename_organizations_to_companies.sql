ALTER TABLE organizations RENAME TO companies;
ALTER TABLE contacts RENAME TO people;

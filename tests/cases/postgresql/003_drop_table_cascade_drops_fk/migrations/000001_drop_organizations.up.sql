DROP TABLE organizations CASCADE;

CREATE EXTENSION hstore;
ALTER TABLE accounts ADD COLUMN extra hstore;

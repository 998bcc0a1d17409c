-- the view reads size, so it goes first and comes back over the wider column
DROP VIEW big_files;
ALTER TABLE files ALTER COLUMN size TYPE bigint, ALTER COLUMN attempts SET DEFAULT 1;
CREATE VIEW big_files AS SELECT file_id, size FROM files WHERE size > 1000;
ALTER TABLE properties ALTER COLUMN k TYPE varchar(255);

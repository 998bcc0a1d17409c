TRUNCATE TABLE sessions CASCADE;
INSERT INTO import_staging (raw) VALUES ('after truncate');

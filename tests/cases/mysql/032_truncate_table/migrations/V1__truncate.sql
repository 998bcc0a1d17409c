TRUNCATE TABLE import_staging;
INSERT INTO import_staging (payload) VALUES ('fresh start');

-- harbor-like 1.7.0: a longer value column, then the settings row it replaces is deleted
ALTER TABLE properties ALTER COLUMN v TYPE varchar(1024);
DELETE FROM properties WHERE k = 'scan_all_policy';
ALTER TABLE users ALTER COLUMN email SET DATA TYPE text, ADD COLUMN email_hash text;
UPDATE users SET email_hash = md5(email) WHERE email IS NOT NULL;

BEGIN;
ALTER TABLE profiles ADD COLUMN display_name text;
UPDATE profiles SET display_name = initcap(handle);
COMMIT;

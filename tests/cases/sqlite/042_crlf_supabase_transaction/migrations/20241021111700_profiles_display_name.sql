BEGIN;
ALTER TABLE profiles ADD COLUMN display_name TEXT;
UPDATE profiles SET display_name = upper(substr(handle, 1, 1)) || substr(handle, 2);
COMMIT;

UPDATE contacts SET email = 'unknown+' || id || '@invalid.example' WHERE email IS NULL;
ALTER TABLE contacts ALTER COLUMN email SET NOT NULL;
ALTER TABLE contacts ALTER COLUMN last_name DROP NOT NULL;

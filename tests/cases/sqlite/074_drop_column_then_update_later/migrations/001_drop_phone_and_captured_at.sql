-- the phone and capture time columns go; later migrations keep writing the table
ALTER TABLE leads DROP COLUMN phone;
ALTER TABLE leads DROP COLUMN captured_at;

-- The integer key becomes a deprecated column; a UUID-shaped text key takes over.
ALTER TABLE oauth_clients CHANGE COLUMN pk pk_deprecated INT UNSIGNED;
ALTER TABLE oauth_clients ADD COLUMN pk CHAR(36);
-- derived from the old key, so every run gives the same value
UPDATE oauth_clients SET pk = (SELECT LOWER(CONCAT(
    LPAD(HEX(pk_deprecated), 8, '0'),
    '-', LPAD(HEX(pk_deprecated % 65536), 4, '0'),
    '-4', LPAD(HEX(pk_deprecated * 13 % 4096), 3, '0'),
    '-', HEX(8 + pk_deprecated % 4), LPAD(HEX(pk_deprecated * 7 % 4096), 3, '0'),
    '-', LPAD(HEX(pk_deprecated * 7919), 12, '0')
)));
ALTER TABLE oauth_clients DROP PRIMARY KEY, ADD PRIMARY KEY (pk);
ALTER TABLE oauth_clients ADD KEY (pk_deprecated);
ALTER TABLE oauth_clients CHANGE COLUMN pk_deprecated pk_deprecated INT UNSIGNED;

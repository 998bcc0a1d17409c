-- file_size becomes TEXT (sizes over 2^31 were truncated); sqlite needs a rebuild
ALTER TABLE attachments RENAME TO attachments_old;
CREATE TABLE attachments (
  id TEXT NOT NULL PRIMARY KEY,
  cipher_uuid TEXT NOT NULL REFERENCES ciphers (uuid),
  file_name TEXT NOT NULL,
  file_size BIGINT NOT NULL,
  akey TEXT
);
INSERT INTO attachments (id, cipher_uuid, file_name, file_size, akey)
SELECT id, cipher_uuid, file_name, file_size, akey FROM attachments_old;
DROP TABLE attachments_old;
-- deleted ciphers older than the retention lose their attachments, then themselves
DELETE FROM attachments WHERE cipher_uuid IN (SELECT uuid FROM ciphers WHERE deleted_at < '2023-06-01');
DELETE FROM ciphers WHERE deleted_at < '2023-06-01';
ALTER TABLE users DROP COLUMN client_kdf_iter;

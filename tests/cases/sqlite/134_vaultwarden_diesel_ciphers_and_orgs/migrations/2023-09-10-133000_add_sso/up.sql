CREATE TABLE sso_nonce (
  nonce               CHAR(36) NOT NULL PRIMARY KEY,
  created_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- ciphers of deleted users move to trash: soft delete, and the organization's items lose their owner
UPDATE ciphers SET deleted_at = '2023-09-10 13:30:00' WHERE user_uuid IN (SELECT uuid FROM users WHERE email LIKE 'user1_@%' OR email = 'user1@vault.example');
DELETE FROM users_organizations WHERE status = 2 AND atype = 2 AND access_all;
-- URIs get a match type: JSON rewritten in place
UPDATE ciphers SET data = json_set(data, '$.Uris[0].Match', 0) WHERE atype = 1 AND json_extract(data, '$.Uris[0].Match') IS NULL;

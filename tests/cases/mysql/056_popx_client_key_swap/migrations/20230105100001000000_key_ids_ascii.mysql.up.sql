-- Key ids in ascii: a composite foreign key has to be dropped around the column changes.
ALTER TABLE trusted_issuers DROP FOREIGN KEY `trusted_issuers_ibfk_1`;
ALTER TABLE signing_keys MODIFY `kid` varchar(255) CHARACTER SET 'ascii' NOT NULL;
ALTER TABLE trusted_issuers MODIFY `key_id` varchar(255) CHARACTER SET `ascii` NOT NULL;
ALTER TABLE trusted_issuers ADD CONSTRAINT `trusted_issuers_ibfk_1` FOREIGN KEY (`key_set`, `key_id`) REFERENCES signing_keys (`sid`, `kid`) ON DELETE CASCADE;

-- Dropping foreign keys and changing table format is needed for some versions of MySQL
ALTER TABLE `mail_cache` DROP FOREIGN KEY `user_id_fk_cache`;
ALTER TABLE `mail_contacts` DROP FOREIGN KEY `user_id_fk_contacts`;
ALTER TABLE `mail_dictionary` DROP FOREIGN KEY `user_id_fk_dictionary`;
ALTER TABLE `mail_identities` DROP FOREIGN KEY `user_id_fk_identities`;

ALTER TABLE `mail_session` ROW_FORMAT=DYNAMIC;
ALTER TABLE `mail_users` ROW_FORMAT=DYNAMIC;
ALTER TABLE `mail_cache` ROW_FORMAT=DYNAMIC;
ALTER TABLE `mail_cache_shared` ROW_FORMAT=DYNAMIC;
ALTER TABLE `mail_contacts` ROW_FORMAT=DYNAMIC;
ALTER TABLE `mail_identities` ROW_FORMAT=DYNAMIC;
ALTER TABLE `mail_dictionary` ROW_FORMAT=DYNAMIC;

ALTER TABLE `mail_session` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `mail_users` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `mail_cache` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `mail_cache_shared` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `mail_contacts` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `mail_identities` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `mail_dictionary` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- logins and cache keys compare byte by byte from now on
ALTER TABLE `mail_users` CHANGE `username` `username` varchar(128) BINARY NOT NULL;
ALTER TABLE `mail_cache` CHANGE `cache_key` `cache_key` varchar(128) BINARY NOT NULL;
ALTER TABLE `mail_cache_shared` CHANGE `cache_key` `cache_key` varchar(255) BINARY NOT NULL;

ALTER TABLE `mail_cache`
  ADD CONSTRAINT `user_id_fk_cache` FOREIGN KEY (`user_id`) REFERENCES `mail_users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `mail_contacts`
  ADD CONSTRAINT `user_id_fk_contacts` FOREIGN KEY (`user_id`) REFERENCES `mail_users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `mail_dictionary`
  ADD CONSTRAINT `user_id_fk_dictionary` FOREIGN KEY (`user_id`) REFERENCES `mail_users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `mail_identities`
  ADD CONSTRAINT `user_id_fk_identities` FOREIGN KEY (`user_id`) REFERENCES `mail_users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- a login differing only in case is a separate account now, with a non-ASCII signature
-- (explicit ids: a copying ALTER such as CONVERT TO resets the AUTO_INCREMENT counter that the
-- setup's INSERT ... SELECT left above MAX(id)+1, and an AUTO_INCREMENT set explicitly survives it)
INSERT INTO `mail_users` (`user_id`, `username`, `mail_host`, `created`, `language`) VALUES
    (1001, 'Anna5@example.org', 'localhost', '2020-02-01 10:00:00', 'en_US');
INSERT INTO `mail_identities` (`identity_id`, `user_id`, `standard`, `name`, `email`, `signature`)
SELECT 1001, `user_id`, 1, 'Anna', `username`, 'Grüße ✓' FROM `mail_users` WHERE `username` = 'Anna5@example.org';

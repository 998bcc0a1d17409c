-- Updates from version 0.3-stable

TRUNCATE `mail_cache`;

ALTER TABLE `mail_cache`
    ADD INDEX `index_index` (`user_id`, `cache_key`, `created`);

ALTER TABLE `mail_session`
    CHANGE `vars` `vars` MEDIUMTEXT NOT NULL;

ALTER TABLE `mail_contacts`
    ADD INDEX `user_contacts_email_index` (`user_id`,`email`(64));

ALTER TABLE `mail_session` RENAME COLUMN `changed` TO `expires_at`;
ALTER TABLE `mail_session` RENAME INDEX `changed_index` TO `expires_at_index`;
UPDATE `mail_session` SET `expires_at` = ADDTIME(`expires_at`, '00:10:00');
-- users who never logged in since the upgrade lose their account (their rows go by cascade)
DELETE FROM `mail_users` WHERE `last_login` IS NULL AND `mail_host` = 'imap.partner.example';

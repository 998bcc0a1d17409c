ALTER TABLE `logs` MODIFY COLUMN `title` text, MODIFY COLUMN `change` text;
ALTER TABLE `users` ALTER COLUMN `server_id` SET DEFAULT 0;
ALTER TABLE `users` ALTER COLUMN `autoalert` SET DEFAULT 0;
ALTER TABLE `users` MODIFY `authkey` varchar(40) COLLATE utf8_bin DEFAULT NULL;
ALTER TABLE `users` MODIFY `gpgkey` longtext COLLATE utf8_bin;
ALTER TABLE `users` ADD `disabled` BOOLEAN NOT NULL;
ALTER TABLE `users` ADD `certif_public` longtext COLLATE utf8_bin AFTER `gpgkey`;
ALTER TABLE `users` CHANGE `newsread` `newsread` int(11) unsigned;
UPDATE `users` SET `newsread` = 0;
-- already there from a half-applied update: nothing happens, and a rollback must keep it
CREATE TABLE IF NOT EXISTS `feeds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COLLATE utf8_bin NOT NULL,
  `provider` varchar(255) COLLATE utf8_bin NOT NULL,
  `url` varchar(255) COLLATE utf8_bin NOT NULL,
  `rules` text COLLATE utf8_bin NOT NULL,
  `enabled` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
ALTER TABLE feeds ADD source_format varchar(255) COLLATE utf8_bin DEFAULT 'misp';
ALTER TABLE feeds ADD settings text NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS `news` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` text COLLATE utf8_bin NOT NULL,
  `title` text COLLATE utf8_bin NOT NULL,
  `user_id` int(11) NOT NULL,
  `date_created` int(11) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `news` (`message`, `title`, `user_id`, `date_created`) VALUES ('Welcome; read the "rules" first.', 'Hello', 1, 1600000000);
UPDATE `admin_settings` SET `value` = '49' WHERE `setting` = 'db_version';

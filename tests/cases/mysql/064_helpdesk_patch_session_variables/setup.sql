-- A help desk at schema signature 'a1b2c3d4': staff and user accounts store a numeric timezone id,
-- form fields keep visibility in three small columns, and a config table holds settings.
CREATE TABLE `hd_config` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `namespace` varchar(64) NOT NULL,
  `key` varchar(64) NOT NULL,
  `value` text NOT NULL,
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `namespace` (`namespace`, `key`)
) DEFAULT CHARSET=utf8;
INSERT INTO `hd_config` (`namespace`, `key`, `value`, `updated`) VALUES
  ('core', 'schema_signature', 'a1b2c3d4', '2020-02-02 10:00:00'),
  ('core', 'allow_client_updates', '1', '2020-02-02 10:00:00'),
  ('core', 'helpdesk_title', 'Support; "Desk"', '2020-02-02 10:00:00');

CREATE TABLE `hd_timezone` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `offset` float(3,1) NOT NULL DEFAULT '0.0',
  `timezone` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
INSERT INTO `hd_timezone` (`id`, `offset`, `timezone`) VALUES
  (1, -8.0, 'Pacific'), (2, -5.0, 'Eastern'), (3, 0.0, 'GMT'), (4, 1.0, 'Central Europe'),
  (5, 5.5, 'India'), (6, 9.0, 'Japan'), (7, 10.0, 'Eastern Australia');

CREATE TABLE `hd_staff` (
  `staff_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(32) NOT NULL DEFAULT '',
  `timezone_id` int(10) unsigned NOT NULL DEFAULT '0',
  `daylight_saving` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `signature` text NOT NULL,
  `default_paper_size` enum('Letter','Legal','Ledger','A4','A3') NOT NULL DEFAULT 'Letter',
  PRIMARY KEY (`staff_id`),
  UNIQUE KEY `username` (`username`)
) DEFAULT CHARSET=utf8;
INSERT INTO `hd_staff` (`username`, `timezone_id`, `daylight_saving`, `signature`, `default_paper_size`)
SELECT CONCAT('agent', n), 1 + n % 8, n % 2, CONCAT('-- \nAgent ', n), ELT(1 + n % 5, 'Letter', 'Legal', 'Ledger', 'A4', 'A3')
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE `hd_ticket` (
  `ticket_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `number` varchar(20) DEFAULT NULL,
  `sla_id` int(10) unsigned NOT NULL DEFAULT '0',
  `duedate` datetime DEFAULT NULL,
  `lastmessage` datetime DEFAULT NULL,
  `reopened` datetime DEFAULT NULL,
  `closed` datetime DEFAULT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`ticket_id`)
) DEFAULT CHARSET=utf8;
INSERT INTO `hd_ticket` (`number`, `sla_id`, `duedate`, `lastmessage`, `reopened`, `closed`, `created`)
SELECT LPAD(n * 7919 % 1000000, 6, '0'), n % 3,
       IF(n % 4 = 0, DATE_ADD('2021-01-05 00:00:00', INTERVAL n DAY), NULL),
       IF(n % 3 = 0, NULL, DATE_ADD('2021-01-01 12:00:00', INTERVAL n * 3 HOUR)),
       IF(n % 10 = 0, DATE_ADD('2021-02-01 08:00:00', INTERVAL n HOUR), NULL),
       IF(n % 6 = 0, DATE_ADD('2021-03-01 17:00:00', INTERVAL n HOUR), NULL),
       DATE_ADD('2021-01-01 00:00:00', INTERVAL n * 2 HOUR)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 500) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE `hd_sla` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `grace_period` int(10) unsigned NOT NULL DEFAULT '0',
  `name` varchar(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
INSERT INTO `hd_sla` (`id`, `grace_period`, `name`) VALUES (1, 48, 'Default SLA'), (2, 8, 'Premium');

CREATE TABLE `hd_form_field` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `form_id` int(11) unsigned NOT NULL,
  `name` varchar(64) NOT NULL,
  `private` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `required` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `edit_mask` tinyint(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
INSERT INTO `hd_form_field` (`form_id`, `name`, `private`, `required`, `edit_mask`)
SELECT 1 + n % 4, ELT(1 + n % 6, 'name', 'email', 'phone', 'subject', 'message', 'priority'), n % 3, n % 4, n % 64
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120) SELECT n FROM seq) s
ORDER BY n;
CREATE TABLE `hd_form` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(8) NOT NULL DEFAULT 'G',
  `title` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
INSERT INTO `hd_form` (`id`, `type`, `title`) VALUES (1, 'U', 'Contact Information'), (2, 'T', 'Ticket Details'),
  (3, 'O', 'Organization Information'), (4, 'G', 'Custom');

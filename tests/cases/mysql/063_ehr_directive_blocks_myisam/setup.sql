-- A clinic system installed years ago: some tables still MyISAM, a generic list_options table
-- keyed by (list_id, option_id), encounters and a vitals form.
CREATE TABLE `list_options` (
  `list_id` varchar(100) NOT NULL DEFAULT '',
  `option_id` varchar(100) NOT NULL DEFAULT '',
  `title` varchar(255) NOT NULL DEFAULT '',
  `seq` int(11) NOT NULL DEFAULT '0',
  `is_default` tinyint(1) NOT NULL DEFAULT '0',
  `notes` text,
  `activity` tinyint DEFAULT 1 NOT NULL,
  PRIMARY KEY (`list_id`, `option_id`)
) ENGINE=MyISAM;
INSERT INTO `list_options` (`list_id`, `option_id`, `title`, `seq`) VALUES
('lists', 'language', 'Language', 1),
('language', 'english', 'English', 10),
('language', 'spanish', 'Spanish', 20),
('language', 'french', 'French', 30),
('lists', 'visit_type', 'Visit Type', 2),
('visit_type', 'new', 'New patient', 10),
('visit_type', 'followup', 'Follow up', 20);
INSERT INTO `list_options` (`list_id`, `option_id`, `title`, `seq`, `notes`)
SELECT 'state', CONCAT('S', LPAD(n, 2, '0')), CONCAT('State ', n), n * 10, IF(n % 5 = 0, 'region: north; zone "A"', NULL)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 50) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE `form_encounter` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `date` datetime DEFAULT NULL,
  `reason` longtext,
  `facility` longtext,
  `pid` bigint(20) DEFAULT NULL,
  `encounter` bigint(20) DEFAULT NULL,
  `pc_catid` int(11) NOT NULL DEFAULT '5' COMMENT 'event category from openemr_postcalendar_categories',
  `provider_id` int(11) DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `pid_encounter` (`pid`, `encounter`)
) ENGINE=MyISAM AUTO_INCREMENT=1;
INSERT INTO `form_encounter` (`date`, `reason`, `facility`, `pid`, `encounter`, `pc_catid`, `provider_id`)
SELECT DATE_ADD('2018-01-01 09:00:00', INTERVAL n * 5 HOUR), CONCAT('Reason #', n, '; follow-up'),
       ELT(1 + n % 3, 'Main Clinic', 'North Branch', 'Lab'), 1 + n % 90, 1000 + n, 5 + n % 4, n % 6
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 400) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE `form_vitals` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `pid` bigint(20) DEFAULT '0',
  `weight` float(5,2) DEFAULT '0.00',
  `height` float(5,2) DEFAULT '0.00',
  `temp_method` varchar(255) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pid` (`pid`)
) ENGINE=InnoDB;
INSERT INTO `form_vitals` (`pid`, `weight`, `height`, `temp_method`, `note`)
SELECT 1 + n % 90, 120 + n % 80, 60 + n % 15, ELT(1 + n % 4, 'Oral', 'Rectal', 'Axillary', 'Temporal Artery'),
       IF(n % 7 = 0, '', CONCAT('vitals ', n))
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 300) SELECT n FROM seq) s
ORDER BY n;

-- A plugin-era install: latin1 tables, zero dates as "no date" under a permissive sql_mode.
SET SESSION sql_mode = '';
CREATE TABLE crm_leads (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  email varchar(100) NOT NULL DEFAULT '',
  created datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  contacted date NOT NULL DEFAULT '0000-00-00',
  notes text,
  PRIMARY KEY (id),
  KEY email (email)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
INSERT INTO crm_leads (email, created, contacted, notes)
SELECT CONCAT('lead', n, '@example.com'),
       IF(n % 4 = 0, '0000-00-00 00:00:00', DATE_ADD('2019-05-01 10:00:00', INTERVAL n HOUR)),
       IF(n % 3 = 0, '0000-00-00', DATE_ADD('2019-06-01', INTERVAL n DAY)),
       CONCAT('caf', CHAR(233), ' meeting ', n)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 300) SELECT n FROM seq) s
ORDER BY n;
CREATE TABLE crm_lead_meta (
  meta_id bigint unsigned NOT NULL AUTO_INCREMENT,
  lead_id bigint unsigned NOT NULL DEFAULT 0,
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY lead_id (lead_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
INSERT INTO crm_lead_meta (lead_id, meta_key, meta_value)
SELECT 1 + n % 300, ELT(1 + n % 3, '_source', '_score', '_owner'), CONCAT('v', n)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 600) SELECT n FROM seq) s
ORDER BY n;

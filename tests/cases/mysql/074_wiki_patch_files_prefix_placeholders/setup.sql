-- A knowledge-base wiki installed from an old tables.sql: binary(14) timestamps, binary strings,
-- a keyless archive and a category link table with only a UNIQUE key.
CREATE TABLE kb_page (
  page_id int unsigned NOT NULL PRIMARY KEY AUTO_INCREMENT,
  page_namespace int NOT NULL,
  page_title varchar(255) binary NOT NULL,
  page_touched binary(14) NOT NULL default '',
  page_len int unsigned NOT NULL default 0,
  UNIQUE INDEX name_title (page_namespace, page_title)
) ENGINE=InnoDB DEFAULT CHARSET=binary;

CREATE TABLE kb_categorylinks (
  cl_from int unsigned NOT NULL default 0,
  cl_to varchar(255) binary NOT NULL default '',
  cl_sortkey varchar(70) binary NOT NULL default '',
  cl_timestamp timestamp NOT NULL,
  UNIQUE KEY cl_from (cl_from, cl_to),
  KEY cl_sortkey (cl_to, cl_sortkey, cl_from),
  KEY cl_timestamp (cl_to, cl_timestamp)
) ENGINE=InnoDB DEFAULT CHARSET=binary;

CREATE TABLE kb_archive (
  ar_namespace int NOT NULL default 0,
  ar_title varchar(255) binary NOT NULL default '',
  ar_comment varbinary(255) NOT NULL,
  ar_user int unsigned NOT NULL default 0,
  ar_user_text varchar(255) binary NOT NULL,
  ar_actor bigint unsigned NOT NULL default 0,
  ar_timestamp binary(14) NOT NULL default '',
  ar_minor_edit tinyint NOT NULL default 0,
  KEY name_title_timestamp (ar_namespace, ar_title, ar_timestamp),
  KEY usertext_timestamp (ar_user_text, ar_timestamp)
) ENGINE=InnoDB DEFAULT CHARSET=binary;

CREATE TABLE kb_change_tag (
  ct_id int unsigned NOT NULL PRIMARY KEY AUTO_INCREMENT,
  ct_rc_id int NULL,
  ct_log_id int NULL,
  ct_rev_id int NULL,
  ct_tag varchar(255) NOT NULL,
  ct_params blob NULL,
  UNIQUE KEY change_tag_rc_tag (ct_rc_id, ct_tag),
  UNIQUE KEY change_tag_log_tag (ct_log_id, ct_tag),
  UNIQUE KEY change_tag_rev_tag (ct_rev_id, ct_tag),
  KEY change_tag_tag_id (ct_tag, ct_rc_id, ct_rev_id, ct_log_id)
) ENGINE=InnoDB DEFAULT CHARSET=binary;

CREATE TABLE kb_objectcache (
  keyname varbinary(255) NOT NULL default '' PRIMARY KEY,
  value mediumblob,
  exptime datetime,
  KEY exptime (exptime)
) ENGINE=InnoDB DEFAULT CHARSET=binary;

INSERT INTO kb_page (page_namespace, page_title, page_touched, page_len)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 80)
SELECT IF(n % 8 = 0, 14, IF(n % 9 = 0, 6, 0)),
       CONCAT(ELT(1 + n % 4, 'Onboarding', 'Pricing', 'Refunds', 'Escalation'), '_guide_', n),
       DATE_FORMAT(TIMESTAMP('2012-05-01 00:00:00') + INTERVAL n * 97 MINUTE, '%Y%m%d%H%i%s'),
       n * 31
FROM seq;

INSERT INTO kb_categorylinks (cl_from, cl_to, cl_sortkey, cl_timestamp)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 160)
SELECT 1 + n % 80, ELT(1 + n % 3, 'Sales_playbooks', 'Support_howtos', 'Billing'),
       UPPER(CONCAT('Guide ', 1 + n % 80)), TIMESTAMP('2012-06-01 00:00:00') + INTERVAL n HOUR
FROM seq;

INSERT INTO kb_archive (ar_namespace, ar_title, ar_comment, ar_user, ar_user_text, ar_timestamp, ar_minor_edit)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120)
SELECT n % 2, CONCAT('Old_price_list_', n % 40), CONCAT('cleanup ', n),
       IF(n % 5 = 0, 0, 100 + n % 7), IF(n % 5 = 0, CONCAT('192.0.2.', n % 9), CONCAT('Agent', n % 7)),
       DATE_FORMAT(TIMESTAMP('2011-01-01 00:00:00') + INTERVAL n DAY, '%Y%m%d%H%i%s'), n % 3 = 0
FROM seq;
-- an exact duplicate, as old imports left them
INSERT INTO kb_archive (ar_namespace, ar_title, ar_comment, ar_user, ar_user_text, ar_timestamp, ar_minor_edit)
SELECT ar_namespace, ar_title, ar_comment, ar_user, ar_user_text, ar_timestamp, ar_minor_edit FROM kb_archive
WHERE ar_title = 'Old_price_list_3' AND ar_comment = 'cleanup 3';

INSERT INTO kb_change_tag (ct_rc_id, ct_log_id, ct_rev_id, ct_tag, ct_params)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT IF(n % 3 = 0, NULL, 5000 + n), IF(n % 3 = 0, 700 + n, NULL), 9000 + n,
       ELT(1 + n % 5, 'mobile edit', 'visualeditor', 'mw-reverted', 'mw-undo', 'crm-sync'),
       IF(n % 10 = 0, CONCAT('{"bot":', n, '}'), NULL)
FROM seq;

INSERT INTO kb_objectcache (keyname, value, exptime)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 50)
SELECT CONCAT('kbwiki:pcache:idhash:', n, '-0!canonical'), REPEAT(CHAR(65 + n % 26), n),
       IF(n % 7 = 0, NULL, TIMESTAMP('2012-07-01 00:00:00') + INTERVAL n * 3 HOUR)
FROM seq;

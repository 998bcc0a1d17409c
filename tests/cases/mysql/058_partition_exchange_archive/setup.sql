-- A CRM's activity stream partitioned by year, an empty archive table of the same shape, and a
-- contacts table with column comments, ON UPDATE, a prefix index and a descending index.
CREATE TABLE activity_stream (
  id int NOT NULL,
  logged_on date NOT NULL,
  contact_id int NOT NULL,
  what varchar(40) NOT NULL,
  PRIMARY KEY (id, logged_on),
  KEY activity_contact (contact_id)
) ENGINE=InnoDB
PARTITION BY RANGE (YEAR(logged_on)) (
  PARTITION p2021 VALUES LESS THAN (2022),
  PARTITION p2022 VALUES LESS THAN (2023),
  PARTITION pmax VALUES LESS THAN MAXVALUE
);
INSERT INTO activity_stream
SELECT n, DATE_ADD('2021-01-01', INTERVAL n * 2 DAY), 1 + n % 80, CONCAT(ELT(1 + n % 3, 'call', 'mail', 'visit'), ' #', n)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 700) SELECT n FROM seq) s;

CREATE TABLE activity_archive_2021 (
  id int NOT NULL,
  logged_on date NOT NULL,
  contact_id int NOT NULL,
  what varchar(40) NOT NULL,
  PRIMARY KEY (id, logged_on),
  KEY activity_contact (contact_id)
) ENGINE=InnoDB;

CREATE TABLE contacts (
  id int NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  email varchar(190) NOT NULL COMMENT 'login e-mail',
  status varchar(16) NOT NULL DEFAULT 'new',
  updated_at timestamp NOT NULL DEFAULT '2020-01-01 00:00:00' ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY contacts_email_prefix (email(20)) COMMENT 'prefix lookup',
  KEY contacts_status_desc (status DESC, id)
) ENGINE=InnoDB COMMENT='CRM contacts';
INSERT INTO contacts (email, status, updated_at)
SELECT CONCAT('contact', n, '@example.com'), IF(n % 3 = 0, 'lead', 'new'), '2021-02-03 04:05:06'
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 80) SELECT n FROM seq) s
ORDER BY n;

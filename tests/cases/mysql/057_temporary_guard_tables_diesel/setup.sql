-- A shared-vault service: organizations, groups (a reserved word in MySQL 8), memberships with a
-- membership-level reach_all bit, and link tables created with UNIQUE instead of a primary key.
CREATE TABLE orgs (
  uuid char(36) NOT NULL PRIMARY KEY,
  name varchar(100) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE `groups` (
  uuid char(36) NOT NULL PRIMARY KEY,
  org_uuid char(36) NOT NULL,
  name varchar(100) NOT NULL,
  reach_all boolean NOT NULL DEFAULT FALSE,
  FOREIGN KEY (org_uuid) REFERENCES orgs (uuid)
) ENGINE=InnoDB;
CREATE TABLE memberships (
  uuid char(36) NOT NULL PRIMARY KEY,
  user_email varchar(120) NOT NULL,
  org_uuid char(36) NOT NULL,
  atype integer NOT NULL,
  reach_all boolean NOT NULL DEFAULT FALSE,
  FOREIGN KEY (org_uuid) REFERENCES orgs (uuid)
) ENGINE=InnoDB;
CREATE TABLE group_members (
  groups_uuid char(36) NOT NULL,
  memberships_uuid char(36) NOT NULL,
  UNIQUE (groups_uuid, memberships_uuid)
) ENGINE=InnoDB;
CREATE TABLE devices (
  uuid char(36) NOT NULL,
  user_email varchar(120) NOT NULL,
  name varchar(60) NOT NULL,
  PRIMARY KEY (uuid)
) ENGINE=InnoDB;

INSERT INTO orgs VALUES ('00000000-0000-4000-8000-00000000000a', 'Northwind'), ('00000000-0000-4000-8000-00000000000b', 'Contoso');
INSERT INTO `groups`
SELECT CONCAT('00000000-0000-4000-9000-', LPAD(n, 12, '0')), IF(n % 2 = 0, '00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'),
       CONCAT('Team ', n), n % 3 = 0
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 12) SELECT n FROM seq) s;
INSERT INTO memberships
SELECT CONCAT('00000000-0000-4000-a000-', LPAD(n, 12, '0')), CONCAT('user', n, '@example.org'),
       IF(n % 2 = 0, '00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'),
       n % 5, n % 7 = 0 AND n % 5 <> 2
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200) SELECT n FROM seq) s;
INSERT INTO group_members
SELECT CONCAT('00000000-0000-4000-9000-', LPAD(1 + n % 12, 12, '0')), CONCAT('00000000-0000-4000-a000-', LPAD(n, 12, '0'))
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200) SELECT n FROM seq) s
WHERE n % 4 <> 0;
INSERT INTO devices
SELECT CONCAT('00000000-0000-4000-b000-', LPAD(n % 90, 12, '0'), ''), CONCAT('user', n, '@example.org'), CONCAT('phone ', n)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 90) SELECT n FROM seq) s;

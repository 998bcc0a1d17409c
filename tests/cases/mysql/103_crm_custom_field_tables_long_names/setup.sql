-- A SuiteCRM-like CRM: module tables with `_cstm` custom-field companions (id_c), relationship
-- tables with long generated names (close to MySQL's 64-character limit), reserved-word columns.
CREATE TABLE accounts (
  id CHAR(36) NOT NULL,
  name VARCHAR(150) NULL,
  deleted TINYINT(1) DEFAULT 0,
  account_type VARCHAR(50) NULL,
  PRIMARY KEY (id),
  KEY idx_accnt_name_del (name, deleted)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE accounts_cstm (
  id_c CHAR(36) NOT NULL,
  jjwg_maps_lng_c FLOAT(11,8) DEFAULT 0.00000000,
  jjwg_maps_lat_c FLOAT(10,8) DEFAULT 0.00000000,
  región_c VARCHAR(100) NULL,
  `order` INT NULL,
  `key` VARCHAR(20) NULL,
  PRIMARY KEY (id_c)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE aos_products_quotes_line_item_groups_relationship_audit_trail (
  id CHAR(36) NOT NULL,
  parent_id CHAR(36) NOT NULL,
  field_name_changed_by_the_workflow_engine_before_the_upgrade_x VARCHAR(100) NULL,
  before_value_string VARCHAR(255) NULL,
  after_value_string VARCHAR(255) NULL,
  date_created DATETIME NULL,
  PRIMARY KEY (id),
  KEY idx_aos_products_quotes_line_item_groups_relationship_parent (parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE securitygroups_records (
  id CHAR(36) NOT NULL,
  securitygroup_id CHAR(36) NULL,
  record_id CHAR(36) NULL,
  module VARCHAR(100) NULL,
  `group` VARCHAR(36) NULL,
  deleted TINYINT(1) DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO accounts (id, name, deleted, account_type)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 90)
SELECT CONCAT('a0000000-0000-4000-8000-', LPAD(n, 12, '0')), CONCAT(ELT(1 + n % 4, 'Café ', 'Müller ', 'Ñandú ', 'Øresund '), n, ' GmbH'),
       n % 9 = 0, ELT(1 + n % 3, 'Customer', 'Partner', 'Reseller')
FROM seq ORDER BY n;

INSERT INTO accounts_cstm (id_c, jjwg_maps_lng_c, jjwg_maps_lat_c, región_c, `order`, `key`)
SELECT id, -9.1393 + CAST(SUBSTRING(id, 30) AS UNSIGNED) / 1000, 38.7223, IF(CAST(SUBSTRING(id, 30) AS UNSIGNED) % 2, 'Lisboa', 'Andalucía'),
       CAST(SUBSTRING(id, 30) AS UNSIGNED), IF(CAST(SUBSTRING(id, 30) AS UNSIGNED) % 5 = 0, NULL, CONCAT('K-', SUBSTRING(id, 30)))
FROM accounts ORDER BY id;

INSERT INTO aos_products_quotes_line_item_groups_relationship_audit_trail
  (id, parent_id, field_name_changed_by_the_workflow_engine_before_the_upgrade_x, before_value_string, after_value_string, date_created)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120)
SELECT CONCAT('b0000000-0000-4000-8000-', LPAD(n, 12, '0')), CONCAT('a0000000-0000-4000-8000-', LPAD(1 + n % 90, 12, '0')),
       ELT(1 + n % 2, 'account_type', 'name'), CONCAT('old ', n), CONCAT('new ', n), '2023-05-01 00:00:00' + INTERVAL n HOUR
FROM seq ORDER BY n;

INSERT INTO securitygroups_records (id, securitygroup_id, record_id, module, `group`, deleted)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT CONCAT('c0000000-0000-4000-8000-', LPAD(n, 12, '0')), CONCAT('g', n % 4), CONCAT('a0000000-0000-4000-8000-', LPAD(1 + n % 90, 12, '0')),
       'Accounts', ELT(1 + n % 3, 'sales', 'support', 'admin'), n % 10 = 0
FROM seq ORDER BY n;

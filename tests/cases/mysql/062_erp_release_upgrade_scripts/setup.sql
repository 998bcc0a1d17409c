-- An ERP install that upgrades release by release: a lookup table of contact roles, companies
-- with a row timestamp the server refreshes on every UPDATE, "extrafields" side tables keyed by
-- a plain index, sales representatives, supplier receipts and a category tree.
CREATE TABLE crm_c_contact_role (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  element varchar(32) NOT NULL,
  source varchar(8) NOT NULL DEFAULT 'external',
  code varchar(32) NOT NULL,
  label varchar(128),
  active tinyint DEFAULT 1 NOT NULL
) ENGINE = innodb;
INSERT INTO crm_c_contact_role (rowid, element, source, code, label) VALUES
  (10, 'company', 'external', 'BILLING', 'Billing contact'),
  (11, 'company', 'external', 'SHIPPING', 'Shipping contact'),
  (12, 'project', 'internal', 'PROJECTLEADER', 'Project leader'),
  (13, 'project', 'external', 'PROJECTLEADER', 'Customer project leader'),
  (14, 'order', 'internal', 'SALESREPFOLL', 'Sales follow-up');

CREATE TABLE crm_company (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  nom varchar(128),
  barcode varchar(180),
  phone varchar(20),
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  date_creation datetime
) ENGINE = innodb;
INSERT INTO crm_company (rowid, nom, barcode, phone, tms, date_creation)
SELECT n, CONCAT('Company ', n),
       CASE WHEN n % 17 = 0 THEN '' WHEN n % 19 = 0 THEN '-1' WHEN n % 23 = 0 THEN NULL
            WHEN n % 11 = 0 THEN CONCAT('BC', n - 1) ELSE CONCAT('BC', n) END,
       CONCAT('+33 1 ', LPAD(n, 6, '0')),
       DATE_ADD('2021-03-01 08:00:00', INTERVAL n * 37 MINUTE),
       IF(n % 3 = 0, NULL, DATE_ADD('2020-01-01 09:00:00', INTERVAL n DAY))
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 240) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE crm_company_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  fk_object integer NOT NULL,
  import_key varchar(14),
  segment varchar(32)
) ENGINE = innodb;
ALTER TABLE crm_company_extrafields ADD INDEX idx_company_extrafields (fk_object);
-- Side rows: one per company, some twice (an old bug), some for companies deleted long ago.
INSERT INTO crm_company_extrafields (rowid, tms, fk_object, segment)
SELECT n, '2022-06-01 12:00:00', CASE WHEN n <= 240 THEN n WHEN n <= 270 THEN n - 235 ELSE n + 1000 END,
       ELT(1 + n % 4, 'retail', 'wholesale', 'public', 'partner')
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 280) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE crm_company_salesreps (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  fk_soc integer NOT NULL,
  fk_user integer NOT NULL,
  import_key varchar(14)
) ENGINE = innodb;
ALTER TABLE crm_company_salesreps ADD UNIQUE INDEX uk_company_salesreps (fk_soc, fk_user);
INSERT INTO crm_company_salesreps (fk_soc, fk_user)
SELECT IF(n % 25 = 0, n + 5000, 1 + n % 240), 1 + n % 7
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 300) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE crm_supplier_dispatch (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  fk_order integer NOT NULL,
  fk_orderline integer NOT NULL,
  qty float,
  batch varchar(128) DEFAULT NULL
) ENGINE = innodb;
ALTER TABLE crm_supplier_dispatch ADD INDEX idx_supplier_dispatch_fk_order (fk_order);
INSERT INTO crm_supplier_dispatch (fk_order, fk_orderline, qty, batch)
SELECT 1 + n DIV 4, n, n % 9 + 0.5, IF(n % 5 = 0, CONCAT('LOT-', n), NULL)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 160) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE crm_supplier_dispatch_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  fk_object integer NOT NULL,
  lot_note varchar(255)
) ENGINE = innodb;
INSERT INTO crm_supplier_dispatch_extrafields (fk_object, lot_note)
SELECT n * 2, CONCAT('checked by warehouse; shelf ', n)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE crm_category (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  label varchar(180) NOT NULL,
  fk_parent integer DEFAULT 0 NOT NULL,
  color varchar(8),
  date_creation datetime,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE = innodb;
INSERT INTO crm_category (rowid, label, fk_parent, color, date_creation, tms)
SELECT n, CONCAT('Category ', n), IF(n <= 5, 0, IF(n % 13 = 0, 900 + n, 1 + n % 5)),
       IF(n % 2 = 0, 'aa3300', NULL), IF(n % 4 = 0, NULL, '2019-04-01 10:00:00'),
       DATE_ADD('2023-01-01 00:00:00', INTERVAL n HOUR)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60) SELECT n FROM seq) s
ORDER BY n;

-- A shop's order tables before a pt-online-schema-change run (the DBA keeps the tool's SQL
-- as migrations so the change can be reviewed and rolled back).
CREATE TABLE customers (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  email VARCHAR(120) NOT NULL,
  country CHAR(2) NOT NULL DEFAULT 'DE',
  PRIMARY KEY (id),
  UNIQUE KEY customers_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orders (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  customer_id INT UNSIGNED NOT NULL,
  status VARCHAR(16) NOT NULL DEFAULT 'new',
  total_cents INT NOT NULL,
  note VARCHAR(200) NULL,
  placed_at DATETIME NOT NULL,
  PRIMARY KEY (id),
  KEY orders_customer (customer_id),
  CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE order_lines (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  order_id INT UNSIGNED NOT NULL,
  sku VARCHAR(20) NOT NULL,
  qty SMALLINT NOT NULL,
  PRIMARY KEY (id),
  KEY order_lines_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orders_archive (
  id INT UNSIGNED NOT NULL,
  customer_id INT UNSIGNED NOT NULL,
  status VARCHAR(16) NOT NULL,
  total_cents INT NOT NULL,
  placed_at DATETIME NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO customers (email, country)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60)
SELECT CONCAT('buyer', n, '@shop.example'), ELT(1 + n % 4, 'DE', 'AT', 'CH', 'FR') FROM seq ORDER BY n;

INSERT INTO orders (customer_id, status, total_cents, note, placed_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 240)
SELECT 1 + n % 60, ELT(1 + n % 5, 'new', 'paid', 'shipped', 'cancelled', 'paid'), 500 + n * 37,
       IF(n % 9 = 0, CONCAT('gift; wrap ', n), NULL), '2024-01-01 08:00:00' + INTERVAL n HOUR
FROM seq ORDER BY n;

INSERT INTO order_lines (order_id, sku, qty)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 400)
SELECT 1 + n % 240, CONCAT('SKU-', LPAD(n % 37, 4, '0')), 1 + n % 3 FROM seq ORDER BY n;

INSERT INTO orders_archive
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 50)
SELECT 10000 + n, 1 + n % 60, 'shipped', 900 + n, '2022-06-01 00:00:00' + INTERVAL n DAY FROM seq;

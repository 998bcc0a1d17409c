-- A small Go point-of-sale backend on MySQL using rubenv/sql-migrate (multiStatements=true).
CREATE TABLE users (
  id INT PRIMARY KEY AUTO_INCREMENT,
  username VARCHAR(50) NOT NULL UNIQUE,
  role VARCHAR(20) NOT NULL DEFAULT 'cashier'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE products (
  id INT PRIMARY KEY AUTO_INCREMENT,
  sku VARCHAR(30) NOT NULL UNIQUE,
  name VARCHAR(100) NOT NULL,
  price INT NOT NULL,
  stock INT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE transactions (
  id INT PRIMARY KEY AUTO_INCREMENT,
  date DATE NOT NULL,
  user_id INT NOT NULL,
  total INT NOT NULL,
  paid INT NOT NULL,
  `change` INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE transaction_items (
  id INT PRIMARY KEY AUTO_INCREMENT,
  transaction_id INT NOT NULL,
  product_id INT NOT NULL,
  qty INT NOT NULL,
  price INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO users (username, role) VALUES ('admin', 'admin'), ('ani', 'cashier'), ('budi', 'cashier'), ('citra', 'supervisor');

INSERT INTO products (sku, name, price, stock)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60)
SELECT CONCAT('SKU', LPAD(n, 5, '0')), CONCAT(ELT(1 + n % 4, 'Kopi ', 'Teh ', 'Roti ', 'Susu '), n), 5000 + n * 250, 20 + n % 15 FROM seq ORDER BY n;

INSERT INTO transactions (date, user_id, total, paid, `change`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT '2024-02-01' + INTERVAL (n % 45) DAY, 2 + n % 3, 10000 + n * 500, 10000 + n * 500 + (n % 4) * 1000, (n % 4) * 1000 FROM seq ORDER BY n;

INSERT INTO transaction_items (transaction_id, product_id, qty, price)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 320)
SELECT 1 + n % 155, 1 + n % 60, 1 + n % 3, 5000 + (1 + n % 60) * 250 FROM seq ORDER BY n;

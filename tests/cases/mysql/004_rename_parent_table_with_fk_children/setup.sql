CREATE TABLE clients (id INT PRIMARY KEY, name VARCHAR(60) NOT NULL) ENGINE=InnoDB;
CREATE TABLE invoices (
  id INT PRIMARY KEY,
  client_id INT,
  total DECIMAL(10,2) NOT NULL,
  KEY invoices_client (client_id),
  CONSTRAINT invoices_client_fk FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE SET NULL
) ENGINE=InnoDB;
INSERT INTO clients WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 20) SELECT n, CONCAT('Client ', n) FROM seq;
INSERT INTO invoices WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 80) SELECT n, 1 + n % 20, n * 12.5 FROM seq;

-- An Akaunting-like invoicing app: documents and items, amounts in cents, tax rates.
CREATE TABLE companies (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain VARCHAR(191) NOT NULL,
  currency CHAR(3) NOT NULL DEFAULT 'USD',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE documents (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  company_id INT UNSIGNED NOT NULL,
  type VARCHAR(50) NOT NULL,
  document_number VARCHAR(191) NOT NULL,
  status VARCHAR(50) NOT NULL,
  issued_at DATE NOT NULL,
  due_at DATE NOT NULL,
  amount_cents BIGINT NOT NULL,
  contact_email VARCHAR(191) NULL,
  notes TEXT NULL,
  PRIMARY KEY (id),
  KEY documents_company_id_type_index (company_id, type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE document_items (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  document_id INT UNSIGNED NOT NULL,
  name VARCHAR(191) NOT NULL,
  quantity DECIMAL(7,2) NOT NULL,
  price_cents BIGINT NOT NULL,
  tax_rate DECIMAL(5,2) NOT NULL DEFAULT 0.00,
  discount_rate DECIMAL(5,2) NOT NULL DEFAULT 0.00,
  PRIMARY KEY (id),
  KEY document_items_document_id (document_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO companies (domain, currency) VALUES ('acme.test', 'USD'), ('globex.test', 'EUR'), ('initech.test', 'GBP');

INSERT INTO documents (company_id, type, document_number, status, issued_at, due_at, amount_cents, contact_email, notes)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT 1 + n % 3, IF(n % 4 = 0, 'bill', 'invoice'), CONCAT(IF(n % 4 = 0, 'BILL-', 'INV-'), LPAD(n, 5, '0')),
       ELT(1 + n % 5, 'draft', 'sent', 'paid', 'partial', 'cancelled'), '2024-01-01' + INTERVAL n DAY,
       '2024-01-01' + INTERVAL (n + 30 - (n % 40)) DAY, n * 1999, IF(n % 6 = 0, NULL, CONCAT('Client', n, '@Example.test')),
       IF(n % 10 = 0, 'Net 30; thanks!', NULL)
FROM seq ORDER BY n;

INSERT INTO document_items (document_id, name, quantity, price_cents, tax_rate, discount_rate)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 320)
SELECT 1 + n % 150, CONCAT('Service ', n % 17), 0.5 * (1 + n % 6), 1000 + n * 13, ELT(1 + n % 3, 0, 7.5, 20), IF(n % 9 = 0, 105.00, IF(n % 4 = 0, 10.00, 0))
FROM seq ORDER BY n;

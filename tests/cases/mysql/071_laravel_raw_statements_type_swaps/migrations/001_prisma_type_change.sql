-- Prisma: a type change it cannot cast becomes DROP COLUMN + ADD COLUMN of the same name.
ALTER TABLE invoices DROP COLUMN amount, ADD COLUMN amount DECIMAL(65, 30) NOT NULL DEFAULT 0;
ALTER TABLE invoices RENAME TO bills, ADD COLUMN currency CHAR(3) NOT NULL DEFAULT 'EUR';
ALTER TABLE bills AUTO_INCREMENT = 5000, COMMENT = 'customer''s bills';
DELETE FROM bills WHERE status = 'paid' ORDER BY id DESC LIMIT 100;
UPDATE bills SET status = 'late' WHERE status = 'open' ORDER BY id LIMIT 50;

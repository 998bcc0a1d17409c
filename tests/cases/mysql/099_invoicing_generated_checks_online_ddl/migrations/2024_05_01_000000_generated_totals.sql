-- Totals as generated columns (one STORED and indexed, one VIRTUAL), a lower-cased email for
-- lookups, added online; a discount over 100 % is clamped before the CHECK that forbids it.
ALTER TABLE document_items
  ADD COLUMN line_total_cents BIGINT AS (ROUND(quantity * price_cents * (100 - discount_rate) / 100)) STORED AFTER price_cents,
  ADD COLUMN tax_cents BIGINT AS (ROUND(quantity * price_cents * tax_rate / 100)) VIRTUAL,
  ADD INDEX document_items_line_total (line_total_cents),
  ALGORITHM=COPY, LOCK=SHARED;
UPDATE document_items SET discount_rate = 100.00 WHERE discount_rate > 100;
ALTER TABLE document_items ADD CONSTRAINT document_items_discount_check CHECK (discount_rate BETWEEN 0 AND 100),
  ADD CONSTRAINT document_items_quantity_check CHECK (quantity > 0);
ALTER TABLE documents ADD COLUMN currency CHAR(3) NOT NULL DEFAULT 'USD' AFTER amount_cents, ALGORITHM=INSTANT;
ALTER TABLE documents ADD COLUMN contact_email_lower VARCHAR(191) AS (LOWER(contact_email)) VIRTUAL, ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE documents ADD INDEX documents_contact_email_lower (contact_email_lower), ALGORITHM=INPLACE, LOCK=NONE;
UPDATE documents d JOIN companies c ON c.id = d.company_id SET d.currency = c.currency WHERE c.currency <> 'USD';
UPDATE documents SET due_at = issued_at WHERE due_at < issued_at;
ALTER TABLE documents ADD CONSTRAINT documents_dates_check CHECK (due_at >= issued_at);

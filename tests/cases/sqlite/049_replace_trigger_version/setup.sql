CREATE TABLE invoices (id INTEGER PRIMARY KEY, total_cents INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'draft', paid_cents INTEGER NOT NULL DEFAULT 0);
CREATE TRIGGER invoices_mark_paid AFTER UPDATE OF paid_cents ON invoices
WHEN NEW.paid_cents >= NEW.total_cents
BEGIN
    UPDATE invoices SET status = 'paid' WHERE id = NEW.id;
END;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO invoices (id, total_cents, status) SELECT i, i * 1000, CASE WHEN i % 4 = 0 THEN 'sent' ELSE 'draft' END FROM n;

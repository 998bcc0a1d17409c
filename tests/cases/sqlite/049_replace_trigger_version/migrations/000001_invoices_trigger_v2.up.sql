DROP TRIGGER invoices_mark_paid;
CREATE TRIGGER invoices_mark_paid AFTER UPDATE OF paid_cents ON invoices
BEGIN
    UPDATE invoices
       SET status = CASE
                      WHEN NEW.paid_cents >= NEW.total_cents THEN 'paid'
                      WHEN NEW.paid_cents > 0 THEN 'partial'
                      ELSE status
                    END
     WHERE id = NEW.id;
END;

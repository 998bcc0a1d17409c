-- Money as integer cents. SQLite cannot ALTER COLUMN TYPE, so rebuild.
CREATE TABLE payments_new (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    paid_on TEXT NOT NULL
);
INSERT INTO payments_new (id, contact_id, amount_cents, paid_on)
    SELECT id, contact_id, CAST(round(CAST(amount AS REAL) * 100) AS INTEGER), paid_on FROM payments;
DROP TABLE payments;
ALTER TABLE payments_new RENAME TO payments;
CREATE INDEX payments_contact_idx ON payments(contact_id);
CREATE INDEX payments_paid_on_idx ON payments(paid_on);
CREATE TRIGGER payments_log AFTER INSERT ON payments BEGIN
    INSERT INTO payment_log (payment_id, msg) VALUES (NEW.id, 'received ' || NEW.amount_cents || ' cents');
END;

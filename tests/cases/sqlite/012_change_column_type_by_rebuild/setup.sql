CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL,
    amount TEXT NOT NULL,
    paid_on TEXT NOT NULL
);
CREATE INDEX payments_contact_idx ON payments(contact_id);
CREATE TABLE payment_log (id INTEGER PRIMARY KEY, payment_id INTEGER, msg TEXT);
CREATE TRIGGER payments_log AFTER INSERT ON payments BEGIN
    INSERT INTO payment_log (payment_id, msg) VALUES (NEW.id, 'received ' || NEW.amount);
END;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70)
INSERT INTO payments SELECT i, 1 + i % 9, printf('%d.%02d', i * 3, i % 100), date('2024-03-01', '+' || i || ' days') FROM n;

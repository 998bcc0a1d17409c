-- An older order system audits changes with rules rather than triggers; invoices must never be
-- deleted.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total_cents integer NOT NULL,
    status text NOT NULL DEFAULT 'open'
);
CREATE TABLE order_audit (
    id serial PRIMARY KEY,
    order_id integer NOT NULL,
    what text NOT NULL
);
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    order_id integer NOT NULL,
    amount_cents integer NOT NULL
);

CREATE RULE orders_audit_update AS ON UPDATE TO orders
    DO ALSO INSERT INTO order_audit (order_id, what)
    VALUES (OLD.id, 'total ' || OLD.total_cents || ' -> ' || NEW.total_cents || ', ' || OLD.status || ' -> ' || NEW.status);
CREATE RULE orders_audit_delete AS ON DELETE TO orders
    DO ALSO INSERT INTO order_audit (order_id, what) VALUES (OLD.id, 'deleted');
CREATE RULE invoices_never_delete AS ON DELETE TO invoices DO INSTEAD NOTHING;

INSERT INTO orders SELECT g, 'customer ' || (g % 7), g * 1250, CASE WHEN g % 5 = 0 THEN 'cancelled' ELSE 'open' END
FROM generate_series(1, 50) g;
INSERT INTO invoices SELECT g, g, g * 1250 FROM generate_series(1, 50, 2) g;

-- pg-osc: ALTER TABLE books ADD COLUMN isbn text, change price_cents to bigint
CREATE TABLE pgosc_op_table_books (LIKE books INCLUDING ALL);
ALTER TABLE pgosc_op_table_books ADD COLUMN isbn text;
ALTER TABLE pgosc_op_table_books ALTER COLUMN price_cents TYPE bigint;
CREATE TABLE pgosc_audit_table_for_books (
    pgosc_audit_id serial PRIMARY KEY,
    operation_type text NOT NULL,
    trigger_time timestamp NOT NULL,
    LIKE books
);
CREATE FUNCTION primary_to_audit_table_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR TG_OP = 'UPDATE') THEN
        INSERT INTO pgosc_audit_table_for_books (operation_type, trigger_time, id, title, author, price_cents, published_on)
        VALUES (TG_OP, timestamp '2024-06-01 00:00', NEW.id, NEW.title, NEW.author, NEW.price_cents, NEW.published_on);
        RETURN NEW;
    ELSIF (TG_OP = 'DELETE') THEN
        INSERT INTO pgosc_audit_table_for_books (operation_type, trigger_time, id, title, author, price_cents, published_on)
        VALUES (TG_OP, timestamp '2024-06-01 00:00', OLD.id, OLD.title, OLD.author, OLD.price_cents, OLD.published_on);
        RETURN OLD;
    END IF;
END $$;
CREATE TRIGGER primary_to_audit_table_trigger AFTER INSERT OR UPDATE OR DELETE ON books
    FOR EACH ROW EXECUTE PROCEDURE primary_to_audit_table_trigger();
-- the copy, then writes that arrive during it
INSERT INTO pgosc_op_table_books (id, title, author, price_cents, published_on)
    SELECT id, title, author, price_cents, published_on FROM books ORDER BY id;
UPDATE books SET price_cents = price_cents + 100 WHERE id % 20 = 0;
INSERT INTO books (title, author, price_cents, published_on) VALUES ('Late arrival', 'Author 5', 999, '2024-05-30');
DELETE FROM books WHERE id IN (7, 77);

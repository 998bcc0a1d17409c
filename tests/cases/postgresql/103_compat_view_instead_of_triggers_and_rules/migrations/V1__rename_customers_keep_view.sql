-- customers becomes accounts; old code keeps writing through a view whose INSTEAD OF triggers
-- write the table and an event log
ALTER TABLE customers RENAME TO accounts;

CREATE VIEW customers AS SELECT id, name, tier FROM accounts WHERE NOT archived;

CREATE FUNCTION customers_view_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO accounts (id, name, tier) VALUES (NEW.id, NEW.name, NEW.tier);
        INSERT INTO customer_events (customer_id, action) VALUES (NEW.id, 'created');
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE accounts SET name = NEW.name, tier = NEW.tier WHERE id = OLD.id;
        INSERT INTO customer_events (customer_id, action, detail)
        VALUES (OLD.id, 'updated', OLD.tier || ' -> ' || NEW.tier);
        RETURN NEW;
    ELSE
        UPDATE accounts SET archived = true WHERE id = OLD.id;
        INSERT INTO customer_events (customer_id, action) VALUES (OLD.id, 'archived');
        RETURN OLD;
    END IF;
END $$;

CREATE TRIGGER customers_view_write INSTEAD OF INSERT OR UPDATE OR DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION customers_view_write();

-- notes are never deleted again, only marked
CREATE RULE notes_soft_delete AS ON DELETE TO notes DO INSTEAD
    UPDATE notes SET deleted_at = timestamptz '2024-06-01 00:00:00+00' WHERE id = OLD.id;

ALTER TABLE contacts ADD COLUMN version integer NOT NULL DEFAULT 1;
CREATE TABLE contact_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact_id bigint NOT NULL,
    op text NOT NULL,
    old_row jsonb,
    new_row jsonb
);
CREATE TABLE bulk_change_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, table_name text NOT NULL, rows_changed integer NOT NULL);

CREATE FUNCTION contacts_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
END;
$$;

CREATE FUNCTION contacts_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO contact_audit (contact_id, op, old_row) VALUES (OLD.id, TG_OP, to_jsonb(OLD));
        RETURN OLD;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO contact_audit (contact_id, op, old_row, new_row) VALUES (NEW.id, TG_OP, to_jsonb(OLD), to_jsonb(NEW));
    ELSE
        INSERT INTO contact_audit (contact_id, op, new_row) VALUES (NEW.id, TG_OP, to_jsonb(NEW));
    END IF;
    RETURN NEW;
END;
$$;

CREATE FUNCTION log_bulk_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO bulk_change_log (table_name, rows_changed) SELECT TG_TABLE_NAME, count(*) FROM new_rows;
    RETURN NULL;
END;
$$;

CREATE TRIGGER contacts_version BEFORE UPDATE ON contacts
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION contacts_bump_version();
CREATE TRIGGER contacts_audit AFTER INSERT OR UPDATE OR DELETE ON contacts FOR EACH ROW EXECUTE FUNCTION contacts_audit();
CREATE TRIGGER contacts_bulk_update AFTER UPDATE ON contacts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION log_bulk_update();

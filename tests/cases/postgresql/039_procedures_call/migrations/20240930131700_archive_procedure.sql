BEGIN;
CREATE PROCEDURE archive_contacts(p_status text, INOUT moved integer DEFAULT 0)
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO contacts_archive
    SELECT c.*, 'status=' || p_status || '; archived by procedure' FROM contacts c WHERE c.status = p_status ORDER BY c.id;
    GET DIAGNOSTICS moved = ROW_COUNT;
    DELETE FROM contacts WHERE status = p_status;
END;
$$;
COMMIT;

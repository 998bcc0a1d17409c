WITH moved AS (
    DELETE FROM contacts WHERE organization_id IS NULL RETURNING *
)
INSERT INTO contacts_archive SELECT * FROM moved;

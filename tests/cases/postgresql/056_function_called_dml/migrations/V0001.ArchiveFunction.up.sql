CREATE FUNCTION archive_closed_deals(cutoff date) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    moved integer;
BEGIN
    INSERT INTO deals_archive SELECT d.*, date '2024-07-01' FROM deals d WHERE d.closed_on < cutoff ORDER BY d.id;
    DELETE FROM deals WHERE closed_on < cutoff;
    GET DIAGNOSTICS moved = ROW_COUNT;
    UPDATE deals SET title = title || ' (kept)' WHERE stage <> 'open';
    RETURN moved;
END;
$$;

-- The identity of contacts was never moved by the import: every owned sequence is set to its
-- column's maximum, in a loop over the catalog (typeorm / sequelize "reset sequences" style).
DO $$
DECLARE
    rec record;
BEGIN
    FOR rec IN
        SELECT c.relname AS table_name, a.attname AS column_name,
               pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS seq
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL
        ORDER BY c.relname
    LOOP
        EXECUTE format('SELECT setval(%L, (SELECT COALESCE(max(%I), 1) FROM %I))', rec.seq, rec.column_name, rec.table_name);
    END LOOP;
END $$;

INSERT INTO contacts (account_id, email) VALUES (2, 'after-resync@bank.test');

-- notes restart from 1 after the old ones are archived away
DELETE FROM notes WHERE id <= 50;
ALTER SEQUENCE notes_id_seq RESTART WITH 1;

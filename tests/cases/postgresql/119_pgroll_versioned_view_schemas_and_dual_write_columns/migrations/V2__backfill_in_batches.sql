-- the backfill touches every row in key order (batches of 50); the trigger computes the value
DO $$
DECLARE
    last_id integer := 0;
    batch integer[];
BEGIN
    LOOP
        SELECT array_agg(id ORDER BY id) INTO batch FROM (SELECT id FROM public.users WHERE id > last_id ORDER BY id LIMIT 50) s;
        EXIT WHEN batch IS NULL;
        UPDATE public.users SET id = id WHERE id = ANY (batch);
        last_id := batch[array_upper(batch, 1)];
    END LOOP;
END $$;
-- a client on the new version writes through its view
SET search_path = public_02_description_not_null;
INSERT INTO users (name, description) VALUES ('new_client_a', 'written through v02'), ('new_client_b', 'also v02');
RESET search_path;
-- an old client on v01 writes a NULL description: the trigger fills the shadow column
INSERT INTO public_01_initial.users (name, description) VALUES ('old_client', NULL);

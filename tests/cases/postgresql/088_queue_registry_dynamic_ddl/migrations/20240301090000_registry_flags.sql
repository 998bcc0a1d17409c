-- The registry learns which queues are partitioned / unlogged, decided queue by queue.
DO $$
DECLARE
    qname text;
BEGIN
    ALTER TABLE public.outbox_meta ADD COLUMN is_partitioned boolean;
    ALTER TABLE public.outbox_meta ADD COLUMN is_unlogged boolean;

    FOR qname IN (SELECT queue_name FROM public.outbox_meta ORDER BY queue_name)
    LOOP
        IF qname = 'mailer' THEN
            UPDATE public.outbox_meta SET is_partitioned = false, is_unlogged = true WHERE queue_name = qname;
        ELSE
            UPDATE public.outbox_meta SET is_partitioned = false, is_unlogged = false WHERE queue_name = qname;
        END IF;
    END LOOP;

    ALTER TABLE public.outbox_meta ALTER COLUMN is_partitioned SET NOT NULL;
    ALTER TABLE public.outbox_meta ALTER COLUMN is_unlogged SET NOT NULL;
END $$;

-- pgmq-like message queues for a CRM's integrations: a registry table names the queues, and each
-- queue is a pair of tables (messages and archive) created by a function, so their names are only
-- known from the registry.
CREATE TABLE public.outbox_meta (
    queue_name varchar NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TYPE public.outbox_message AS (
    msg_id bigint,
    read_ct integer,
    enqueued_at timestamptz,
    vt timestamptz,
    message jsonb
);

CREATE FUNCTION public.outbox_create(queue_name text, created timestamptz) RETURNS void AS $$
BEGIN
  EXECUTE format($q$
    CREATE TABLE IF NOT EXISTS public.%I (
        msg_id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
        read_ct int DEFAULT 0 NOT NULL,
        enqueued_at timestamptz DEFAULT now() NOT NULL,
        vt timestamptz NOT NULL,
        message jsonb
    )$q$, 'outbox_' || queue_name);
  EXECUTE format($q$
    CREATE TABLE IF NOT EXISTS public.%I (
        msg_id bigint PRIMARY KEY,
        read_ct int DEFAULT 0 NOT NULL,
        enqueued_at timestamptz DEFAULT now() NOT NULL,
        archived_at timestamptz DEFAULT now() NOT NULL,
        vt timestamptz NOT NULL,
        message jsonb
    )$q$, 'outbox_' || queue_name || '_archive');
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON public.%I (vt ASC)',
                 'outbox_' || queue_name || '_vt_idx', 'outbox_' || queue_name);
  INSERT INTO public.outbox_meta (queue_name, created_at) VALUES (queue_name, created) ON CONFLICT DO NOTHING;
END;
$$ LANGUAGE plpgsql;

SELECT public.outbox_create(q, timestamptz '2024-01-10 09:00:00+00') FROM unnest(ARRAY['crm_sync', 'billing_events', 'mailer']) AS q;

INSERT INTO public.outbox_crm_sync (vt, enqueued_at, read_ct, message)
SELECT timestamptz '2024-02-01 00:00:00+00' + g * interval '1 minute',
       timestamptz '2024-01-31 00:00:00+00' + g * interval '1 minute', g % 3,
       jsonb_build_object('contact_id', g, 'op', CASE WHEN g % 2 = 0 THEN 'upsert' ELSE 'delete' END)
FROM generate_series(1, 150) AS g;
INSERT INTO public.outbox_billing_events (vt, enqueued_at, message)
SELECT timestamptz '2024-02-02 00:00:00+00' + g * interval '1 minute',
       timestamptz '2024-02-01 00:00:00+00' + g * interval '1 minute',
       jsonb_build_object('invoice', 1000 + g, 'amount', g * 12.5)
FROM generate_series(1, 90) AS g;
INSERT INTO public.outbox_mailer (vt, enqueued_at, message)
SELECT timestamptz '2024-02-03 00:00:00+00' + g * interval '1 minute',
       timestamptz '2024-02-02 00:00:00+00' + g * interval '1 minute',
       jsonb_build_object('to', 'contact' || g || '@example.com')
FROM generate_series(1, 40) AS g;
INSERT INTO public.outbox_crm_sync_archive (msg_id, vt, enqueued_at, archived_at, message)
SELECT 10000 + g, timestamptz '2023-12-01 00:00:00+00', timestamptz '2023-11-30 00:00:00+00',
       timestamptz '2023-12-02 00:00:00+00', jsonb_build_object('old', g)
FROM generate_series(1, 25) AS g;

-- A support inbox (chatwoot / forem-like, Rails with structure.sql): YAML-ish serialized text
-- columns, integer enums, counter caches, schema_migrations and ar_internal_metadata.
SET statement_timeout = 0;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.schema_migrations (version character varying NOT NULL PRIMARY KEY);
CREATE TABLE public.ar_internal_metadata (key character varying NOT NULL PRIMARY KEY, value character varying,
    created_at timestamp(6) without time zone NOT NULL, updated_at timestamp(6) without time zone NOT NULL);
CREATE TABLE public.accounts (id bigint NOT NULL, name character varying NOT NULL, settings text, conversations_count integer);
CREATE SEQUENCE public.accounts_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;
ALTER TABLE ONLY public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);
ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
CREATE TABLE public.conversations (id bigserial PRIMARY KEY, account_id bigint NOT NULL, status integer DEFAULT 0 NOT NULL,
    additional_attributes text, contact_email character varying, created_at timestamp(6) without time zone NOT NULL);
CREATE INDEX index_conversations_on_account_id ON public.conversations USING btree (account_id);
CREATE TABLE public.messages (id bigserial PRIMARY KEY, conversation_id bigint NOT NULL, content text, message_type integer NOT NULL,
    content_attributes text DEFAULT '{}', created_at timestamp(6) without time zone NOT NULL);
INSERT INTO public.schema_migrations VALUES ('20230101000000'), ('20230301000000');
INSERT INTO public.ar_internal_metadata VALUES ('environment', 'production', '2023-01-01 00:00', '2023-01-01 00:00');
INSERT INTO public.accounts (name, settings) SELECT 'Account ' || g,
    CASE WHEN g % 5 = 0 THEN NULL WHEN g % 5 = 1 THEN '' ELSE '{"auto_resolve_duration": ' || (g * 3) || ', "locale": "en"}' END
FROM generate_series(1, 30) g ORDER BY g;
INSERT INTO public.conversations (account_id, status, additional_attributes, contact_email, created_at)
SELECT 1 + g % 30, g % 3, CASE WHEN g % 4 = 0 THEN '{"browser": "Firefox", "referer": "https://x.test/?a=1;b=2"}' ELSE NULL END,
    CASE WHEN g % 6 = 0 THEN 'Visitor' || g || '@Mail.TEST' END, timestamp '2023-04-01' + g * interval '2 hours'
FROM generate_series(1, 200) g ORDER BY g;
INSERT INTO public.messages (conversation_id, content, message_type, content_attributes, created_at)
SELECT 1 + g % 200, 'message ' || g, g % 3, CASE WHEN g % 10 = 0 THEN '{"in_reply_to": ' || (g - 1) || '}' ELSE '{}' END,
    timestamp '2023-04-01' + g * interval '17 minutes'
FROM generate_series(1, 400) g ORDER BY g;

-- A team chat server (zulip-like, Django on PostgreSQL): per-user message rows carrying a bit
-- field of flags, a full-text search column kept up to date asynchronously through a log table
-- that a trigger fills, and storage options tuned by hand on the hottest tables.
CREATE TABLE zerver_realm (
    id serial PRIMARY KEY,
    string_id varchar(40) NOT NULL UNIQUE,
    name varchar(40) NOT NULL
);
CREATE TABLE zerver_userprofile (
    id serial PRIMARY KEY,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    delivery_email varchar(254) NOT NULL,
    is_active boolean NOT NULL DEFAULT true
);
CREATE INDEX zerver_userprofile_realm_id_5a2a7c9e ON zerver_userprofile (realm_id);
CREATE TABLE zerver_message (
    id serial PRIMARY KEY,
    sender_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    recipient_id integer NOT NULL,
    subject varchar(60) NOT NULL,
    content text NOT NULL,
    rendered_content text,
    search_tsvector tsvector,
    date_sent timestamptz NOT NULL
) WITH (fillfactor = 85);
CREATE INDEX zerver_message_search_tsvector ON zerver_message USING gin (search_tsvector);
CREATE INDEX zerver_message_recipient_subject ON zerver_message (recipient_id, upper(subject::text), id DESC NULLS LAST);
CREATE TABLE zerver_usermessage (
    id bigserial PRIMARY KEY,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    message_id integer NOT NULL REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED,
    flags integer NOT NULL,
    CONSTRAINT zerver_usermessage_user_profile_id_message_id_key UNIQUE (user_profile_id, message_id)
);
CREATE TABLE fts_update_log (
    id serial PRIMARY KEY,
    message_id integer NOT NULL
);
CREATE INDEX fts_update_log_message_id_idx ON fts_update_log (message_id);

CREATE FUNCTION append_to_fts_update_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO fts_update_log (message_id) VALUES (NEW.id);
    RETURN NEW;
END
$$;
CREATE TRIGGER zerver_message_update_search_tsvector_async
    BEFORE INSERT OR UPDATE OF subject, rendered_content ON zerver_message
    FOR EACH ROW EXECUTE FUNCTION append_to_fts_update_log();

INSERT INTO zerver_realm (string_id, name) SELECT 'realm' || g, 'Realm ' || g FROM generate_series(1, 4) g ORDER BY g;
INSERT INTO zerver_userprofile (realm_id, delivery_email, is_active)
SELECT 1 + g % 4, 'user' || g || '@example.org', g % 9 <> 0 FROM generate_series(1, 40) g ORDER BY g;
INSERT INTO zerver_message (sender_id, recipient_id, subject, content, rendered_content, search_tsvector, date_sent)
SELECT 1 + g % 40, 1 + g % 12, 'topic ' || (g % 15), 'message body ' || g || '; with **markdown**',
       '<p>message body ' || g || '</p>', to_tsvector('english', 'topic ' || (g % 15) || ' message body ' || g),
       timestamptz '2024-03-01 09:00:00+00' + g * interval '7 minutes'
FROM generate_series(1, 180) g ORDER BY g;
INSERT INTO zerver_usermessage (user_profile_id, message_id, flags)
SELECT 1 + (m + k * 7) % 40, m, CASE WHEN (m + k) % 3 = 0 THEN 1 ELSE 0 END | CASE WHEN (m * k) % 11 = 0 THEN 2 ELSE 0 END
FROM generate_series(1, 180) m CROSS JOIN generate_series(0, 2) k ORDER BY m, k;
-- the log is drained by a worker; the rows of the seed were indexed already
DELETE FROM fts_update_log;

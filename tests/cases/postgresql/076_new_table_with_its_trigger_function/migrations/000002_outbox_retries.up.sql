-- A second table whose CHECK and generated column call functions created with it (one with a
-- SQL-standard body).
CREATE FUNCTION retry_limit() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 8 $$;
CREATE FUNCTION attempt_label(n integer, code integer) RETURNS text LANGUAGE sql IMMUTABLE
    RETURN 'attempt ' || n || CASE WHEN code BETWEEN 200 AND 299 THEN ' ok' ELSE ' failed' END;

CREATE TABLE webhook_attempts (
    outbox_id bigint NOT NULL REFERENCES webhook_outbox (id) ON DELETE CASCADE,
    attempt integer NOT NULL CHECK (attempt BETWEEN 1 AND retry_limit()),
    status_code integer,
    label text GENERATED ALWAYS AS (attempt_label(attempt, status_code)) STORED,
    PRIMARY KEY (outbox_id, attempt)
);

INSERT INTO webhook_attempts (outbox_id, attempt, status_code)
SELECT id, 1, CASE WHEN id % 2 = 0 THEN 200 ELSE 503 END FROM webhook_outbox ORDER BY id;

-- A second table whose CHECK calls a function created with it.
CREATE FUNCTION retry_limit() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 8 $$;

CREATE TABLE webhook_attempts (
    outbox_id bigint NOT NULL REFERENCES webhook_outbox (id) ON DELETE CASCADE,
    attempt integer NOT NULL CHECK (attempt BETWEEN 1 AND retry_limit()),
    status_code integer,
    PRIMARY KEY (outbox_id, attempt)
);

INSERT INTO webhook_attempts (outbox_id, attempt, status_code)
SELECT id, 1, CASE WHEN id % 2 = 0 THEN 200 ELSE 503 END FROM webhook_outbox ORDER BY id;

-- Drop the unused last_txn column the portable way (no ALTER TABLE DROP COLUMN).
CREATE TABLE integration_state2 (
    integration_id TEXT PRIMARY KEY NOT NULL,
    state VARCHAR(5),
    contact_stream_id BIGINT,
    deal_stream_id BIGINT
);
INSERT INTO integration_state2 (
    integration_id,
    state,
    contact_stream_id,
    deal_stream_id
)
SELECT integration_id, state, contact_stream_id,  deal_stream_id
FROM integration_state;
DROP TABLE integration_state;
ALTER TABLE integration_state2 RENAME TO integration_state;

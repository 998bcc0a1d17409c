CREATE TABLE events_2025 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
INSERT INTO events_2025 SELECT * FROM events_default WHERE occurred_on >= '2025-01-01' AND occurred_on < '2026-01-01';
DELETE FROM events_default WHERE occurred_on >= '2025-01-01' AND occurred_on < '2026-01-01';
ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_kind_idx ON events (kind);

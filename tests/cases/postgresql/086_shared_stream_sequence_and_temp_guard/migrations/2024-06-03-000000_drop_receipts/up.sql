-- One of the tables sharing the sequence goes; the other keeps drawing from it.
DROP TABLE receipts;
INSERT INTO timeline_events (room_id, event_type) SELECT '!r1', 'receipt.migrated' FROM generate_series(1, 5) g ORDER BY g;

ALTER TABLE receipts ADD COLUMN IF NOT EXISTS receipt_kind text NOT NULL DEFAULT 'm.read';
ALTER TABLE receipts ADD COLUMN IF NOT EXISTS receipt_kind text;
ALTER TABLE timeline_events RENAME COLUMN kind TO event_type;
INSERT INTO receipts (room_id, user_id, receipt_kind)
SELECT '!r' || (g % 9), '@u' || g, 'm.read.private' FROM generate_series(1, 15) g ORDER BY g;

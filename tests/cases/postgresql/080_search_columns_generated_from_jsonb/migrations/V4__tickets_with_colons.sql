-- Rows the old expression could not store.
INSERT INTO tickets (tenant_id, ticket_no, title, opened_at, attrs)
SELECT 'tenant-9', 100 + g, 'Imported ' || g, timestamp '2024-04-01 09:00' + g * interval '1 day',
       jsonb_build_object('body', 'error: paper jam ' || g, 'priority', g % 3)
FROM generate_series(1, 12) g;
UPDATE tickets SET attrs = attrs || '{"body": "status: waiting"}' WHERE ticket_no = 7;

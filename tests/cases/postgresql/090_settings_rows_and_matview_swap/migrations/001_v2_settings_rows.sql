-- New preference rows only where settings were never initialised, then rows that may exist.
INSERT INTO settings (key, value, updated_at) SELECT k, v::jsonb, timestamptz '2024-02-01 00:00:00+00' FROM (VALUES
    ('bounce.enabled', 'false'),
    ('bounce.count', '2'),
    ('bounce.action', '"blocklist"'),
    ('bounce.mailboxes', '[{"enabled":false, "type": "pop", "host":"pop.example.com","port":995}]'))
    vals (k, v) WHERE NOT EXISTS (SELECT * FROM settings WHERE key LIKE 'bounce.%' LIMIT 1);

INSERT INTO settings (key, value, updated_at) VALUES ('app.concurrency', '20', timestamptz '2024-02-01 00:00:00+00'),
    ('privacy.domain_allowlist', '[]', timestamptz '2024-02-01 00:00:00+00') ON CONFLICT DO NOTHING;

-- Fix an incorrect "d" (day) suffix.
UPDATE settings SET value = '"167h"' WHERE key = 'upload.s3.expiry' AND value = '"14d"';

-- Add msg_retry_delay to each SMTP server entry that lacks it.
UPDATE settings SET value = s.updated
FROM (
    SELECT JSONB_AGG(
        CASE WHEN v ? 'msg_retry_delay' THEN v
             ELSE JSONB_SET(v, '{msg_retry_delay}', '"10ms"'::JSONB)
        END ORDER BY ord
    ) AS updated FROM settings, JSONB_ARRAY_ELEMENTS(value) WITH ORDINALITY AS e(v, ord) WHERE key = 'smtp'
) s WHERE key = 'smtp'
AND EXISTS (
    SELECT 1 FROM JSONB_ARRAY_ELEMENTS(value) v WHERE NOT (v ? 'msg_retry_delay')
);

UPDATE roles SET permissions = permissions || '{campaigns:get_all}' WHERE name = 'Super Admin' AND NOT permissions @> '{campaigns:get_all}';
UPDATE roles SET permissions = permissions || '{campaigns:manage_all}' WHERE name = 'Super Admin' AND NOT permissions @> '{campaigns:manage_all}';
UPDATE roles SET permissions = array_remove(permissions, 'campaigns:get') WHERE 'campaigns:get' = ANY (permissions) AND name <> 'Super Admin';

CREATE TABLE main.invoice_notes (id INTEGER PRIMARY KEY, invoice_id TEXT, body TEXT);
INSERT INTO "main"."invoice_notes" (invoice_id, body) SELECT id, 'total ' || total FROM main.invoice WHERE total % 3 = 0;
UPDATE main."Account" SET "Plan" = NULL WHERE id BETWEEN 100 AND 110;
DELETE FROM main.agents WHERE status = 'offline' AND last_seen_at IS NULL;
ALTER TABLE main.agents DROP COLUMN public_key;
DROP TABLE IF EXISTS main.invoice;
ALTER TABLE main.account RENAME COLUMN plan TO tier;

BEGIN TRANSACTION;
-- addresses move to a new domain (the text key changes); every other mailbox is closed
UPDATE OR ROLLBACK mailboxes SET address = replace(address, '@crm.example', '@mail.crm.example')
WHERE owner IN ('owner3', 'owner4');
DELETE FROM mailboxes WHERE owner = 'owner0' OR quota = 500;
DELETE FROM bounces WHERE reason = 'unknown';
UPDATE OR FAIL bounces SET reason = 'quota' WHERE reason = 'full';
INSERT OR ABORT INTO bounces (rowid, address, reason) VALUES (8, 'late@crm.example', 'unknown');
UPDATE OR ROLLBACK meta SET value = '4' WHERE key = 'schema_version';
COMMIT TRANSACTION;

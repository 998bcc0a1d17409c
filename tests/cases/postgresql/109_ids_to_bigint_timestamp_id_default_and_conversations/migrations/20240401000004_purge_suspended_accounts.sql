-- Suspended accounts are purged: their statuses and favourites go by cascade, replies to their
-- statuses lose in_reply_to_id (self-referencing SET NULL), and an empty conversation is removed.
DELETE FROM accounts WHERE suspended;
DELETE FROM conversations c WHERE NOT EXISTS (SELECT 1 FROM statuses s WHERE s.conversation_id = c.id);

-- The foreign key switched from SET NULL to CASCADE (DROP CONSTRAINT names a foreign key here),
-- then a retired subject's sessions removed: their consent requests go with them.
ALTER TABLE consent_requests DROP CONSTRAINT consent_requests_ls_fk;
ALTER TABLE consent_requests ADD CONSTRAINT consent_requests_ls_fk FOREIGN KEY (login_session_id) REFERENCES login_sessions (id) ON DELETE CASCADE;
DELETE FROM login_sessions WHERE subject = 'rep-7';
DELETE FROM signing_keys WHERE sid = 'tenant-2' AND kid LIKE 'key-00%';

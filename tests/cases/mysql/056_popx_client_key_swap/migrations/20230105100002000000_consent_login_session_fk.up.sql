-- Untagged: runs on every database that has no file of its own for this version.
ALTER TABLE consent_requests MODIFY login_session_id VARCHAR(40) NULL;
ALTER TABLE consent_requests ALTER login_session_id DROP DEFAULT;
UPDATE consent_requests SET login_session_id = NULL WHERE login_session_id = '';
DELETE FROM consent_requests WHERE login_session_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM login_sessions WHERE consent_requests.login_session_id = login_sessions.id);
ALTER TABLE consent_requests ADD CONSTRAINT consent_requests_ls_fk FOREIGN KEY (login_session_id) REFERENCES login_sessions (id) ON DELETE SET NULL, ALGORITHM = COPY, LOCK = SHARED;

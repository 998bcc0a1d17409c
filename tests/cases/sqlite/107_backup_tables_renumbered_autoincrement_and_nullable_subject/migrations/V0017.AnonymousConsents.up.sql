-- consents that were never granted no longer name a subject; their tokens lose it too
UPDATE oauth2_consent_session SET subject = NULL WHERE granted = FALSE;
UPDATE oauth2_access_token_session SET subject = NULL
 WHERE challenge_id IN (SELECT challenge_id FROM oauth2_consent_session WHERE subject IS NULL);
DELETE FROM oauth2_access_token_session WHERE active = FALSE AND subject IS NULL;
-- a client credentials token: no consent, no subject
INSERT INTO oauth2_access_token_session (challenge_id, request_id, client_id, signature, subject, requested_at, active, session_data)
VALUES (NULL, 'req-cc-0001', 'crm-sync', 'sigcc0001', NULL, '2024-07-01 00:00:00', TRUE, x'7b7d');

-- The storage of a single sign-on portal in front of a CRM (authelia-like), SQLite provider.
CREATE TABLE user_opaque_identifier (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    service VARCHAR(20) NOT NULL,
    sector_id VARCHAR(255) NOT NULL,
    username VARCHAR(100) NOT NULL,
    identifier CHAR(36) NOT NULL
);
CREATE UNIQUE INDEX user_opaque_identifier_service_sector_id_username_key ON user_opaque_identifier (service, sector_id, username);
CREATE UNIQUE INDEX user_opaque_identifier_identifier_key ON user_opaque_identifier (identifier);

CREATE TABLE webauthn_devices (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at TIMESTAMP NULL DEFAULT NULL,
    rpid TEXT,
    username VARCHAR(100) NOT NULL,
    description VARCHAR(30) NOT NULL DEFAULT 'Primary',
    kid VARCHAR(100) NOT NULL,
    public_key BLOB NOT NULL,
    attestation_type VARCHAR(32),
    transport VARCHAR(20) DEFAULT '',
    aaguid CHAR(36) NOT NULL,
    sign_count INTEGER DEFAULT 0,
    clone_warning BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (username, description),
    UNIQUE (kid)
);

CREATE TABLE oauth2_consent_session (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    challenge_id CHAR(36) NOT NULL,
    client_id VARCHAR(255) NOT NULL,
    subject CHAR(36) NOT NULL,
    authorized BOOLEAN NOT NULL DEFAULT FALSE,
    granted BOOLEAN NOT NULL DEFAULT FALSE,
    requested_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    responded_at DATETIME NULL DEFAULT NULL,
    requested_scopes TEXT NOT NULL,
    granted_scopes TEXT NOT NULL,
    CONSTRAINT oauth2_consent_subject_fkey
        FOREIGN KEY (subject)
            REFERENCES user_opaque_identifier (identifier) ON UPDATE RESTRICT ON DELETE RESTRICT
);
CREATE UNIQUE INDEX oauth2_consent_session_challenge_id_key ON oauth2_consent_session (challenge_id);

CREATE TABLE oauth2_access_token_session (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    challenge_id CHAR(36) NULL DEFAULT NULL,
    request_id VARCHAR(40) NOT NULL,
    client_id VARCHAR(255) NOT NULL,
    signature VARCHAR(255) NOT NULL,
    subject CHAR(36) NOT NULL,
    requested_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    active BOOLEAN NOT NULL DEFAULT FALSE,
    revoked BOOLEAN NOT NULL DEFAULT FALSE,
    session_data BLOB NOT NULL,
    CONSTRAINT oauth2_access_token_session_challenge_id_fkey
        FOREIGN KEY (challenge_id)
            REFERENCES oauth2_consent_session (challenge_id) ON UPDATE RESTRICT ON DELETE RESTRICT
);
CREATE INDEX oauth2_access_token_session_request_id_idx ON oauth2_access_token_session (request_id);
CREATE INDEX oauth2_access_token_session_client_id_subject_idx ON oauth2_access_token_session (client_id, subject);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
INSERT INTO user_opaque_identifier (service, sector_id, username, identifier)
SELECT 'openid', CASE WHEN i % 2 THEN 'crm.example.com' ELSE '' END, 'user' || i, printf('a3f1%04d-0000-4000-8000-%012d', i, i) FROM n ORDER BY i;

INSERT INTO webauthn_devices (created_at, last_used_at, rpid, username, description, kid, public_key, attestation_type, transport, aaguid, sign_count)
VALUES ('2024-02-01 10:00:00', '2024-06-01 10:00:00', 'auth.example.com', 'user1', 'Primary', 'kid-user1-a', x'a501020326', 'none', 'usb', '00000000-0000-0000-0000-000000000000', 12),
       ('2024-02-03 11:00:00', NULL, 'auth.example.com', 'user1', 'Phone', 'kid-user1-b', x'a501020327', 'packed', 'internal', 'adce0002-35bc-c60a-648b-0b25f1f05503', 3),
       ('2024-03-09 08:30:00', '2024-05-30 17:45:00', 'auth.example.com', 'user4', 'Primary', 'kid-user4-a', x'a501020328', 'none', '', '00000000-0000-0000-0000-000000000000', 0);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO oauth2_consent_session (challenge_id, client_id, subject, authorized, granted, requested_at, responded_at, requested_scopes, granted_scopes)
SELECT printf('c0%06d-1111-4000-8000-000000000000', i), CASE WHEN i % 3 THEN 'crm-web' ELSE 'crm-mobile' END,
       printf('a3f1%04d-0000-4000-8000-%012d', 1 + i % 6, 1 + i % 6), i % 4 <> 0, i % 4 <> 0,
       printf('2024-04-%02d 09:00:00', i), CASE WHEN i % 4 <> 0 THEN printf('2024-04-%02d 09:00:05', i) END,
       'openid profile email', CASE WHEN i % 4 <> 0 THEN 'openid profile' ELSE '' END
FROM n ORDER BY i;
-- expired consents were purged: the ids have gaps
DELETE FROM oauth2_consent_session WHERE id IN (2, 3, 11);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 36),
c AS (SELECT challenge_id, client_id, subject, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS cnt FROM oauth2_consent_session)
INSERT INTO oauth2_access_token_session (challenge_id, request_id, client_id, signature, subject, requested_at, active, revoked, session_data)
SELECT c.challenge_id, printf('req-%04d', i), c.client_id, printf('sig%08x', i * 2654435761 % 4294967296), c.subject,
       printf('2024-04-%02d 09:01:00', 1 + i % 20), i % 5 <> 0, i % 9 = 0, CAST('{"exp":' || (1714000000 + i) || '}' AS BLOB)
FROM n JOIN c ON c.k = i % c.cnt
ORDER BY i;
DELETE FROM oauth2_access_token_session WHERE revoked = 1;

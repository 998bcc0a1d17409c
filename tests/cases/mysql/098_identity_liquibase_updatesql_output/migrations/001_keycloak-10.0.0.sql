-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- Change Log: META-INF/jpa-changelog-master.xml
-- Ran at: 1/10/24, 10:00 AM
-- Against: keycloak@localhost@jdbc:mysql://localhost:3306/keycloak
-- Liquibase version: 4.8.0
-- *********************************************************************

-- Lock Database
UPDATE DATABASECHANGELOGLOCK SET `LOCKED` = 1, LOCKEDBY = 'dba-host (10.0.0.5)', LOCKGRANTED = '2024-01-10 10:00:00.123' WHERE ID = 1 AND `LOCKED` = 0;

-- Changeset META-INF/jpa-changelog-10.0.0.xml::10.0.0-KEYCLOAK-5461::keycloak
ALTER TABLE CREDENTIAL ADD SECRET_DATA LONGTEXT NULL, ADD CREDENTIAL_DATA LONGTEXT NULL;

UPDATE CREDENTIAL SET SECRET_DATA = CONCAT('{"value":"', REPLACE(`VALUE`, '\\', '\\\\'), '","salt":"', TO_BASE64(SALT), '"}'),
  CREDENTIAL_DATA = CONCAT('{"hashIterations":', HASH_ITERATIONS, ',"algorithm":"', ALGORITHM, '"}') WHERE TYPE = 'password';

UPDATE CREDENTIAL SET SECRET_DATA = CONCAT('{"value":"', `VALUE`, '"}'), CREDENTIAL_DATA = CONCAT('{"algorithm":"', ALGORITHM, '"}') WHERE TYPE = 'otp';

ALTER TABLE CREDENTIAL DROP COLUMN `VALUE`;

ALTER TABLE CREDENTIAL DROP COLUMN SALT;

ALTER TABLE CREDENTIAL DROP COLUMN HASH_ITERATIONS, DROP COLUMN ALGORITHM;

INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, `DESCRIPTION`, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('10.0.0-KEYCLOAK-5461', 'keycloak', 'META-INF/jpa-changelog-10.0.0.xml', '2024-01-10 10:00:01', 2, '8:a9c5b1d4a3b0f2a5c1e7e5b21c35c0d3', 'addColumn tableName=CREDENTIAL; customChange; dropColumn columnName=VALUE, tableName=CREDENTIAL; ...', '', 'EXECUTED', NULL, NULL, '4.8.0', '4878100001');

-- Changeset META-INF/jpa-changelog-10.0.0.xml::10.0.0-KEYCLOAK-11019::keycloak
CREATE INDEX IDX_USER_ATTRIBUTE_NAME ON USER_ATTRIBUTE(NAME, `VALUE`);

INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, `DESCRIPTION`, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('10.0.0-KEYCLOAK-11019', 'keycloak', 'META-INF/jpa-changelog-10.0.0.xml', '2024-01-10 10:00:02', 3, '8:3e2b9f7d1c4a5b6e7f8091a2b3c4d5e6', 'createIndex indexName=IDX_USER_ATTRIBUTE_NAME, tableName=USER_ATTRIBUTE', '', 'EXECUTED', NULL, NULL, '4.8.0', '4878100001');

-- Release Database Lock
UPDATE DATABASECHANGELOGLOCK SET `LOCKED` = 0, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

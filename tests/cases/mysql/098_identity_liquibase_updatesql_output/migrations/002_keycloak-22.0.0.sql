-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- Lock Database
UPDATE DATABASECHANGELOGLOCK SET `LOCKED` = 1, LOCKEDBY = 'dba-host (10.0.0.5)', LOCKGRANTED = '2024-06-01 09:00:00.000' WHERE ID = 1 AND `LOCKED` = 0;

-- Changeset META-INF/jpa-changelog-22.0.0.xml::22.0.0-17484-updated::keycloak
-- the long-value column for user attributes, a hash of it indexed, and the attribute primary key
-- moved off the 'sybase-needs-something-here' default
ALTER TABLE USER_ATTRIBUTE ADD LONG_VALUE_HASH BINARY(64) NULL, ADD LONG_VALUE_HASH_LOWER_CASE BINARY(64) NULL, ADD LONG_VALUE LONGTEXT NULL;

UPDATE USER_ATTRIBUTE SET LONG_VALUE = `VALUE`, LONG_VALUE_HASH = UNHEX(SHA2(`VALUE`, 512)), LONG_VALUE_HASH_LOWER_CASE = UNHEX(SHA2(LOWER(`VALUE`), 512)) WHERE NAME = 'locale';

ALTER TABLE USER_ATTRIBUTE ALTER ID DROP DEFAULT;

CREATE INDEX USER_ATTR_LONG_VALUES ON USER_ATTRIBUTE(LONG_VALUE_HASH, NAME);

-- Changeset META-INF/jpa-changelog-22.0.0.xml::22.0.0-remove-disabled-users::custom
-- (a site-specific changeset: disabled users of the customers realm are removed with what hangs on them)
DELETE FROM USER_ATTRIBUTE WHERE USER_ID IN (SELECT ID FROM USER_ENTITY WHERE ENABLED = 0 AND REALM_ID <> 'master');
DELETE FROM CREDENTIAL WHERE USER_ID IN (SELECT ID FROM USER_ENTITY WHERE ENABLED = 0 AND REALM_ID <> 'master');
DELETE FROM USER_ENTITY WHERE ENABLED = 0 AND REALM_ID <> 'master';

UPDATE REALM SET SSL_REQUIRED = 'EXTERNAL' WHERE SSL_REQUIRED = 'NONE';

INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, `DESCRIPTION`, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('22.0.0-17484-updated', 'keycloak', 'META-INF/jpa-changelog-22.0.0.xml', '2024-06-01 09:00:01', 4, '9:0c9b4a5d6e7f8a9b0c1d2e3f4a5b6c7d', 'addColumn tableName=USER_ATTRIBUTE; ...', '', 'EXECUTED', NULL, NULL, '4.20.0', '7000100002');

-- Release Database Lock
UPDATE DATABASECHANGELOGLOCK SET `LOCKED` = 0, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

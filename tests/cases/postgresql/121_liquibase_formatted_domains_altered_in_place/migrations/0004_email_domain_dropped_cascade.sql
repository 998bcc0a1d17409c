--liquibase formatted sql

--changeset oleh:0004_drop_email
UPDATE databasechangeloglock SET locked = true, lockgranted = timestamp '2024-04-01 10:00', lockedby = 'ci-runner (10.0.0.7)' WHERE id = 1;
DROP DOMAIN email CASCADE;
ALTER DOMAIN money_amount DROP NOT NULL;
ALTER DOMAIN money_amount SET DEFAULT 0.00;
UPDATE databasechangeloglock SET locked = false, lockgranted = NULL, lockedby = NULL WHERE id = 1;

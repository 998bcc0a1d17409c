--liquibase formatted sql

--changeset oleh:0002_price_not_null splitStatements:true
UPDATE products SET discount = 0 WHERE discount IS NULL;
ALTER DOMAIN price SET NOT NULL;
ALTER DOMAIN price DROP DEFAULT;
ALTER DOMAIN price ADD CONSTRAINT price_max CHECK (VALUE < 1000000) NOT VALID;
ALTER DOMAIN price VALIDATE CONSTRAINT price_max;
--rollback ALTER DOMAIN price DROP NOT NULL;

--changeset oleh:0002_email_rename
ALTER DOMAIN email RENAME CONSTRAINT email_format TO email_has_at;
UPDATE sellers SET contact = lower(contact) WHERE contact IS NOT NULL;
ALTER DOMAIN tag_list ADD CONSTRAINT tag_list_no_nulls CHECK (array_position(VALUE, NULL) IS NULL);
INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, liquibase, deployment_id)
VALUES ('0002_price_not_null', 'oleh', 'schema/0002.sql', timestamp '2024-02-01 10:00', 2, 'EXECUTED', '9:1b2c3d', '4.25.1', '4880000002'),
       ('0002_email_rename', 'oleh', 'schema/0002.sql', timestamp '2024-02-01 10:00', 3, 'EXECUTED', '9:2c3d4e', '4.25.1', '4880000002');

--liquibase formatted sql

--changeset oleh:0003_money splitStatements:true
ALTER DOMAIN price RENAME TO money_amount;
CREATE DOMAIN tag AS varchar(30) CHECK (VALUE ~ '^[a-z0-9-]+$');
-- tags leave the array domain: plain text[] again, then the domain goes
ALTER TABLE sellers ALTER COLUMN tags TYPE text[];
ALTER TABLE products ALTER COLUMN tags DROP DEFAULT, ALTER COLUMN tags TYPE text[];
DROP DOMAIN tag_list;
ALTER DOMAIN short_text DROP CONSTRAINT short_text_not_blank;
DROP FUNCTION not_blank(text);
ALTER TABLE sellers ADD COLUMN main_tag tag;
UPDATE sellers SET main_tag = tags[1] WHERE tags IS NOT NULL;
INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, liquibase, deployment_id)
VALUES ('0003_money', 'oleh', 'schema/0003.sql', timestamp '2024-03-01 10:00', 4, 'EXECUTED', '9:3d4e5f', '4.25.1', '4880000003');

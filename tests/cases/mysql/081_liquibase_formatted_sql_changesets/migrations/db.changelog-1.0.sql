--liquibase formatted sql

--changeset alice:1
--rollback ALTER TABLE person DROP COLUMN email;
ALTER TABLE person ADD email VARCHAR(255) NULL;

--changeset alice:2
--liquibasePercona:usePercona="false"
--comment: one address column is enough
UPDATE person SET address1 = CONCAT_WS(', ', address1, address2) WHERE address2 IS NOT NULL;
ALTER TABLE person DROP COLUMN address2
--rollback ALTER TABLE person ADD address2 VARCHAR(50) NULL;

--changeset alice:3 dbms:postgresql
CREATE INDEX CONCURRENTLY person_city_idx ON person (city);
--rollback DROP INDEX person_city_idx;

--changeset alice:3-mysql dbms:mysql,mariadb
CREATE INDEX person_city_idx ON person (city);
--rollback DROP INDEX person_city_idx ON person;

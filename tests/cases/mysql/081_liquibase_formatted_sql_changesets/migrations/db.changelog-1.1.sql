--liquibase formatted sql

--changeset bob:10 endDelimiter://
DROP PROCEDURE IF EXISTS merge_city;
//
CREATE PROCEDURE merge_city(IN p_from VARCHAR(30), IN p_to VARCHAR(30))
BEGIN
    -- every person of one city moves to the other
    UPDATE person SET city = p_to WHERE city = p_from;
END
--rollback DROP PROCEDURE merge_city;

--changeset bob:11 splitStatements:false
CREATE TRIGGER person_bi BEFORE INSERT ON person FOR EACH ROW
BEGIN
    IF NEW.email IS NULL THEN
        SET NEW.email = CONCAT(LOWER(REPLACE(NEW.name, ' ', '.')), '@crm.example');
    END IF;
END;
--rollback DROP TRIGGER person_bi;

--changeset bob:12 dbms:!mysql
ALTER TABLE person ALTER COLUMN city TYPE VARCHAR(60);

--changeset bob:13
CALL merge_city('Braga', 'Porto');
INSERT INTO person (name, city, address1) VALUES ('Person 900', 'Lisbon', '1 Praça do Comércio');
DELETE FROM person WHERE city IS NULL
--rollback SELECT 1;

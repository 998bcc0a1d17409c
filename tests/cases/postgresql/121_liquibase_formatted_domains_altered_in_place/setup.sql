-- A marketplace API whose columns are typed by domains (liquibase "formatted sql" changelogs,
-- as node-pg-migrate's alterDomain and hpqtypes-extras manage them): a domain over a domain, a
-- domain over an array, a helper function used by domain CHECKs, and liquibase's own tables.
CREATE TABLE databasechangelog (
    id varchar(255) NOT NULL, author varchar(255) NOT NULL, filename varchar(255) NOT NULL,
    dateexecuted timestamp NOT NULL, orderexecuted integer NOT NULL, exectype varchar(10) NOT NULL,
    md5sum varchar(35), description varchar(255), comments varchar(255), tag varchar(255),
    liquibase varchar(20), contexts varchar(255), labels varchar(255), deployment_id varchar(10)
);
CREATE TABLE databasechangeloglock (id integer PRIMARY KEY, locked boolean NOT NULL, lockgranted timestamp, lockedby varchar(255));
INSERT INTO databasechangeloglock VALUES (1, false, NULL, NULL);
CREATE FUNCTION not_blank(value text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT btrim(value) <> '' $$;
CREATE DOMAIN short_text AS varchar(120) CONSTRAINT short_text_not_blank CHECK (not_blank(VALUE));
CREATE DOMAIN email AS short_text CONSTRAINT email_format CHECK (VALUE ~ '^[^@ ]+@[^@ ]+$');
CREATE DOMAIN price AS numeric(12, 2) DEFAULT 0 CONSTRAINT price_not_negative CHECK (VALUE >= 0);
CREATE DOMAIN tag_list AS text[] CONSTRAINT tag_list_small CHECK (cardinality(VALUE) <= 8);
CREATE TABLE sellers (id int PRIMARY KEY, name short_text NOT NULL, contact email, tags tag_list);
CREATE TABLE products (
    id int PRIMARY KEY,
    seller_id int NOT NULL REFERENCES sellers (id),
    title short_text NOT NULL,
    price price NOT NULL,
    discount price,
    tags tag_list DEFAULT '{}'
);
INSERT INTO sellers SELECT g, 'Seller ' || g, CASE WHEN g % 7 = 0 THEN NULL ELSE 'seller' || g || '@market.test' END,
    ARRAY['tag' || (g % 5), 'tag' || (g % 3)] FROM generate_series(1, 40) g ORDER BY g;
INSERT INTO products SELECT g, 1 + g % 40, 'Product ' || g, (g * 3.25)::numeric(12, 2),
    CASE WHEN g % 4 = 0 THEN NULL ELSE (g % 9)::numeric(12, 2) END,
    CASE WHEN g % 10 = 0 THEN NULL ELSE ARRAY['p' || (g % 6)] END
FROM generate_series(1, 160) g ORDER BY g;
INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, liquibase, deployment_id)
VALUES ('0001_domains', 'oleh', 'schema/0001_domains.sql', timestamp '2024-01-10 10:00', 1, 'EXECUTED', '9:0a1b2c', '4.25.1', '4880000001');

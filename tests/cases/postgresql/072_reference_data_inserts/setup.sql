CREATE TABLE currencies (code char(3) PRIMARY KEY, name text NOT NULL, minor_units smallint NOT NULL);
CREATE TABLE lead_sources (id smallint PRIMARY KEY, label text NOT NULL UNIQUE, active boolean NOT NULL DEFAULT true);
INSERT INTO currencies VALUES ('EUR', 'Euro', 2);

CREATE TABLE vendors (id INT NOT NULL PRIMARY KEY, name VARCHAR(60) NOT NULL, fax VARCHAR(30) NULL, rating INT NULL);
INSERT INTO vendors VALUES (1, 'Acme', '555-0100', 4), (2, 'Globex', NULL, 2), (3, 'Initech', '555-0199', NULL);
CREATE TABLE vendor_contacts (id INT NOT NULL PRIMARY KEY, vendor_id INT NOT NULL, email VARCHAR(80), pager VARCHAR(20));
INSERT INTO vendor_contacts VALUES (1, 1, 'a@acme.test', 'P-1'), (2, 2, 'g@globex.test', NULL), (3, 3, 'i@initech.test', 'P-3');

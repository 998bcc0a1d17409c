-- People and addresses of a small CRM, created before the team adopted Liquibase.
CREATE TABLE person (
  name VARCHAR(255) NOT NULL,
  city VARCHAR(30),
  address1 VARCHAR(50),
  address2 VARCHAR(50),
  CONSTRAINT PK_PERSON PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO person (name, city, address1, address2)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 90)
SELECT CONCAT('Person ', LPAD(n, 3, '0')), ELT(1 + n % 4, 'Lisbon', 'Porto', 'Braga', NULL),
       CONCAT(n, ' Rua Augusta'), IF(n % 3 = 0, CONCAT('Apt ', n), NULL)
FROM seq;

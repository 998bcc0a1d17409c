--
-- Executed by the installer when the current version is higher than the name of this file.
-- Be careful with the position of each request.
--
-- To restrict a request to MySQL x.y minimum use -- VMYSQLx.y
-- To drop an index:        -- VMYSQL4.1 DROP INDEX nomindex ON crm_table;
-- To add a column:         ALTER TABLE crm_table ADD COLUMN newcol varchar(60) NOT NULL DEFAULT '0' AFTER existingcol;
--

-- Forgotten in the previous release

UPDATE crm_company SET barcode = NULL, tms = tms WHERE barcode IN ('', '-1', '0');

-- Remove duplicated barcodes (run several times if you still have duplicates).
DROP TABLE IF EXISTS tmp_company_double;
--select barcode, max(rowid) as max_rowid, count(rowid) as count_rowid from crm_company where barcode is not null group by barcode having count(rowid) >= 2;
CREATE TABLE tmp_company_double AS (SELECT barcode, max(rowid) AS max_rowid, count(rowid) AS count_rowid FROM crm_company WHERE barcode IS NOT NULL GROUP BY barcode HAVING count(rowid) >= 2);
--select * from tmp_company_double;
UPDATE crm_company SET barcode = NULL, tms = tms WHERE (rowid, barcode) IN (SELECT max_rowid, barcode FROM tmp_company_double);
DROP TABLE tmp_company_double;

--UPDATE crm_company SET barcode = CONCAT('BC', rowid) WHERE barcode IS NULL;
ALTER TABLE crm_company ADD UNIQUE INDEX uk_company_barcode (barcode);

ALTER TABLE crm_company ADD COLUMN phone_mobile varchar(20) after phone;
ALTER TABLE crm_company ADD COLUMN geolat double(24,8) DEFAULT NULL;
ALTER TABLE crm_company ADD COLUMN geolong double(24,8) DEFAULT NULL;
ALTER TABLE crm_company ADD COLUMN geopoint point DEFAULT NULL;

-- Keep the row timestamp: assigning it to itself stops ON UPDATE CURRENT_TIMESTAMP.
UPDATE crm_company SET date_creation = tms, tms = tms WHERE date_creation IS NULL AND tms IS NOT NULL;
UPDATE crm_company SET geolat = 48.85 + rowid / 10000, geolong = 2.35 - rowid / 10000, tms = tms WHERE rowid % 10 = 1;

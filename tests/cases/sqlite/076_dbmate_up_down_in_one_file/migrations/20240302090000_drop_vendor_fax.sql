-- migrate:up transaction:false
INSERT INTO vendor_contacts (vendor_id, kind, value)
SELECT id, 'fax', '  ' || fax || '  ' FROM vendors WHERE fax IS NOT NULL ORDER BY id;

ALTER TABLE vendors DROP COLUMN fax;

-- migrate:down
ALTER TABLE vendors ADD COLUMN fax TEXT;
THIS IS NOT SQL;

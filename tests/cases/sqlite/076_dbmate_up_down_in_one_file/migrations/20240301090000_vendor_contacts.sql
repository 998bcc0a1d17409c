-- migrate:up
CREATE TABLE vendor_contacts (
  id INTEGER PRIMARY KEY,
  vendor_id INTEGER NOT NULL REFERENCES vendors (id),
  kind TEXT NOT NULL CHECK (kind IN ('phone', 'fax')),
  value TEXT NOT NULL
) STRICT;

INSERT INTO vendor_contacts (vendor_id, kind, value)
SELECT id, 'phone', phone FROM vendors WHERE phone IS NOT NULL ORDER BY id;

create trigger vendor_contacts_trim
after insert on vendor_contacts
for each row
begin
  update vendor_contacts set value = trim(NEW.value) where id = NEW.id;
end

-- migrate:down
-- dbmate runs this part only on `dbmate rollback`: it must never run on apply.
SELECT * FROM down_sections_are_never_run;
DROP TABLE vendor_contacts;

ALTER TABLE contact_import SET LOGGED;
CREATE INDEX contact_import_company_idx ON contact_import (company);
DELETE FROM contact_import WHERE company IS NULL;

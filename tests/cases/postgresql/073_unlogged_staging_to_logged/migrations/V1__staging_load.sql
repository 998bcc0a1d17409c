CREATE UNLOGGED TABLE contact_import (row_no integer PRIMARY KEY, email text NOT NULL, company text);
INSERT INTO contact_import SELECT i, 'import' || i || '@lead.example', CASE WHEN i % 4 = 0 THEN NULL ELSE 'Company ' || (i % 9) END FROM generate_series(1, 200) i;

DROP TABLE legacy_import_rows;

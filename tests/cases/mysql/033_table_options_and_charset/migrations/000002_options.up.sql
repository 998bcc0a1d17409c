ALTER TABLE legacy_notes COMMENT = 'converted; utf8mb4', ROW_FORMAT = DYNAMIC;

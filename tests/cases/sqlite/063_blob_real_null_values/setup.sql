CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    content BLOB,
    ratio REAL,
    big INTEGER,
    caption TEXT
);
INSERT INTO attachments VALUES
    (1, 'logo.png', x'89504E470D0A1A0A0000000D49484452', 0.1, 9223372036854775807, ''),
    (2, 'empty.bin', x'', 1e-300, -9223372036854775808, NULL),
    (3, 'résumé.pdf', x'25504446', 3.141592653589793, 0, 'Ünïcødé ✓ 日本'),
    (4, 'nulls.txt', NULL, NULL, NULL, NULL),
    (5, 'zeros.bin', zeroblob(16), -0.0, 42, 'tab	inside');

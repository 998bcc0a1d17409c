-- Customer sites of a field-service CRM, kept in a plain SQLite file before it became a GeoPackage.
CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    customer TEXT NOT NULL,
    label TEXT NOT NULL,
    lon REAL NOT NULL,
    lat REAL NOT NULL
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO sites (id, customer, label, lon, lat)
SELECT i, 'Customer ' || (1 + i % 9), 'Site ' || i, 13.0 + (i % 8) * 0.125, 52.0 + (i % 5) * 0.25 FROM n;

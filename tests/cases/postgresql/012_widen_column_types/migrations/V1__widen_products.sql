ALTER TABLE products
    ALTER COLUMN id TYPE bigint,
    ALTER COLUMN sku TYPE varchar(200),
    ALTER COLUMN price TYPE numeric(14,4),
    ALTER COLUMN stock TYPE bigint,
    ALTER COLUMN name TYPE text,
    ALTER COLUMN listed_at TYPE timestamptz USING listed_at AT TIME ZONE 'UTC';

CREATE TABLE migrations (
    name TEXT PRIMARY KEY NOT NULL,
    execution_time INTEGER NOT NULL DEFAULT 0
);

-- Migrate `_sqlx_migrations` into our own table: an empty stand-in is created when it does not exist,
-- so the INSERT and DROP below work on fresh databases too
CREATE TABLE IF NOT EXISTS _sqlx_migrations AS
SELECT
    '' AS version,
    '' AS description,
    0 AS execution_time
WHERE 0;

INSERT INTO migrations
SELECT
    version || '_' || REPLACE(description, ' ', '_') || '.sql',
    execution_time
FROM _sqlx_migrations
WHERE EXISTS (
    SELECT 1
    FROM sqlite_master
    WHERE type = 'table' AND name = '_sqlx_migrations'
)
ORDER BY version;

DROP TABLE _sqlx_migrations;

INSERT INTO migrations (name) VALUES ('20240302080000_own_migrations_table.sql');

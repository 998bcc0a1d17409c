BEGIN TRANSACTION;

-- Running upgrade 3d2a1b0c9e8f -> 5ab195a474eb

ALTER TABLE recipes ADD COLUMN name_normalized VARCHAR NOT NULL DEFAULT '';

ALTER TABLE recipes ADD COLUMN description_normalized VARCHAR;

UPDATE recipes SET name_normalized=lower(name), description_normalized=lower(description);

CREATE INDEX ix_recipes_name_normalized ON recipes (name_normalized);

CREATE INDEX ix_recipes_description_normalized ON recipes (description_normalized);

UPDATE alembic_version SET version_num='5ab195a474eb' WHERE alembic_version.version_num = '3d2a1b0c9e8f';

COMMIT;

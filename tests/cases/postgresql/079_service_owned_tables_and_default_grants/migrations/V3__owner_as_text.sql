-- Owners become free text (external identity providers), tolerated where a view pins the type;
-- a new access level is added in the same release.
DO $$
BEGIN
    ALTER TABLE files.objects ALTER COLUMN owner TYPE text;
EXCEPTION
    WHEN SQLSTATE '0A000' THEN RAISE NOTICE 'owner is used by a view or rule; type left as it is';
    WHEN SQLSTATE '2BP01' THEN RAISE NOTICE 'owner has dependent objects; type left as it is';
END
$$;

INSERT INTO access_levels (name) VALUES ('maintainer');
ALTER TABLE access_levels ADD COLUMN rank integer;
UPDATE access_levels SET rank = id * 10;

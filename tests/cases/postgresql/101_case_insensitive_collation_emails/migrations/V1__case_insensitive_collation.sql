-- A nondeterministic ICU collation replaces lower(): equality ignores case, the stored value
-- keeps it.
CREATE COLLATION IF NOT EXISTS case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

ALTER TABLE accounts ALTER COLUMN email TYPE text COLLATE case_insensitive;
DROP INDEX accounts_email_lower_idx;
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);

COMMENT ON COLLATION case_insensitive IS 'equality without case';

-- a second collation for display names, used by an index only
CREATE COLLATION natural_sort (provider = icu, locale = 'en-u-kn-true');
CREATE INDEX accounts_display_name_natural_idx ON accounts (display_name COLLATE natural_sort);

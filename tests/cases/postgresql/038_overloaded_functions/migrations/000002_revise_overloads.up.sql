CREATE OR REPLACE FUNCTION format_name(first text, last text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT last || ', ' || first $$;
DROP FUNCTION format_name(text, text, text);
ALTER TABLE organizations ADD COLUMN customer_count bigint;
UPDATE organizations SET customer_count = org_size(id, 'customer');

CREATE FUNCTION format_name(first text, last text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT first || ' ' || last $$;
CREATE FUNCTION format_name(first text, last text, title text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT title || ' ' || first || ' ' || last $$;
CREATE FUNCTION format_name(contact_id bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT format_name(first_name, last_name) FROM contacts WHERE id = contact_id
$$;
CREATE FUNCTION org_size(org_id bigint, only_status text DEFAULT NULL) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT count(*) FROM contacts WHERE organization_id = org_id AND (only_status IS NULL OR status = only_status)
$$;

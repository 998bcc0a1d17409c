CREATE FUNCTION normalize_phone(p text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT regexp_replace(p, '[^0-9+]', '', 'g');
$$;

CREATE OR REPLACE FUNCTION contact_label(p_first text, p_last text, p_status text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    label text;
BEGIN
    -- a comment with a ; semicolon and a 'quote'
    label := p_last || ', ' || p_first;
    IF p_status = 'customer' THEN
        label := label || ' (customer; it''s "active")';
    ELSIF p_status = 'churned' THEN
        label := label || ' -- churned';
    END IF;
    EXECUTE $q$SELECT 1; $q$;
    RETURN label;
END;
$fn$;

CREATE FUNCTION is_valid_status(s text) RETURNS boolean LANGUAGE sql IMMUTABLE
RETURN s IN ('lead', 'prospect', 'customer', 'churned');

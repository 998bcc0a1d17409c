DROP FUNCTION format_name(text, text);
SELECT 1/0;

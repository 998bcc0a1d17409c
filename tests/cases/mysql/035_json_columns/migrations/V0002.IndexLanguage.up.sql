ALTER TABLE profiles ADD COLUMN lang VARCHAR(5) AS (JSON_UNQUOTE(JSON_EXTRACT(settings, '$.lang'))) VIRTUAL,
  ADD INDEX profiles_lang (lang);

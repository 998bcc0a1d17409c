CREATE TABLE feature_flags (name TEXT PRIMARY KEY, enabled INTEGER NOT NULL, owner TEXT, note TEXT);
INSERT INTO feature_flags VALUES ('new_dashboard', 0, 'web', 'ramping'), ('bulk_export', 1, 'data', NULL),
    ('dark_mode', 1, 'web', 'done'), ('ai_summary', 0, 'ml', 'blocked on legal');
CREATE TABLE user_prefs (user_id INTEGER NOT NULL, pref TEXT NOT NULL, value TEXT, UNIQUE (user_id, pref));
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO user_prefs SELECT i, 'lang', CASE i % 3 WHEN 0 THEN 'de' WHEN 1 THEN 'en' ELSE 'fr' END FROM n;

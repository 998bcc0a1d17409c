REPLACE INTO feature_flags (name, enabled, owner) VALUES ('new_dashboard', 1, 'web'), ('ai_summary', 1, 'ml');
INSERT OR REPLACE INTO user_prefs (user_id, pref, value) SELECT user_id, 'lang', 'en' FROM user_prefs WHERE value = 'fr';

-- Version20230502090000: reading speed becomes a factor (1.0 = 200 words per minute)
DROP INDEX UNIQ_87E64C53A76ED395;
CREATE TEMPORARY TABLE __temp__app_config AS SELECT id, user_id, theme, items_per_page, language, reading_speed FROM app_config;
DROP TABLE app_config;
CREATE TABLE app_config (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, user_id INTEGER DEFAULT NULL, theme VARCHAR(255) NOT NULL COLLATE BINARY, items_per_page INTEGER NOT NULL, language VARCHAR(255) NOT NULL COLLATE BINARY, reading_speed DOUBLE PRECISION DEFAULT NULL, action_mark_as_read INTEGER DEFAULT 0, created_at DATETIME DEFAULT NULL --(DC2Type:datetime_immutable)
        , CONSTRAINT FK_87E64C53A76ED395 FOREIGN KEY (user_id) REFERENCES app_user (id) NOT DEFERRABLE INITIALLY IMMEDIATE);
INSERT INTO app_config (id, user_id, theme, items_per_page, language, reading_speed) SELECT id, user_id, theme, items_per_page, language, reading_speed FROM __temp__app_config;
DROP TABLE __temp__app_config;
CREATE UNIQUE INDEX UNIQ_87E64C53A76ED395 ON app_config (user_id);
UPDATE app_config SET reading_speed = coalesce(reading_speed, 200) / 200.0;

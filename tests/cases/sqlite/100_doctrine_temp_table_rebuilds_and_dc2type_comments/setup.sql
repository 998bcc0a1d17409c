-- A read-it-later app managed by Doctrine migrations (wallabag-like), on SQLite.
CREATE TABLE app_user (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, username VARCHAR(180) NOT NULL, username_canonical VARCHAR(180) NOT NULL, email VARCHAR(180) NOT NULL, enabled BOOLEAN NOT NULL, name CLOB DEFAULT NULL, created_at DATETIME NOT NULL, roles CLOB NOT NULL --(DC2Type:array)
);
CREATE UNIQUE INDEX UNIQ_1D63E7E592FC23A8 ON app_user (username_canonical);
CREATE TABLE app_config (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, user_id INTEGER DEFAULT NULL, theme VARCHAR(255) NOT NULL, items_per_page INTEGER NOT NULL, language VARCHAR(255) NOT NULL, reading_speed INTEGER DEFAULT NULL, pocket_consumer_key VARCHAR(255) DEFAULT NULL, CONSTRAINT FK_87E64C53A76ED395 FOREIGN KEY (user_id) REFERENCES app_user (id) NOT DEFERRABLE INITIALLY IMMEDIATE);
CREATE UNIQUE INDEX UNIQ_87E64C53A76ED395 ON app_config (user_id);
CREATE TABLE app_entry (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, user_id INTEGER DEFAULT NULL, title CLOB DEFAULT NULL, url CLOB DEFAULT NULL, is_archived BOOLEAN NOT NULL, is_starred BOOLEAN NOT NULL, content CLOB DEFAULT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, reading_time INTEGER DEFAULT NULL, domain_name CLOB DEFAULT NULL, uid VARCHAR(23) DEFAULT NULL, CONSTRAINT FK_F4D18282A76ED395 FOREIGN KEY (user_id) REFERENCES app_user (id) NOT DEFERRABLE INITIALLY IMMEDIATE);
CREATE INDEX IDX_F4D18282A76ED395 ON app_entry (user_id);
CREATE INDEX uid ON app_entry (uid);
CREATE TABLE app_tag (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, label CLOB NOT NULL, slug VARCHAR(128) NOT NULL);
CREATE UNIQUE INDEX UNIQ_4CA58A8C989D9B62 ON app_tag (slug);
CREATE TABLE app_entry_tag (entry_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY(entry_id, tag_id), CONSTRAINT FK_C9F0DD7CBA364942 FOREIGN KEY (entry_id) REFERENCES app_entry (id) ON DELETE CASCADE NOT DEFERRABLE INITIALLY IMMEDIATE, CONSTRAINT FK_C9F0DD7CBAD26311 FOREIGN KEY (tag_id) REFERENCES app_tag (id) ON DELETE CASCADE NOT DEFERRABLE INITIALLY IMMEDIATE);
CREATE INDEX IDX_C9F0DD7CBA364942 ON app_entry_tag (entry_id);
CREATE INDEX IDX_C9F0DD7CBAD26311 ON app_entry_tag (tag_id);

INSERT INTO app_user (id, username, username_canonical, email, enabled, name, created_at, roles) VALUES
    (1, 'Admin', 'admin', 'admin@example.org', 1, 'Site Admin', '2023-01-02 08:00:00', 'a:1:{i:0;s:16:"ROLE_SUPER_ADMIN";}'),
    (2, 'Nora', 'nora', 'nora@example.org', 1, NULL, '2023-01-05 09:30:00', 'a:0:{}'),
    (3, 'sam.k', 'sam.k', 'sam@example.org', 0, 'Sam K.', '2023-02-11 17:45:00', 'a:0:{}');
INSERT INTO app_config (id, user_id, theme, items_per_page, language, reading_speed, pocket_consumer_key) VALUES
    (1, 1, 'material', 12, 'en', 200, NULL), (2, 2, 'dark', 24, 'de', 100, 'pk-2201'), (3, 3, 'material', 12, 'fr', NULL, NULL);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45)
INSERT INTO app_entry (id, user_id, title, url, is_archived, is_starred, content, created_at, updated_at, reading_time, domain_name, uid)
SELECT i, 1 + i % 3, 'Article ' || i, 'https://' || CASE i % 4 WHEN 0 THEN 'news.example.com' WHEN 1 THEN 'blog.example.org' WHEN 2 THEN 'crm-tips.example.net' ELSE 'docs.example.io' END || '/post/' || i,
       i % 3 = 0, i % 5 = 0, '<p>Body of article ' || i || '</p>', printf('2023-03-%02d 10:00:00', 1 + i % 28),
       printf('2023-04-%02d 12:00:00', 1 + i % 28), 1 + i % 9,
       CASE i % 4 WHEN 0 THEN 'news.example.com' WHEN 1 THEN 'blog.example.org' WHEN 2 THEN 'crm-tips.example.net' ELSE 'docs.example.io' END,
       CASE WHEN i % 7 = 0 THEN printf('5f%021d', i) END
FROM n;

INSERT INTO app_tag (id, label, slug) VALUES
    (1, 'sales', 'sales'), (2, 'Sales', 'sales-1'), (3, 'howto', 'howto'), (4, 'HowTo', 'howto-1'),
    (5, 'crm', 'crm'), (6, 'read later', 'read-later');
INSERT INTO app_entry_tag (entry_id, tag_id)
SELECT e.id, t.id FROM app_entry e JOIN app_tag t ON (e.id + t.id) % 4 = 0 ORDER BY e.id, t.id;

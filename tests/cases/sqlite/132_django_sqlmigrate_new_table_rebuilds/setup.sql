-- paperless-ngx / linkding-like Django app on SQLite before these migrations: documents with
-- correspondents and tags (an M2M through table), bookmarks; the django_migrations ledger.
CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL);
INSERT INTO "django_migrations" ("app", "name", "applied") VALUES
  ('documents', '0001_initial', '2023-01-02 10:00:00'), ('documents', '0002_tags', '2023-02-02 10:00:00');
CREATE TABLE "documents_correspondent" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(128) NOT NULL UNIQUE, "match" varchar(256) NOT NULL, "matching_algorithm" integer unsigned NOT NULL CHECK ("matching_algorithm" >= 0));
CREATE TABLE "documents_document" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(128) NOT NULL, "content" text NOT NULL, "created" datetime NOT NULL, "modified" datetime NOT NULL, "checksum" varchar(32) NOT NULL UNIQUE, "correspondent_id" integer NULL REFERENCES "documents_correspondent" ("id") DEFERRABLE INITIALLY DEFERRED, "storage_type" varchar(11) NOT NULL, "archive_serial_number" integer unsigned NULL UNIQUE CHECK ("archive_serial_number" >= 0));
CREATE INDEX "documents_document_correspondent_id_6164eb0c" ON "documents_document" ("correspondent_id");
CREATE INDEX "documents_document_title_6b08e02a" ON "documents_document" ("title");
CREATE TABLE "documents_tag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(128) NOT NULL UNIQUE, "colour" integer unsigned NOT NULL CHECK ("colour" >= 0), "is_inbox_tag" bool NOT NULL);
CREATE TABLE "documents_document_tags" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "document_id" integer NOT NULL REFERENCES "documents_document" ("id") DEFERRABLE INITIALLY DEFERRED, "tag_id" integer NOT NULL REFERENCES "documents_tag" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "documents_document_tags_document_id_tag_id_2bc4fc32_uniq" ON "documents_document_tags" ("document_id", "tag_id");
CREATE INDEX "documents_document_tags_document_id_9bf8b9c0" ON "documents_document_tags" ("document_id");
CREATE INDEX "documents_document_tags_tag_id_c7da3a01" ON "documents_document_tags" ("tag_id");

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8)
INSERT INTO "documents_correspondent" ("id", "name", "match", "matching_algorithm") SELECT i, 'Corr ' || i, 'corr' || i, i % 4 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
INSERT INTO "documents_tag" ("id", "name", "colour", "is_inbox_tag") SELECT i, 'tag' || i, i, i = 1 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
INSERT INTO "documents_document" SELECT i, 'Invoice ' || i, 'content of ' || i || ' with ; and -- inside',
  printf('2023-%02d-%02d 09:00:00', 1 + i % 12, 1 + i % 28), printf('2023-%02d-%02d 10:00:00', 1 + i % 12, 1 + i % 28),
  lower(hex(randomblob(0))) || printf('%032d', i), CASE WHEN i % 5 = 0 THEN NULL ELSE 1 + i % 8 END,
  CASE WHEN i % 7 = 0 THEN 'gpg' ELSE 'unencrypted' END, CASE WHEN i % 3 = 0 THEN i * 10 ELSE NULL END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO "documents_document_tags" ("document_id", "tag_id") SELECT 1 + (i * 7) % 80, 1 + i % 6 FROM n WHERE 1 GROUP BY 1 + (i * 7) % 80, 1 + i % 6 ORDER BY 1, 2;

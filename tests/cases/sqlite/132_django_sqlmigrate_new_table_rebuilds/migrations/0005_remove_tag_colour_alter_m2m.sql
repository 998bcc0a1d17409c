BEGIN;
--
-- Remove field colour from tag; add field color (a string) instead
--
CREATE TABLE "new__documents_tag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(128) NOT NULL UNIQUE, "is_inbox_tag" bool NOT NULL, "color" varchar(7) NOT NULL);
INSERT INTO "new__documents_tag" ("id", "name", "is_inbox_tag", "color") SELECT "id", "name", "is_inbox_tag", CASE "colour" WHEN 1 THEN '#a6cee3' WHEN 2 THEN '#1f78b4' ELSE '#b2df8a' END FROM "documents_tag";
DROP TABLE "documents_tag";
ALTER TABLE "new__documents_tag" RENAME TO "documents_tag";
--
-- Alter field tags on document: the through table's ids become bigint (another rebuild)
--
CREATE TABLE "new__documents_document_tags" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "document_id" bigint NOT NULL REFERENCES "documents_document" ("id") DEFERRABLE INITIALLY DEFERRED, "tag_id" bigint NOT NULL REFERENCES "documents_tag" ("id") DEFERRABLE INITIALLY DEFERRED);
INSERT INTO "new__documents_document_tags" ("id", "document_id", "tag_id") SELECT "id", "document_id", "tag_id" FROM "documents_document_tags";
DROP TABLE "documents_document_tags";
ALTER TABLE "new__documents_document_tags" RENAME TO "documents_document_tags";
CREATE UNIQUE INDEX "documents_document_tags_document_id_tag_id_2bc4fc32_uniq" ON "documents_document_tags" ("document_id", "tag_id");
CREATE INDEX "documents_document_tags_document_id_9bf8b9c0" ON "documents_document_tags" ("document_id");
CREATE INDEX "documents_document_tags_tag_id_c7da3a01" ON "documents_document_tags" ("tag_id");
INSERT INTO "django_migrations" ("app", "name", "applied") VALUES ('documents', '0005_remove_tag_colour_alter_m2m', '2023-05-02 10:00:00');
COMMIT;

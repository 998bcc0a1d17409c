ALTER TABLE "documents" ADD COLUMN "summary" text;
UPDATE "documents" SET "summary" = left("text", 40) WHERE "text" IS NOT NULL;
CREATE OR REPLACE FUNCTION documents_search_trigger() RETURNS trigger AS $$
begin
  new."searchVector" :=
    setweight(to_tsvector('english', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(new.summary, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(new.text, '')), 'C');
  return new;
end
$$ LANGUAGE plpgsql;
-- touching every row recomputes the vector through the trigger
UPDATE "documents" SET "updatedAt" = "updatedAt";
INSERT INTO "SequelizeMeta" ("name") VALUES ('20190615000000-search-vector-with-summary.js');

CREATE INDEX CONCURRENTLY "index_conversations_on_contact_email_trgm" ON "conversations" USING gin (lower("contact_email") gin_trgm_ops) WHERE "contact_email" IS NOT NULL;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'template_type') THEN
        CREATE TYPE template_type AS ENUM ('campaign', 'tx');
    END IF;
END$$;

ALTER TYPE content_type ADD VALUE IF NOT EXISTS 'visual';
ALTER TYPE template_type ADD VALUE IF NOT EXISTS 'campaign_visual';
ALTER TABLE templates ADD COLUMN IF NOT EXISTS "type" template_type NOT NULL DEFAULT 'campaign';
ALTER TABLE templates ADD COLUMN IF NOT EXISTS body_source TEXT NULL;
ALTER TABLE campaigns ADD COLUMN IF NOT EXISTS body_source TEXT NULL;
ALTER TABLE campaigns ADD COLUMN IF NOT EXISTS archive_slug TEXT NULL UNIQUE;

ALTER TABLE campaigns DROP CONSTRAINT IF EXISTS campaigns_template_id_fkey,
    ADD FOREIGN KEY (template_id) REFERENCES templates (id) ON DELETE SET NULL,
    ALTER COLUMN template_id DROP DEFAULT;

ALTER TABLE campaigns DROP CONSTRAINT IF EXISTS campaigns_archive_template_id_fkey,
    ADD FOREIGN KEY (archive_template_id) REFERENCES templates (id) ON DELETE SET NULL,
    ALTER COLUMN archive_template_id DROP DEFAULT;

-- The plain template is retired: campaigns using it now point nowhere.
DELETE FROM templates WHERE name = 'Plain';
UPDATE campaigns SET archive_slug = 'campaign-' || id WHERE template_id IS NULL;

-- Phase 4: organizations get a service tier.

ALTER TABLE organizations ADD COLUMN tier TEXT NOT NULL DEFAULT 'standard'
    CHECK (tier IN ('standard', 'gold', 'platinum'));

CREATE INDEX idx_organizations_tier ON organizations (tier) WHERE deleted_at IS NULL;

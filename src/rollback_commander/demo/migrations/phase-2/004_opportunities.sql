-- Phase 2: opportunities, a deal with an organization for a product, owned through a contact.

CREATE TABLE opportunities (
    id                  INTEGER PRIMARY KEY,
    organization_id     INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    contact_id          INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    product_id          INTEGER NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    name                TEXT    NOT NULL,
    stage               TEXT    NOT NULL DEFAULT 'prospecting'
                        CHECK (stage IN ('prospecting', 'qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost')),
    quantity            INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    amount              REAL    NOT NULL DEFAULT 0 CHECK (amount >= 0),
    probability         INTEGER NOT NULL DEFAULT 10 CHECK (probability BETWEEN 0 AND 100),
    expected_close_date TEXT,
    created_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted_at          TEXT
);

CREATE INDEX idx_opportunities_organization ON opportunities (organization_id);
CREATE INDEX idx_opportunities_contact ON opportunities (contact_id);
CREATE INDEX idx_opportunities_product ON opportunities (product_id);
-- The pipeline only ever looks at live, open deals.
CREATE INDEX idx_opportunities_open_stage ON opportunities (stage, expected_close_date)
    WHERE deleted_at IS NULL AND stage NOT IN ('closed_won', 'closed_lost');

CREATE TRIGGER trg_opportunities_updated_at
AFTER UPDATE ON opportunities
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE opportunities SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id;
END;

-- Phase 3: contacts get a phone number (optional), with a lookup index over live contacts.

ALTER TABLE contacts ADD COLUMN phone TEXT CHECK (phone IS NULL OR phone LIKE '+%');

CREATE INDEX idx_contacts_phone_live ON contacts (phone)
    WHERE phone IS NOT NULL AND deleted_at IS NULL;

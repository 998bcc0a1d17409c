ALTER TYPE token_scope ADD VALUE IF NOT EXISTS 'crm:deals.read';
ALTER TYPE token_scope ADD VALUE IF NOT EXISTS 'crm:deals.write' AFTER 'crm:deals.read';
-- Already there: a no-op.
ALTER TYPE token_scope ADD VALUE IF NOT EXISTS 'read';

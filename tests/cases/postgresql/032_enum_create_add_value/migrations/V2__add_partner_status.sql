ALTER TYPE contact_status ADD VALUE 'partner' AFTER 'customer';

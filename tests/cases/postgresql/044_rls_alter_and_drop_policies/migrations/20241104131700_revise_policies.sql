BEGIN;
ALTER POLICY contacts_read ON contacts RENAME TO contacts_visible;
ALTER POLICY contacts_visible ON contacts TO app_user, app_admin USING (status IN ('lead', 'prospect', 'customer'));
ALTER POLICY contacts_write ON contacts WITH CHECK (status IN ('lead', 'prospect', 'customer'));
COMMIT;

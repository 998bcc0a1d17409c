INSERT INTO mailing_list (email, name, source)
SELECT email, first_name || ' ' || last_name, 'crm' FROM contacts WHERE email IS NOT NULL AND status = 'customer'
ON CONFLICT (email) DO UPDATE SET name = excluded.name, times_seen = mailing_list.times_seen + 1;

INSERT INTO mailing_list (email, name, source)
SELECT email, first_name, 'crm-leads' FROM contacts WHERE email IS NOT NULL AND status = 'lead' AND true
ON CONFLICT DO NOTHING;

INSERT OR IGNORE INTO mailing_list (email, name, source) VALUES ('user1@org2.example', 'ignored', 'manual'), ('new@list.example', 'New', 'manual');

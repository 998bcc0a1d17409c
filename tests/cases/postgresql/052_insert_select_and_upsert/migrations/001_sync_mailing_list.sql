INSERT INTO mailing_list (email, name, source)
SELECT email, first_name || ' ' || last_name, 'crm' FROM contacts WHERE email IS NOT NULL AND status = 'customer'
ON CONFLICT (email) DO UPDATE SET name = excluded.name, times_seen = mailing_list.times_seen + 1;

INSERT INTO mailing_list (email, name, source)
SELECT email, first_name, 'crm-leads' FROM contacts WHERE email IS NOT NULL AND status IN ('lead', 'customer')
ON CONFLICT ON CONSTRAINT mailing_list_pkey DO NOTHING;

DELETE FROM subscribers s WHERE EXISTS (SELECT 1 FROM subscribers t WHERE t.email = s.email AND t.list = s.list AND t.id < s.id);
ALTER TABLE subscribers ADD CONSTRAINT subscribers_email_list_key UNIQUE (email, list);
ALTER TABLE subscribers ADD CONSTRAINT subscribers_external_ref_key UNIQUE NULLS NOT DISTINCT (external_ref);

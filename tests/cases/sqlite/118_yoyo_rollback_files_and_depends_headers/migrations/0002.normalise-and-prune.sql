-- depends: 0001.companies-table
UPDATE leads SET email = lower(email) WHERE email <> lower(email);
UPDATE leads SET score = coalesce(score, 0) + CASE json_extract(raw_json, '$.utm_source') WHEN 'ads' THEN 0.5 ELSE 0 END;
DELETE FROM leads WHERE stage = 'lost' AND score < 1;
CREATE UNIQUE INDEX leads_email ON leads (email);

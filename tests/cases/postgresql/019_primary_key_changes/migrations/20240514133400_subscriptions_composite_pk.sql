BEGIN;
ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_pkey;
ALTER TABLE subscriptions ADD PRIMARY KEY (account_id, plan);
ALTER TABLE countries ADD CONSTRAINT countries_pkey PRIMARY KEY USING INDEX countries_iso2_idx;
COMMIT;

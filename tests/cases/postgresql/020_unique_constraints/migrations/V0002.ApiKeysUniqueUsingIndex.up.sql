CREATE UNIQUE INDEX api_keys_owner_prefix_idx ON api_keys (owner, prefix);
ALTER TABLE api_keys ADD CONSTRAINT api_keys_owner_prefix_key UNIQUE USING INDEX api_keys_owner_prefix_idx;
ALTER TABLE subscribers DROP CONSTRAINT subscribers_list_id_key;

-- A second publication: only some columns of open deals, inserts only.
CREATE UNIQUE INDEX deals_public_ref_key ON deals (public_ref);
ALTER TABLE deals REPLICA IDENTITY USING INDEX deals_public_ref_key;

CREATE PUBLICATION crm_deals_feed
  FOR TABLE deals (id, public_ref, stage, amount) WHERE (stage <> 'lost'),
      TABLE rooms
  WITH (publish = 'insert');

UPDATE tasks SET note = 'follow-up: ' || note WHERE note IS NOT NULL AND owner = 'rep3';

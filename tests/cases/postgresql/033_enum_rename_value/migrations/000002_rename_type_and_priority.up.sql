ALTER TYPE deal_stage RENAME TO pipeline_stage;
CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE deal_flags (deal_id integer PRIMARY KEY REFERENCES deals (id), priority priority NOT NULL DEFAULT 'normal');
INSERT INTO deal_flags SELECT id, CASE WHEN stage = 'negotiation' THEN 'high'::priority ELSE 'normal' END FROM deals WHERE id % 2 = 0;

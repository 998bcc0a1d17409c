BEGIN;
-- RunSQL: hstore metadata becomes jsonb (hstore_to_jsonb keeps every value a string)
ALTER TABLE order_order ALTER COLUMN private_metadata TYPE jsonb USING hstore_to_jsonb(private_metadata);
ALTER TABLE order_order ALTER COLUMN metadata TYPE jsonb USING hstore_to_jsonb(metadata);
UPDATE order_order SET private_metadata = '{}'::jsonb WHERE private_metadata IS NULL;
ALTER TABLE order_order ALTER COLUMN private_metadata SET DEFAULT '{}'::jsonb, ALTER COLUMN private_metadata SET NOT NULL;
CREATE INDEX order_p_meta_idx ON order_order USING gin (private_metadata);
COMMIT;

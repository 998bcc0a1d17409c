-- Shadow bigint columns, kept in step with the integer ones by a trigger from now on.
ALTER TABLE ci_builds ADD COLUMN id_convert_to_bigint bigint DEFAULT 0 NOT NULL;
ALTER TABLE ci_builds ADD COLUMN commit_id_convert_to_bigint bigint;

CREATE FUNCTION trigger_3207b8d0d6f3() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW."id_convert_to_bigint" := NEW."id";
  NEW."commit_id_convert_to_bigint" := NEW."commit_id";
  RETURN NEW;
END;
$$;

CREATE TRIGGER trigger_3207b8d0d6f3 BEFORE INSERT OR UPDATE ON ci_builds FOR EACH ROW EXECUTE FUNCTION trigger_3207b8d0d6f3();

-- Builds created while the backfill has not run yet already carry their shadow values.
INSERT INTO ci_builds (id, commit_id, name, status) SELECT 160 + g, g, 'rspec retry', 'running' FROM generate_series(1, 8) g;
SELECT setval('ci_builds_id_seq', 168);

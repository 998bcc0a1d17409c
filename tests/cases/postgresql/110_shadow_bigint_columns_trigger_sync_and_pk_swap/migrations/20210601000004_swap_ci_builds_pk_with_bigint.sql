-- The swap, in one transaction: a new FK on the shadow key first, then the old primary key
-- dropped CASCADE (taking the trace sections' FK), sequence ownership and defaults moved, the
-- columns renamed around each other and the unique index promoted to the primary key.
ALTER TABLE ci_build_trace_sections
    ADD CONSTRAINT fk_264e112c66 FOREIGN KEY (build_id) REFERENCES ci_builds (id_convert_to_bigint) ON DELETE CASCADE;

LOCK TABLE ci_builds IN ACCESS EXCLUSIVE MODE;
ALTER TABLE ci_builds DROP CONSTRAINT ci_builds_pkey CASCADE;
ALTER SEQUENCE ci_builds_id_seq OWNED BY ci_builds.id_convert_to_bigint;
ALTER TABLE ci_builds ALTER COLUMN id DROP DEFAULT;
ALTER TABLE ci_builds ALTER COLUMN id_convert_to_bigint SET DEFAULT nextval('ci_builds_id_seq'::regclass);

ALTER TABLE ci_builds RENAME COLUMN id TO id_tmp;
ALTER TABLE ci_builds RENAME COLUMN id_convert_to_bigint TO id;
ALTER TABLE ci_builds RENAME COLUMN id_tmp TO id_convert_to_bigint;
ALTER TABLE ci_builds RENAME COLUMN commit_id TO commit_id_tmp;
ALTER TABLE ci_builds RENAME COLUMN commit_id_convert_to_bigint TO commit_id;
ALTER TABLE ci_builds RENAME COLUMN commit_id_tmp TO commit_id_convert_to_bigint;

ALTER INDEX index_ci_builds_on_id_convert_to_bigint RENAME TO ci_builds_pkey;
ALTER TABLE ci_builds ADD CONSTRAINT ci_builds_pkey PRIMARY KEY USING INDEX ci_builds_pkey;

ALTER TABLE ci_builds DROP CONSTRAINT ci_builds_commit_id_fkey;
ALTER TABLE ci_builds ADD CONSTRAINT fk_d3130c9a7f FOREIGN KEY (commit_id) REFERENCES ci_pipelines (id) ON DELETE CASCADE NOT VALID;
ALTER TABLE ci_builds VALIDATE CONSTRAINT fk_d3130c9a7f;
DROP INDEX index_ci_builds_on_commit_id_and_status;
CREATE INDEX index_ci_builds_on_commit_id_and_status ON ci_builds (commit_id, status);

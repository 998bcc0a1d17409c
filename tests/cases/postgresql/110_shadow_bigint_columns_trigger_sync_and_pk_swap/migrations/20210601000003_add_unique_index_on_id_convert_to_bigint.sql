CREATE UNIQUE INDEX CONCURRENTLY index_ci_builds_on_id_convert_to_bigint ON ci_builds USING btree (id_convert_to_bigint);

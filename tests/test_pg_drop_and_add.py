"""PostgreSQL: an ALTER TABLE that drops columns and also adds columns or changes nothing of the
rows (`drop column payload_decoder_config, drop column payload_encoder_config, add column
payload_codec_script text not null default ''`, as chirpstack's Diesel migrations and Prisma write
it) sets the dropped columns aside like a plain DROP COLUMN and runs the other actions after: rows
written since stay through a rollback (they were whole-table conflicts of a copied table before)."""

from __future__ import annotations

import json
from pathlib import Path

from rollback_commander import api

from .helpers import invoke_json, query, run_sql, write_migrations

SETUP = """
CREATE TABLE dp (id int PRIMARY KEY, name text NOT NULL, dec_cfg text, enc_cfg text DEFAULT 'none', n int);
INSERT INTO dp VALUES (1, 'a', 'd1', 'e1', 1), (2, 'b', NULL, NULL, 2);
CREATE TABLE other (id int PRIMARY KEY, dp_id int REFERENCES dp (id));
INSERT INTO other VALUES (1, 1);
"""
MIGRATION = """alter table dp
    drop column dec_cfg,
    drop column enc_cfg,
    add column script text not null default 'none, yet', -- a comment, with a comma
    alter column n type bigint;

alter table dp
    alter column script drop default;
"""


def test_dropped_columns_are_set_aside_and_the_other_actions_run(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    base = api.fingerprint(pg_url)
    api.apply(pg_url, str(write_migrations(tmp_path / "m", {"001_codec_script.sql": MIGRATION})))
    [(info,)] = query(pg_url, "SELECT info FROM rollback.points WHERE migration = '001_codec_script'")
    assert [c["kind"] for c in json.loads(info)["captures"]] == ["quarantine-columns"]
    assert [c for (c,) in query(pg_url, "SELECT column_name FROM information_schema.columns WHERE table_name = 'dp' "
                                        "AND column_name NOT LIKE '\\_rollback%' ORDER BY ordinal_position")] == [
        "id", "name", "n", "script"]
    run_sql(pg_url, "INSERT INTO dp (id, name, script, n) VALUES (3, 'c', 'function decode() {}', 3000000000)")
    run_sql(pg_url, "DELETE FROM dp WHERE id = 3")  # the widened n could not go back with it
    run_sql(pg_url, "INSERT INTO dp (id, name, script, n) VALUES (4, 'd', 's', 4); UPDATE dp SET name = 'B' WHERE id = 2")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert query(pg_url, "SELECT * FROM dp ORDER BY id") == [
        (1, "a", "d1", "e1", 1), (2, "B", None, None, 2), (4, "d", None, "none", 4)]
    run_sql(pg_url, "DELETE FROM dp WHERE id = 4; UPDATE dp SET name = 'b' WHERE id = 2")
    assert api.fingerprint(pg_url) == base
    api.apply(pg_url, str(tmp_path / "m"))
    assert query(pg_url, "SELECT id, name, n, script FROM dp ORDER BY id") == [(1, "a", 1, "none, yet"), (2, "b", 2, "none, yet")]


def test_a_failing_other_action_leaves_everything_as_it_was(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    state = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_bad.sql": "ALTER TABLE dp DROP COLUMN dec_cfg, ADD COLUMN name text;\n"})
    code, data = invoke_json("apply", "--db", pg_url, "--dir", str(folder))
    assert code == 1 and data["error"] == "migration_failed" and 'column "name" of relation "dp" already exists' in data["message"], data
    assert api.fingerprint(pg_url) == state

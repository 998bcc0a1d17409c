"""PostgreSQL: a rollback over several migrations meets, at a newer point, rows written since into a
table whose dropped NOT NULL column comes back without a value for them, while an older point of
the same rollback created that table and its reverse drops it with every row (documenso's Share:
created by user_sharing_link, `DROP COLUMN "userId", ADD COLUMN "recipientId" INTEGER NOT NULL` by
recipient_id_for_user_id, rows shared since; temporal's chasm_node_maps: created by v1.17, `ALTER
COLUMN data DROP NOT NULL` by v1.18, rows without data since; a widened column holding longer values
since is the same). With --on-conflict restore-old, which drops the rows written since, those rows
are deleted instead of refusing the rollback; fail still refuses, and so does restore-old where
another table's foreign key would see the DELETE."""

from __future__ import annotations

from pathlib import Path

from rollback_commander import api

from .helpers import invoke_json, query, run_sql, write_migrations

SETUP = "CREATE TABLE keep (id int PRIMARY KEY, note text); INSERT INTO keep VALUES (1, 'kept'), (2, 'also');"
MIGRATIONS = {
    "001_user_sharing_link.sql": "CREATE TABLE share (id serial PRIMARY KEY, user_id integer NOT NULL, link text NOT NULL);\n",
    "002_recipient_id_for_user_id.sql": "ALTER TABLE share DROP COLUMN user_id,\nADD COLUMN recipient_id integer NOT NULL;\n",
}
SHARED_SINCE = "INSERT INTO share (link, recipient_id) SELECT 'lnk' || g, g FROM generate_series(1, 3) g"


def _applied(url: str, tmp_path: Path, files: dict[str, str]) -> tuple[dict[str, object], dict[str, object]]:
    run_sql(url, SETUP)
    base = api.fingerprint(url)
    api.apply(url, str(write_migrations(tmp_path / "m", files)))
    run_sql(url, SHARED_SINCE)
    return base, api.fingerprint(url)


def test_restore_old_deletes_the_rows_an_older_reverse_drops_with_the_table(pg_url: str, tmp_path: Path) -> None:
    base, now = _applied(pg_url, tmp_path, MIGRATIONS)
    code, seen = invoke_json("to", "base", "--db", pg_url, "--dry-run", "--on-conflict", "restore-old")
    assert code == 0 and not seen["refusals"], seen
    assert [(f["table"], f["rows"], f.get("deleted")) for f in seen["filled"]] == [("public.share", 3, True)], seen
    assert api.fingerprint(pg_url) == now
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes", "--on-conflict", "restore-old")
    assert code == 0 and data["verified"] is True, data
    assert [(f["table"], f["rows"], f.get("deleted")) for f in data["filled"]] == [("public.share", 3, True)], data
    assert api.fingerprint(pg_url) == base
    assert query(pg_url, "SELECT to_regclass('public.share')") == [(None,)]
    assert query(pg_url, "SELECT * FROM keep ORDER BY id") == [(1, "kept"), (2, "also")]


def test_fail_still_refuses_and_changes_nothing(pg_url: str, tmp_path: Path) -> None:
    _, now = _applied(pg_url, tmp_path, MIGRATIONS)
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code != 0 and "written after 002_recipient_id_for_user_id have no value for user_id" in data["message"], data
    assert api.fingerprint(pg_url) == now
    assert query(pg_url, "SELECT count(*) FROM share") == [(3,)]


def test_rows_another_tables_foreign_key_references_are_not_deleted(pg_url: str, tmp_path: Path) -> None:
    files = {**MIGRATIONS, "001_user_sharing_link.sql": MIGRATIONS["001_user_sharing_link.sql"]
             + "CREATE TABLE share_visit (id serial PRIMARY KEY, share_id integer REFERENCES share (id) ON DELETE CASCADE);\n"}
    _, _ = _applied(pg_url, tmp_path, files)
    run_sql(pg_url, "INSERT INTO share_visit (share_id) SELECT id FROM share")
    now = api.fingerprint(pg_url)
    code, seen = invoke_json("to", "base", "--db", pg_url, "--dry-run", "--on-conflict", "restore-old")
    assert code == 1 and not seen["filled"] and "have no value for user_id" in seen["refusals"][0]["message"], seen
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes", "--on-conflict", "restore-old")
    assert code != 0 and "have no value for user_id" in data["message"], data
    assert api.fingerprint(pg_url) == now


NULLABLE = {
    "001_add_chasm_node_maps.sql": "CREATE TABLE node_map (id int PRIMARY KEY, data bytea NOT NULL, path varchar(10) NOT NULL);\n",
    "002_node_map_data_nullable.sql": "ALTER TABLE node_map ALTER COLUMN data DROP NOT NULL; -- make nullable\n"
                                      "ALTER TABLE node_map ALTER COLUMN path TYPE varchar(100);\n",
}


def test_rows_holding_null_or_wider_values_go_with_a_table_an_older_reverse_drops(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    base = api.fingerprint(pg_url)
    api.apply(pg_url, str(write_migrations(tmp_path / "m", NULLABLE)))
    run_sql(pg_url, "INSERT INTO node_map VALUES (1, NULL, 'short'), (2, 'x', repeat('p', 50)), (3, 'y', 'ok')")
    now = api.fingerprint(pg_url)
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code != 0 and "hold NULL in data" in data["message"], data
    assert api.fingerprint(pg_url) == now
    code, seen = invoke_json("to", "base", "--db", pg_url, "--dry-run", "--on-conflict", "restore-old")
    assert code == 0 and not seen["refusals"], seen
    assert sorted((f["table"], f["rows"]) for f in seen["filled"]) == [("public.node_map", 1), ("public.node_map", 1)], seen
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes", "--on-conflict", "restore-old")
    assert code == 0 and data["verified"] is True, data
    assert sorted(f["message"].split(": they hold ")[1][:4] for f in data["filled"]) == ["NULL", "valu"], data
    assert api.fingerprint(pg_url) == base

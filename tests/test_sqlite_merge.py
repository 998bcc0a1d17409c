"""SQLite: a copy capture whose rows the migration changed only by removing columns (DROP COLUMN, a
rebuild that copies the kept columns unchanged) is rolled back row by row: rows written since are
kept (the restored columns get their default or NULL), rows updated or deleted since are conflicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rollback_commander import api
from rollback_commander.errors import Conflict, Refused

from .helpers import invoke, invoke_json, query, run_sql, write_migrations

SETUP = """
CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE contacts (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs(id), name TEXT NOT NULL,
                       phone TEXT, status TEXT NOT NULL DEFAULT 'lead', email TEXT NOT NULL UNIQUE);
CREATE INDEX contacts_phone_idx ON contacts (phone);
INSERT INTO orgs VALUES (1, 'Acme'), (2, 'Globex');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO contacts SELECT i, 1 + i % 2, 'name ' || i, '555-' || i, CASE i % 3 WHEN 0 THEN 'customer' ELSE 'lead' END,
       'c' || i || '@x.io' FROM n;
"""

DROP_PHONE_STATUS = "DROP INDEX contacts_phone_idx;\nALTER TABLE contacts DROP COLUMN phone;\nALTER TABLE contacts DROP COLUMN status;"

REBUILD_DROP = """
CREATE TABLE contacts_new (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs(id), name TEXT NOT NULL,
                           email TEXT NOT NULL UNIQUE);
INSERT INTO contacts_new (id, org_id, name, email) SELECT id, org_id, name, email FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts_new RENAME TO contacts;
"""


def _apply(url: str, tmp_path: Path, sql: str) -> list[dict[str, Any]]:
    result = api.apply(url, str(write_migrations(tmp_path / "m", {"001.sql": sql})))
    return [c for m in result.migrations for c in m.captures]


def _rows(url: str, where: str = "1") -> list[tuple[Any, ...]]:
    return query(url, f"SELECT id, name, phone, status FROM contacts WHERE {where} ORDER BY id")


@pytest.mark.parametrize("migration", [DROP_PHONE_STATUS, REBUILD_DROP], ids=["drop-column", "rebuild"])
def test_rows_inserted_since_are_kept_with_default_or_null(sqlite_url: str, tmp_path: Path, migration: str) -> None:
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    [cap] = _apply(sqlite_url, tmp_path, migration)
    assert (cap["table"], cap["kind"], cap["merge"]) == (
        "contacts", "copy", {"key": ["id"], "columns": ["id", "org_id", "name", "email"]})
    run_sql(sqlite_url, "INSERT INTO contacts (id, org_id, name, email) VALUES (301, 1, 'late', 'late@x.io'), "
                        "(302, NULL, 'later', 'later@x.io')")
    dry = api.rollback_to(sqlite_url, "base", dry_run=True)
    result = api.rollback_to(sqlite_url, "base")
    assert (dry.filled, dry.conflicts, dry.refusals) == (result.filled, [], [])  # the dry run foretold it
    assert result.conflicts == []
    assert result.filled == [{"migration": "001", "table": "contacts", "rows": 2,
                              "columns": {"phone": "NULL", "status": "default"},
                              "message": "2 row(s) of contacts written since 001 got NULL for phone, the default for status"}]
    # the rows of the point got their values back; the rows written since are kept
    assert _rows(sqlite_url, "id IN (3, 4, 301, 302)") == [
        (3, "name 3", "555-3", "customer"), (4, "name 4", "555-4", "lead"),
        (301, "late", None, "lead"), (302, "later", None, "lead")]
    after = api.fingerprint(sqlite_url)
    assert after["fingerprint"] == before["fingerprint"]
    # without the two rows, every table's data is what it was
    run_sql(sqlite_url, "DELETE FROM contacts WHERE id > 300")
    assert api.fingerprint(sqlite_url) == before


def test_no_change_since_round_trips_exactly(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    [cap] = _apply(sqlite_url, tmp_path, DROP_PHONE_STATUS)
    assert cap["merge"]["columns"] == ["id", "org_id", "name", "email"]
    result = api.rollback_to(sqlite_url, "base")
    assert (result.conflicts, result.filled) == ([], [])
    assert api.fingerprint(sqlite_url) == before


def _work_since(url: str) -> None:
    """Someone's work after the point: one row updated, one deleted, one inserted."""
    run_sql(url, "UPDATE contacts SET name = 'renamed later' WHERE id = 6;"
                 "DELETE FROM contacts WHERE id = 9;"
                 "INSERT INTO contacts (id, org_id, name, email) VALUES (301, 1, 'late', 'late@x.io');")


def test_updated_and_deleted_since_are_conflicts_fail_refuses(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    _apply(sqlite_url, tmp_path, DROP_PHONE_STATUS)
    _work_since(sqlite_url)
    snapshot = api.fingerprint(sqlite_url)
    code, dry = invoke_json("to", "base", "--db", sqlite_url, "--dry-run")
    assert code == 1 and dry["conflicts"] == [
        {"migration": "001", "table": "contacts", "kind": "rows", "rows": 2, "updated": 1, "deleted": 1}], dry
    assert [f["rows"] for f in dry["filled"]] == [1] and "contacts (2 rows" in dry["refusals"][0]["message"], dry
    # the dry run exits as the rollback would: refused (1) by default, through (0) when keep-current covers it
    res = invoke("to", "base", "--db", sqlite_url, "--dry-run")
    assert res.exit_code == 1 and "would refuse:" in res.stdout, res.stdout
    code, dry = invoke_json("to", "base", "--db", sqlite_url, "--dry-run", "--on-conflict", "keep-current")
    assert code == 0 and dry["refusals"] == [] and len(dry["conflicts"]) == 1, dry
    with pytest.raises(Conflict) as err:
        api.rollback_to(sqlite_url, "base")
    assert err.value.details["conflicts"] == [
        {"migration": "001", "table": "contacts", "kind": "rows", "rows": 2, "updated": 1, "deleted": 1}]
    assert "contacts (2 rows" in err.value.message
    assert api.fingerprint(sqlite_url) == snapshot  # nothing changed
    code, data = invoke_json("to", "base", "--db", sqlite_url, "--yes")
    assert code == 1 and "contacts (2 rows" in data["message"], data


def test_keep_current_keeps_rows_changed_since_and_merges_the_column(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    _apply(sqlite_url, tmp_path, DROP_PHONE_STATUS)
    _work_since(sqlite_url)
    code, data = invoke_json("to", "base", "--db", sqlite_url, "--yes", "--on-conflict", "keep-current")
    assert code == 0, data
    assert data["filled"][0]["rows"] == 1
    # the updated row keeps its current name and gets its captured phone and status back; the deleted
    # row stays deleted; the inserted row is kept with NULL / the default
    assert _rows(sqlite_url, "id IN (5, 6, 9, 301)") == [
        (5, "name 5", "555-5", "lead"), (6, "renamed later", "555-6", "customer"), (301, "late", None, "lead")]
    assert query(sqlite_url, "SELECT count(*) FROM contacts")[0][0] == 300


def test_restore_old_puts_captured_rows_back_and_keeps_inserted(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    _apply(sqlite_url, tmp_path, DROP_PHONE_STATUS)
    _work_since(sqlite_url)
    result = api.rollback_to(sqlite_url, "base", on_conflict="restore-old")
    assert [c["rows"] for c in result.conflicts] == [2]
    assert _rows(sqlite_url, "id IN (6, 9, 301)") == [
        (6, "name 6", "555-6", "customer"), (9, "name 9", "555-9", "customer"), (301, "late", None, "lead")]
    run_sql(sqlite_url, "DELETE FROM contacts WHERE id = 301")
    assert api.fingerprint(sqlite_url) == before


def test_restore_old_with_unique_values_swapped_since(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    _apply(sqlite_url, tmp_path, DROP_PHONE_STATUS)
    run_sql(sqlite_url, "UPDATE contacts SET email = 'tmp' WHERE id = 1; UPDATE contacts SET email = 'c1@x.io' WHERE id = 2;"
                        "UPDATE contacts SET email = 'c2@x.io' WHERE id = 1;")
    api.rollback_to(sqlite_url, "base", on_conflict="restore-old")
    assert api.fingerprint(sqlite_url) == before


def test_not_null_column_rows_since_cannot_satisfy_is_refused_before_anything_runs(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP.replace("phone TEXT,", "phone TEXT NOT NULL,"))
    before = api.fingerprint(sqlite_url)
    [cap] = _apply(sqlite_url, tmp_path, REBUILD_DROP)
    assert "merge" in cap
    run_sql(sqlite_url, "INSERT INTO contacts (id, org_id, name, email) VALUES (301, 1, 'late', 'late@x.io'), "
                        "(302, 1, 'later', 'later@x.io')")
    snapshot = api.fingerprint(sqlite_url)
    for mode in ("fail", "keep-current", "restore-old"):
        with pytest.raises(Refused) as err:
            api.rollback_to(sqlite_url, "base", on_conflict=mode)
        assert err.value.details == {"table": "contacts", "column": "phone", "rows": 2}
        assert "2 row(s) of contacts" in err.value.message and "phone" in err.value.message
        assert api.fingerprint(sqlite_url) == snapshot
    code, data = invoke_json("to", "base", "--db", sqlite_url, "--yes")
    assert code == 1 and "phone" in data["message"], data
    # once those rows are gone, the rollback runs (the table is re-created from its capture)
    run_sql(sqlite_url, "DELETE FROM contacts WHERE id > 300")
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before


def test_not_null_column_keep_current_with_the_table_recreated(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP.replace("phone TEXT,", "phone TEXT NOT NULL,"))
    _apply(sqlite_url, tmp_path, REBUILD_DROP)
    run_sql(sqlite_url, "UPDATE contacts SET name = 'renamed later' WHERE id = 6; DELETE FROM contacts WHERE id = 9;")
    api.rollback_to(sqlite_url, "base", on_conflict="keep-current")
    assert _rows(sqlite_url, "id IN (6, 9)") == [(6, "renamed later", "555-6", "customer")]


def test_rebuild_that_converts_values_keeps_whole_table_semantics(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    [cap] = _apply(sqlite_url, tmp_path, REBUILD_DROP.replace("SELECT id, org_id, name, email", "SELECT id, org_id, upper(name), email"))
    assert cap["kind"] == "copy" and "merge" not in cap
    run_sql(sqlite_url, "INSERT INTO contacts (id, org_id, name, email) VALUES (301, 1, 'late', 'late@x.io')")
    snapshot = api.fingerprint(sqlite_url)
    with pytest.raises(Conflict) as err:
        api.rollback_to(sqlite_url, "base")
    assert err.value.details["conflicts"][0]["kind"] == "table"
    with pytest.raises(Conflict):
        api.rollback_to(sqlite_url, "base", on_conflict="keep-current")
    assert api.fingerprint(sqlite_url) == snapshot
    api.rollback_to(sqlite_url, "base", on_conflict="restore-old")  # the table equals its capture again
    assert api.fingerprint(sqlite_url) == before


def test_retyped_column_is_not_merged(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    [cap] = _apply(sqlite_url, tmp_path, REBUILD_DROP.replace("org_id INTEGER", "org_id TEXT"))
    assert cap["kind"] == "copy" and "merge" not in cap


def test_stored_reverse_shows_the_merge(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    _apply(sqlite_url, tmp_path, DROP_PHONE_STATUS)
    sql = api.reverse_sql(sqlite_url, "base")
    assert "NOT IN (SELECT \"id\" FROM \"contacts\")" in sql and "UPDATE \"contacts\" SET \"phone\" = _rb_c.\"phone\"" in sql


def test_plan_counts_the_rows_the_rollback_would_count(sqlite_url: str, tmp_path: Path) -> None:
    """`rollback plan` judges a merge-safe copy as the rollback does: rows inserted since are no
    loss (they are kept), rows updated or deleted since are row conflicts, not a changed table."""
    run_sql(sqlite_url, SETUP)
    _apply(sqlite_url, tmp_path, DROP_PHONE_STATUS)
    run_sql(sqlite_url, "INSERT INTO contacts (id, org_id, name, email) VALUES (302, 1, 'later', 'later@x.io')")
    code, plan = invoke_json("plan", "base", "--db", sqlite_url)
    assert code == 0, plan
    assert plan["data_loss"] == [] and plan["data_loss_risk"] != "significant", plan
    _work_since(sqlite_url)
    code, plan = invoke_json("plan", "base", "--db", sqlite_url)
    assert code == 0, plan
    assert [(x["table"], x["kind"], x["rows"]) for x in plan["data_loss"]] == [("contacts", "rows-written-after", 2)]
    assert plan["steps"][0]["conflicts"] == [
        {"migration": "001", "table": "contacts", "kind": "rows", "rows": 2, "updated": 1, "deleted": 1}]

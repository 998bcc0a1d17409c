"""PostgreSQL: a column type change that keeps every value (integer to bigint, smallint to integer,
varchar(n) to a longer varchar or text) copies nothing (engine/widen.py). Rows written after the
point stay through a rollback instead of being whole-table conflicts (harbor's `properties.v` and
`registry.url`, ente's ids going to bigint), and rows that the narrowed column could not hold any
more are refused before anything runs, since the reverse's cast would cut a string silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rollback_commander import api
from rollback_commander.engine.widen import retyped_column, unfit_condition, widened

from .helpers import invoke_json, query, run_sql, write_migrations

SETUP = """
CREATE TABLE props (id int PRIMARY KEY, k varchar(8) NOT NULL UNIQUE, v varchar(10), n integer DEFAULT 3, s smallint);
CREATE INDEX props_v ON props (v);
INSERT INTO props VALUES (1, 'a', 'ü名x', 1, 2), (2, 'b', NULL, NULL, NULL);
"""
WIDEN = ("ALTER TABLE props ALTER COLUMN v TYPE varchar(1024);\n"
         "ALTER TABLE props ALTER n TYPE bigint, ALTER COLUMN s SET DATA TYPE integer, ADD COLUMN extra text;\n"
         "ALTER TABLE props ALTER COLUMN k TYPE text;\n")
ROWS = "SELECT id, k, v, n, s FROM props ORDER BY id"


def _captures(url: str) -> list[dict[str, object]]:
    return [c for (info,) in query(url, "SELECT info FROM rollback.points WHERE migration = '001_widen'")
            for c in json.loads(info).get("captures", [])]


def test_rows_written_since_a_widening_stay_through_the_rollback(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    base = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_widen.sql": WIDEN})
    api.apply(pg_url, str(folder))
    assert _captures(pg_url) == []  # nothing copied
    run_sql(pg_url, "INSERT INTO props (id, k, v, n, s, extra) VALUES (3, 'c', 'ok', 7, 8, 'x');"
                    "UPDATE props SET v = 'neu' WHERE id = 2")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert query(pg_url, ROWS) == [(1, "a", "ü名x", 1, 2), (2, "b", "neu", None, None), (3, "c", "ok", 7, 8)]
    run_sql(pg_url, "DELETE FROM props WHERE id = 3; UPDATE props SET v = NULL WHERE id = 2")
    assert api.fingerprint(pg_url) == base


def test_values_the_old_type_cannot_hold_are_refused_before_anything_runs(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_widen.sql": WIDEN})
    api.apply(pg_url, str(folder))
    run_sql(pg_url, "INSERT INTO props VALUES (3, 'ccccccccccc', repeat('x', 11), 5000000000, 70000, NULL),"
                    "(4, 'd', repeat('y', 10), 2147483647, -32768, NULL)")
    state = api.fingerprint(pg_url)
    code, dry = invoke_json("to", "base", "--db", pg_url, "--dry-run")
    assert code == 1, dry  # exits as the refused rollback would
    assert sorted((r["table"], r["column"], r["rows"]) for r in dry["refusals"]) == [
        ("public.props", "k", 1), ("public.props", "n", 1), ("public.props", "s", 1), ("public.props", "v", 1)]
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 1 and data["error"] == "refused", data
    assert data["message"] in [r["message"] for r in dry["refusals"]]
    assert "widened to" in data["message"] and data["hint"].startswith("nothing was changed"), data
    assert api.fingerprint(pg_url) == state
    run_sql(pg_url, "DELETE FROM props WHERE id = 3")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert query(pg_url, ROWS)[-1] == (4, "d", "y" * 10, 2147483647, -32768)


def test_a_change_that_rewrites_values_is_still_copied_whole(pg_url: str, tmp_path: Path) -> None:
    """USING, a narrowing and another type family keep the whole-table copy (rows written since are
    conflicts of that point, as before)."""
    run_sql(pg_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_widen.sql": "ALTER TABLE props ALTER COLUMN n TYPE bigint USING n * 2;\n"})
    api.apply(pg_url, str(folder))
    assert [c["table"] for c in _captures(pg_url)] == ["public.props"]
    run_sql(pg_url, "INSERT INTO props (id, k) VALUES (3, 'c')")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 1 and data["error"] == "conflict", data


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("integer", "BIGINT", True), ("smallint", "int4", True), ("smallint", "int8", True),
    ("character varying(128)", "varchar(1024)", True), ("character varying(64)", "TEXT", True),
    ("character varying(64)", "character varying", True), ("character varying(64)", "varchar(64)", False),
    ("bigint", "integer", False), ("text", "varchar(10)", False), ("character varying", "varchar(10)", False),
    ("integer", "numeric", False), ("character(4)", "varchar(10)", False), ("integer", "text", False),
    ("numeric(10,2)", "numeric(12,2)", False),
])
def test_widened(old: str, new: str, expected: bool) -> None:
    assert widened(old, new) is expected


def test_retyped_column_and_unfit_condition() -> None:
    assert retyped_column('ALTER COLUMN "Size" SET DATA TYPE bigint') == ('"Size"', "bigint")
    assert retyped_column("ALTER n TYPE bigint USING n::bigint") is None
    assert retyped_column("ALTER COLUMN k TYPE text COLLATE \"C\"") is None
    assert retyped_column("ALTER COLUMN k SET DEFAULT 1") is None
    assert unfit_condition('"v"', "character varying(10)") == 'char_length("v") > 10'
    assert unfit_condition('"n"', "integer") == '"n" NOT BETWEEN -2147483648 AND 2147483647'
    assert unfit_condition('"t"', "text") is None

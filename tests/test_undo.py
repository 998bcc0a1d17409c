"""`rollback undo ID|phase:N`: reverse a migration (or a phase) in the middle of the history.

The reference for "right" is a twin database to which the same folder was applied without the undone
migrations: after the undo, the schema fingerprint and every table's data checksum must equal the
twin's. Plus: refusals (dependents, drift, conflicts, history points, MySQL), --dry-run, --json, the
lock, and re-applying an undone migration with `rollback apply`."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rollback_commander import api
from rollback_commander.cli.main import cli
from rollback_commander.errors import Refused

from .conftest import fresh_pg_database
from .helpers import invoke, invoke_json, query, run_sql, write_migrations

FILES = {
    "phase-1/001_orgs.sql": "CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
    "INSERT INTO orgs VALUES (1, 'acme'), (2, 'globex'), (3, 'initech');\n",
    "phase-1/002_tags.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT);\n"
    "INSERT INTO tags VALUES (1, 'a'), (2, 'b'), (3, 'c');\n",
    "phase-1/003_legacy.sql": "CREATE TABLE legacy (id INTEGER PRIMARY KEY, v TEXT);\n"
    "INSERT INTO legacy VALUES (1, 'x'), (2, 'y');\n",
    "phase-2/004_org_score.sql": "ALTER TABLE orgs ADD COLUMN score INTEGER;\nUPDATE orgs SET score = id * 10;\n",
    "phase-2/005_top_orgs.sql": "CREATE VIEW top_orgs AS SELECT name, score FROM orgs WHERE score > 10;\n",
    "phase-3/006_tag_index.sql": "CREATE INDEX tags_label_idx ON tags (label);\n",
    "phase-3/007_drop_legacy.sql": "DROP TABLE legacy;\n",
    "phase-3/008_purge_tag.sql": "DELETE FROM tags WHERE id = 3;\n",
    "phase-3/009_notes.sql": "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\nINSERT INTO notes VALUES (1, 'hello');\n",
}

SAME_TABLE = {  # two migrations that each add a column to the same table
    "001_orgs.sql": "CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\nINSERT INTO orgs VALUES (1, 'a');\n",
    "002_tier.sql": "ALTER TABLE orgs ADD COLUMN tier TEXT DEFAULT 'free';\n",
    "003_region.sql": "ALTER TABLE orgs ADD COLUMN region TEXT DEFAULT 'eu';\n",
}


def _id(name: str) -> str:
    return name.rsplit("/", 1)[-1].removesuffix(".sql")


@pytest.fixture
def pg_twin(_pg_admin: Any) -> Iterator[str]:
    """A second fresh PostgreSQL database."""
    with fresh_pg_database(_pg_admin) as url:
        yield url


@pytest.fixture
def twin_url(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A second fresh database of db_url's dialect."""
    if db_url.startswith("sqlite"):
        (tmp_path / "twin.db").touch()
        return f"sqlite:///{tmp_path / 'twin.db'}"
    return str(request.getfixturevalue("pg_twin"))


def _folder(tmp_path: Path, name: str, files: dict[str, str], without: tuple[str, ...] = ()) -> str:
    folder = tmp_path / name
    shutil.rmtree(folder, ignore_errors=True)
    return str(write_migrations(folder, {k: v for k, v in files.items() if _id(k) not in without}))


def _applied(url: str, tmp_path: Path, files: dict[str, str] = FILES) -> str:
    folder = _folder(tmp_path, "m", files)
    api.apply(url, folder)
    return folder


def _as_if_never_applied(twin: str, tmp_path: Path, without: tuple[str, ...], files: dict[str, str] = FILES) -> dict[str, Any]:
    api.apply(twin, _folder(tmp_path, "twin", files, without))
    return api.fingerprint(twin)


def _journal(url: str) -> tuple[list[dict[str, Any]], int]:
    return api.points(url), len(api.log(url))


def _undo(url: str, *args: str) -> tuple[int, Any]:
    return invoke_json("undo", *args, "--db", url, "--yes")


@pytest.mark.parametrize("undone, args", [
    (("007_drop_legacy",), ("007_drop_legacy",)),  # a dropped table comes back with its rows
    (("008_purge_tag",), ("008_purge_tag",)),  # deleted rows come back
    (("005_top_orgs", "004_org_score"), ("004_org_score", "--with-dependents")),
    (("005_top_orgs", "004_org_score"), ("phase:2",)),
])
def test_undo_in_the_middle_equals_never_applied(db_url: str, twin_url: str, tmp_path: Path, undone: tuple[str, ...],
                                                 args: tuple[str, ...]) -> None:
    _applied(db_url, tmp_path)
    code, data = _undo(db_url, *args)
    assert code == 0, data
    assert data["undo"] == list(undone) and data["verified"] is True and data["dry_run"] is False
    assert api.fingerprint(db_url) == _as_if_never_applied(twin_url, tmp_path, undone)
    points = {p["migration"]: p for p in api.points(db_url)}
    undo_point = points[f"undo:{args[0]}"]
    assert undo_point["kind"] == "undo" and undo_point["active"] and undo_point["undone"] == list(undone)
    for name in undone:
        assert points[name]["active"] is False and points[name]["undone_by"] == undo_point["id"]
    assert all(points[_id(k)]["active"] for k in FILES if _id(k) not in undone)
    kinds = [e["kind"] for e in api.log(db_url)]
    assert kinds.count("undo") == len(undone) and kinds[-1] == "undo-done"
    code, report = invoke_json("verify", "--db", db_url)
    assert code == 0, report


DROP_THEN_ADD = {  # 002 drops a column (quarantined in place), 003 adds another one to the same table
    "001_orgs.sql": "CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, code TEXT);\n"
    "INSERT INTO orgs VALUES (1, 'a', 'A1'), (2, 'b', NULL);\n",
    "002_drop_code.sql": "ALTER TABLE orgs DROP COLUMN code;\n",
    "003_region.sql": "ALTER TABLE orgs ADD COLUMN region TEXT DEFAULT 'eu';\n",
}


@pytest.mark.parametrize("files, undone, columns", [
    (SAME_TABLE, "002_tier", ["id", "name", "region"]),
    (DROP_THEN_ADD, "002_drop_code", ["id", "name", "code", "region"]),
])
def test_undo_keeps_later_changes_to_the_same_table(pg_url: str, pg_twin: str, tmp_path: Path, files: dict[str, str],
                                                    undone: str, columns: list[str]) -> None:
    """002 and 003 both change orgs; undoing 002 reverses only its column (a stored reverse of 002
    would not know about region). The dependency map sees them as independent on PostgreSQL."""
    _applied(pg_url, tmp_path, files)
    code, data = _undo(pg_url, undone)
    assert code == 0, data
    assert [r[0] for r in query(pg_url, "SELECT column_name FROM information_schema.columns WHERE table_name = 'orgs' "
                                        "ORDER BY ordinal_position")] == columns
    assert api.fingerprint(pg_url) == _as_if_never_applied(pg_twin, tmp_path, (undone,), files)


def test_sqlite_refuses_what_it_cannot_undo_alone(sqlite_url: str, tmp_path: Path) -> None:
    """On SQLite an ALTER rewrites the table's CREATE text, so a later ALTER of the same table
    depends on the earlier one: refused, naming it; --with-dependents undoes both."""
    _applied(sqlite_url, tmp_path, SAME_TABLE)
    code, data = _undo(sqlite_url, "002_tier")
    assert code == 1 and data["error"] == "refused" and "003_region" in data["message"]
    code, data = _undo(sqlite_url, "002_tier", "--with-dependents")
    assert code == 0 and data["undo"] == ["003_region", "002_tier"]
    assert query(sqlite_url, "SELECT * FROM orgs") == [(1, "a")]


def test_undo_refused_when_later_migrations_depend_on_it(db_url: str, tmp_path: Path) -> None:
    _applied(db_url, tmp_path)
    before, journal = api.fingerprint(db_url), _journal(db_url)
    code, data = _undo(db_url, "002_tags")
    assert code == 1 and data["error"] == "refused"
    assert "006_tag_index" in data["message"] and "008_purge_tag" in data["message"]
    assert "--with-dependents" in data["hint"]
    assert data["details"]["dependents"] == ["006_tag_index", "008_purge_tag"]
    res = invoke("undo", "004_org_score", "--db", db_url, "--yes")
    assert res.exit_code == 1 and "005_top_orgs" in res.stderr and "--with-dependents" in res.stderr
    assert api.fingerprint(db_url) == before and _journal(db_url) == journal


def test_dry_run_changes_nothing_and_reports_the_plan(db_url: str, tmp_path: Path) -> None:
    _applied(db_url, tmp_path)
    before, journal = api.fingerprint(db_url), _journal(db_url)
    code, data = invoke_json("undo", "007_drop_legacy", "--dry-run", "--db", db_url)  # no --yes needed
    assert code == 0, data
    assert data["dry_run"] is True and data["verified"] is True and data["undo"] == ["007_drop_legacy"]
    step = data["steps"][0]
    assert step["migration"] == "007_drop_legacy" and step["statements"] and step["restores"][0]["table"].endswith("legacy")
    assert api.fingerprint(db_url) == before and _journal(db_url) == journal
    res = invoke("undo", "phase:2", "--dry-run", "--db", db_url)
    assert res.exit_code == 0 and "Would undo" in res.stdout and "004_org_score" in res.stdout
    assert api.fingerprint(db_url) == before and _journal(db_url) == journal


def test_bad_input(db_url: str, tmp_path: Path) -> None:
    _applied(db_url, tmp_path)
    before, journal = api.fingerprint(db_url), _journal(db_url)
    code, data = _undo(db_url, "999_nope")
    assert code == 2 and data["error"] == "unknown_target" and "999_nope" in data["message"]
    assert "009_notes" in data["hint"]  # lists what can be undone
    code, data = _undo(db_url, "phase:9")
    assert code == 2 and "phase 9" in data["message"]
    res = invoke("undo", "007_drop_legacy", "--db", db_url)  # not a terminal, no --yes
    assert res.exit_code == 2 and "--yes" in res.stderr
    res = invoke("undo", "--db", db_url, "--yes")
    assert res.exit_code == 2 and "ID|phase:N" in res.stderr
    res = invoke("undo", "007_drop_legacy", "--db", db_url, "--yes", "--on-conflict", "whatever")
    assert res.exit_code == 2 and "--on-conflict" in res.stderr
    assert api.fingerprint(db_url) == before and _journal(db_url) == journal


def test_undone_migration_is_applied_again(db_url: str, twin_url: str, tmp_path: Path) -> None:
    folder = _applied(db_url, tmp_path)
    assert _undo(db_url, "007_drop_legacy")[0] == 0
    code, data = invoke_json("apply", "--db", db_url, "--dir", folder)
    assert code == 0 and data["applied"] == ["007_drop_legacy"], data
    assert api.fingerprint(db_url) == _as_if_never_applied(twin_url, tmp_path, ())
    code, data = _undo(db_url, "007_drop_legacy")  # the new point can be undone in turn
    assert code == 0 and data["undo"] == ["007_drop_legacy"], data


def test_an_undo_or_a_rollback_is_not_rolled_back(db_url: str, twin_url: str, tmp_path: Path) -> None:
    _applied(db_url, tmp_path)
    old = {p["migration"]: p["id"] for p in api.points(db_url)}
    assert _undo(db_url, "008_purge_tag")[0] == 0
    after_undo, journal = api.fingerprint(db_url), _journal(db_url)
    for spec in ("008_purge_tag", f"#{old['008_purge_tag']}"):  # the undone point itself
        code, data = invoke_json("to", spec, "--db", db_url, "--yes")
        assert code == 1 and data["error"] == "refused" and "rollback apply" in data["hint"], (spec, data)
    for spec in ("009_notes", "previous"):  # a state that still held 008: rolling the undo back
        code, data = invoke_json("to", spec, "--db", db_url, "--yes")
        assert code == 1 and "rollback apply" in data["hint"] and "008_purge_tag" in data["message"], (spec, data)
    code, data = _undo(db_url, "008_purge_tag")  # undone already
    assert code == 1 and "undone" in data["message"] and "rollback apply" in data["hint"]
    assert api.fingerprint(db_url) == after_undo and _journal(db_url) == journal
    # past the undo to a point older than what it undid: allowed, verified
    code, data = invoke_json("to", "007_drop_legacy", "--db", db_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(db_url) == _as_if_never_applied(twin_url, tmp_path, ("008_purge_tag", "009_notes"))
    # a plain rollback: its points cannot be targets either
    code, data = invoke_json("to", "006_tag_index", "--db", db_url, "--yes")
    assert code == 0, data
    code, data = invoke_json("to", "007_drop_legacy", "--db", db_url, "--yes")
    assert code == 1 and "rolled back" in data["message"] and "rollback apply" in data["hint"]
    code, data = _undo(db_url, "007_drop_legacy")
    assert code == 1 and "rolled back" in data["message"]


def test_rows_written_since_are_a_conflict(db_url: str, tmp_path: Path) -> None:
    _applied(db_url, tmp_path)
    run_sql(db_url, "INSERT INTO tags VALUES (3, 'someone else''s c')")
    before, journal = api.fingerprint(db_url), _journal(db_url)
    code, data = _undo(db_url, "008_purge_tag")
    assert code == 1 and data["error"] == "conflict" and "tags" in data["message"] and "--on-conflict" in data["hint"]
    assert api.fingerprint(db_url) == before and _journal(db_url) == journal
    code, data = _undo(db_url, "008_purge_tag", "--on-conflict", "restore-old")
    assert code == 0 and data["steps"][0]["conflicts"], data
    assert query(db_url, "SELECT label FROM tags WHERE id = 3") == [("c",)]


def test_a_change_by_hand_is_refused_not_guessed(pg_url: str, tmp_path: Path) -> None:
    _applied(pg_url, tmp_path)
    run_sql(pg_url, "ALTER TABLE notes ALTER COLUMN body SET NOT NULL")  # drift on 009's table
    before = api.fingerprint(pg_url)
    code, data = _undo(pg_url, "009_notes")
    assert code == 1 and "notes" in data["message"] and data["details"]["drift"] == ["table public.notes"], data
    assert api.fingerprint(pg_url) == before


def test_two_runs_never_at_once_postgres(pg_url: str, tmp_path: Path) -> None:
    import psycopg

    from rollback_commander.dialects.postgres import LOCK_KEY

    _applied(pg_url, tmp_path)
    with psycopg.connect(pg_url, autocommit=True, application_name="other-rollback") as other:
        other.execute("BEGIN")
        other.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        pid = other.info.backend_pid
        code, data = invoke_json("undo", "007_drop_legacy", "--db", pg_url, "--yes", "--lock-timeout", "0.3")
        other.execute("ROLLBACK")
    assert code == 1 and data["error"] == "locked", data
    assert f"process {pid} (other-rollback), since 20" in data["message"]
    assert query(pg_url, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                         "AND table_name = 'legacy'") == [(0,)]


def test_two_runs_never_at_once_sqlite(sqlite_url: str, tmp_path: Path) -> None:
    _applied(sqlite_url, tmp_path)
    other = sqlite3.connect(sqlite_url.split("///", 1)[1], isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        code, data = invoke_json("undo", "007_drop_legacy", "--db", sqlite_url, "--yes", "--lock-timeout", "0.3")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1 and data["error"] == "locked", data
    assert _undo(sqlite_url, "007_drop_legacy")[0] == 0


def test_mysql_is_refused_clearly(mysql_url: str, tmp_path: Path) -> None:
    api.apply(mysql_url, _folder(tmp_path, "m", {"001_a.sql": "CREATE TABLE a (id INT PRIMARY KEY);",
                                                 "002_b.sql": "CREATE TABLE b (id INT PRIMARY KEY);"}))
    journal = _journal(mysql_url)
    code, data = _undo(mysql_url, "001_a")
    assert code == 2 and "not transactional" in data["message"] and "rollback to" in data["hint"], data
    assert _journal(mysql_url) == journal and query(mysql_url, "SHOW TABLES LIKE 'a'") == [("a",)]


def test_points_and_help_show_undo(sqlite_url: str, tmp_path: Path) -> None:
    _applied(sqlite_url, tmp_path)
    assert _undo(sqlite_url, "003_legacy", "--with-dependents")[0] == 0
    res = CliRunner().invoke(cli, ["points", "--db", sqlite_url], env={"COLUMNS": "400"})
    assert res.exit_code == 0 and "undone (#" in res.stdout and "undid 007_drop_legacy, 003_legacy" in res.stdout
    res = invoke("undo", "--help")
    assert res.exit_code == 0 and "--with-dependents" in res.stdout and "phase:N" in res.stdout


def test_plan_never_recommends_a_point_behind_an_undo(db_url: str, tmp_path: Path) -> None:
    _applied(db_url, tmp_path)
    assert _undo(db_url, "008_purge_tag")[0] == 0
    code, plan = invoke_json("plan", "009_notes", "--db", db_url)
    assert code == 0, plan
    assert plan["recommended_target"] == "007_drop_legacy" and "behind an undo" in plan["recommendation"]
    code, data = invoke_json("to", "007_drop_legacy", "--db", db_url, "--yes")  # what it recommends works
    assert code == 0, data


def test_without_yes_asks_first_from_the_dependency_map(db_url: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """At a terminal, `rollback undo` without --yes lists what it would undo (read from the dependency
    map, not from a dry run of the undo) and runs the undo once, only after a yes."""
    from rollback_commander.cli import ops_cmds

    _applied(db_url, tmp_path)
    monkeypatch.setattr(ops_cmds, "_can_ask", lambda: True)
    calls: list[dict[str, Any]] = []
    real_undo = api.undo

    def counted_undo(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real_undo(*args, **kwargs)

    monkeypatch.setattr(api, "undo", counted_undo)
    before, journal = api.fingerprint(db_url), _journal(db_url)
    res = invoke("undo", "phase:2", "--db", db_url, input="n\n")
    assert res.exit_code == 1 and "Undo 005_top_orgs, 004_org_score on" in res.stdout, res.output
    assert calls == [] and api.fingerprint(db_url) == before and _journal(db_url) == journal
    res = invoke("undo", "004_org_score", "--db", db_url, input="y\n")  # refused before asking, as the undo refuses
    assert res.exit_code == 1 and "005_top_orgs" in res.stderr and "--with-dependents" in res.stderr
    assert "Undo " not in res.stdout and calls == [] and _journal(db_url) == journal
    res = invoke("undo", "phase:2", "--db", db_url, input="y\n")
    assert res.exit_code == 0 and "Undid phase:2" in res.stdout, res.output
    assert [c["dry_run"] for c in calls] == [False]
    points = {p["migration"]: p for p in api.points(db_url)}
    assert not points["004_org_score"]["active"] and not points["005_top_orgs"]["active"]
    assert points["undo:phase:2"]["active"] and api.fingerprint(db_url) != before


KEEP = {  # 002 changes every row; someone changes one of them afterwards
    "001_orgs.sql": "CREATE TABLE orgs (id INTEGER PRIMARY KEY, tier TEXT NOT NULL);\n"
    "INSERT INTO orgs VALUES (1, 'free'), (2, 'free'), (3, 'free');\n",
    "002_upgrade.sql": "UPDATE orgs SET tier = 'pro';\n",
    "003_notes.sql": "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n",
}


def test_keep_current_keeps_rows_changed_since_and_restores_the_others(db_url: str, tmp_path: Path) -> None:
    _applied(db_url, tmp_path, KEEP)
    run_sql(db_url, "UPDATE orgs SET tier = 'enterprise' WHERE id = 2")
    before, journal = api.fingerprint(db_url), _journal(db_url)
    code, data = _undo(db_url, "002_upgrade")  # the default: a conflict, nothing changed
    assert code == 1 and data["error"] == "conflict" and "orgs" in data["message"], data
    assert api.fingerprint(db_url) == before and _journal(db_url) == journal
    code, data = _undo(db_url, "002_upgrade", "--on-conflict", "keep-current")
    assert code == 0 and data["undo"] == ["002_upgrade"] and data["verified"] is True, data
    (step,) = data["steps"]
    assert [c["table"].rsplit(".", 1)[-1] for c in step["conflicts"]] == ["orgs"], step
    assert not any(t.rsplit(".", 1)[-1] == "orgs" for t in step["data_checked"])  # kept rows: not the old checksum
    assert query(db_url, "SELECT id, tier FROM orgs ORDER BY id") == [(1, "free"), (2, "enterprise"), (3, "free")]
    points = {p["migration"]: p for p in api.points(db_url)}
    assert points["002_upgrade"]["active"] is False and points["003_notes"]["active"] is True


def test_sqlite_user_version_goes_back_with_rollbacks_and_ties_undo_to_later_bumps(sqlite_url: str, tmp_path: Path) -> None:
    # mozilla places / Room style: every migration bumps PRAGMA user_version, which the app reads at
    # start to choose its upgrades. A rollback left it at the newest value (not part of the schema).
    run_sql(sqlite_url, "PRAGMA user_version = 4; CREATE TABLE pages (id INTEGER PRIMARY KEY, url TEXT);")
    folder = write_migrations(tmp_path / "m", {
        "001_tags.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY, tag TEXT);\nPRAGMA user_version = 5;\n",
        "002_meta.sql": "CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;\nPRAGMA user_version = 6;\n",
        "003_visits.sql": "CREATE TABLE visits (id INTEGER PRIMARY KEY, page_id INTEGER);\nPRAGMA user_version = 7;\n",
    })
    version = "PRAGMA user_version"
    api.apply(sqlite_url, str(folder))
    # the version is a sequence: a later bump depends on the one before (undo it with its dependents)
    with pytest.raises(Refused, match="003_visits"):
        api.undo(sqlite_url, "002_meta")
    api.rollback_to(sqlite_url, "001_tags")
    assert query(sqlite_url, version) == [(5,)]
    api.rollback_to(sqlite_url, "base")
    assert query(sqlite_url, version) == [(4,)]


def test_undo_that_would_orphan_rows_written_since_is_refused(db_url: str, tmp_path: Path) -> None:
    """Undoing a migration that added a parent row the application has since written a child under:
    SQLite (foreign keys off while restoring) left the child orphaned; both dialects now refuse,
    naming the rows, and change nothing."""
    run_sql(db_url, "CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT);"
                    "CREATE TABLE contacts (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs (id));"
                    "INSERT INTO orgs VALUES (1, 'Acme'); INSERT INTO contacts VALUES (1, 1);")
    folder = write_migrations(tmp_path / "m", {"001_initech.sql": "INSERT INTO orgs (id, name) VALUES (3, 'Initech');\n",
                                               "002_note.sql": "ALTER TABLE orgs ADD COLUMN note TEXT;\n"})
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder))
    assert code == 0, data
    run_sql(db_url, "INSERT INTO contacts VALUES (2, 3)")
    before = api.fingerprint(db_url)
    code, data = invoke_json("undo", "001_initech", "--db", db_url, "--yes")
    assert code == 1, data
    assert "refer to rows this rollback takes away" in data["hint"]
    assert api.fingerprint(db_url) == before

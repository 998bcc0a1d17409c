"""`rollback rehearse`: up, verify, down, re-apply on a disposable copy, timed against an RTO; the
target never changes and the copy is always dropped. Real databases, through the CLI."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from pathlib import Path

import pytest

from rollback_commander import api
from rollback_commander.cli.main import cli
from rollback_commander.cli.prove_cmds import register
from rollback_commander.errors import UsageError
from rollback_commander.rehearse import parse_rto, rehearse
from rollback_commander.rehearse.copy import copy_name, copy_source
from rollback_commander.rehearse.result import project

from .conftest import POSTGRES_URL
from .helpers import invoke, invoke_json, query, write_migrations
from .test_verify import history

register(cli)


def leftover_copies(url: str) -> list[str]:
    """Rehearsal copies of the database at `url` still on the server (other test runs may have theirs)."""
    source = copy_source(copy_name(url.rsplit("/", 1)[-1]))  # as the copy's name keeps it
    names = [r[0] for r in query(POSTGRES_URL, "SELECT datname FROM pg_database WHERE datname LIKE 'rc_rehearse_%'")]
    return [n for n in names if copy_source(n) == source]


def state(url: str) -> tuple[dict[str, object], list[tuple[str, bool]]]:
    points = [(p["migration"], p["active"]) for p in api.points(url)]
    return api.fingerprint(url), points


@pytest.fixture
def target(db_url: str, tmp_path: Path) -> tuple[str, Path]:
    """A target at 001_orgs with 002 and 003 pending in the folder."""
    folder = write_migrations(tmp_path / "m", history(db_url))
    api.apply(db_url, str(folder), to="001_orgs")
    return db_url, folder


def test_rehearsal_within_rto_with_html_report(target: tuple[str, Path], tmp_path: Path) -> None:
    url, folder = target
    before = state(url)
    report = tmp_path / "out" / "rehearsal.html"
    code, data = invoke_json("rehearse", "--db", url, "--dir", str(folder), "--rto", "15m", "--report", str(report))
    assert code == 0, data
    assert data["rto_seconds"] == 900 and data["within_rto"] is True and data["restored"] is True
    assert data["findings"] == [] and data["ok"] is True
    assert [(s["migration"], s["step"]) for s in data["steps"]] == [
        (m, step) for m in ("002_contacts", "003_cleanup") for step in ("up", "down", "reapply")
    ]
    assert all(s["ok"] and s["seconds"] > 0 and s["verify_seconds"] is not None for s in data["steps"])
    assert data["copy_method"] == ("template" if url.startswith("postgresql") else "sqlite-backup")
    assert data["copy"]["dropped"] is True
    assert data["projection"]["ratio"] == 1.0 and data["projection"]["method"]
    assert state(url) == before  # schema, data and points of the target unchanged
    assert [e["kind"] for e in api.log(url)][-1] == "rehearse"
    html = report.read_text(encoding="utf-8")
    assert '<svg class="timeline"' in html and html.count('<rect class="bar') == 13  # copy + 6 steps + 6 verifies
    assert "003_cleanup down" in html and "PASSED" in html
    if url.startswith("postgresql"):
        assert leftover_copies(url) == []


def test_rehearsal_over_rto_with_markdown_report(target: tuple[str, Path], tmp_path: Path) -> None:
    url, folder = target
    report = tmp_path / "rehearsal.md"
    code, data = invoke_json("rehearse", "--db", url, "--dir", str(folder), "--to", "002_contacts",
                             "--rto", "0.001s", "--report", str(report))
    assert code == 1
    assert data["within_rto"] is False and data["restored"] is True and data["rto_seconds"] == 0.001
    assert [s["step"] for s in data["steps"]] == ["up", "down", "reapply"]
    assert [f["code"] for f in data["findings"]] == ["RC403"]
    text = report.read_text(encoding="utf-8")
    assert "```mermaid" in text and "gantt" in text and "dateFormat x" in text and "section 002_contacts" in text
    assert "| 002_contacts | down |" in text and "NOT within" in text


def test_human_output(target: tuple[str, Path]) -> None:
    url, folder = target
    res = invoke("rehearse", "--db", url, "--dir", str(folder), "--to", "002_contacts", "--rto", "1h30m")
    assert res.exit_code == 0, res.output
    assert "Rehearsal" in res.stdout and "reapply" in res.stdout and "within" in res.stdout
    assert "rehearsal passed" in res.stdout


def test_nothing_pending_still_names_the_report(sqlite_url: str, tmp_path: Path) -> None:
    """With nothing pending the report was written but the human output did not say where."""
    folder = write_migrations(tmp_path / "m", history(sqlite_url))
    api.apply(sqlite_url, str(folder))
    res = invoke("rehearse", "--db", sqlite_url, "--dir", str(folder), "--report", str(tmp_path / "r.md"))
    assert res.exit_code == 0 and "Nothing to rehearse" in res.stdout
    assert f"Report: {tmp_path / 'r.md'}" in res.stdout and (tmp_path / "r.md").exists(), res.stdout


def test_failing_migration_reports_where_and_leaves_target(target: tuple[str, Path]) -> None:
    url, folder = target
    (folder / "004_bad.sql").write_text("-- a typo on line 3\nUPDATE orgs SET name = name;\nSELECT * FROM no_such_table;\n")
    before = state(url)
    code, data = invoke_json("rehearse", "--db", url, "--dir", str(folder))
    assert code == 1
    failed = data["failed"]
    assert failed["migration"] == "004_bad" and failed["step"] == "up"
    assert failed["file"].endswith("004_bad.sql") and failed["line"] == 3 and "no_such_table" in failed["message"]
    assert [f["code"] for f in data["findings"]] == ["RC401"]
    assert data["within_rto"] is False and data["restored"] is False
    assert [s["step"] for s in data["steps"]][-1] == "up" and data["steps"][-1]["ok"] is False
    assert state(url) == before
    if url.startswith("sqlite"):
        res = invoke("rehearse", "--db", url, "--dir", str(folder))
        assert res.exit_code == 1 and "004_bad.sql:3" in res.stderr and "target was not touched" in res.stderr


@pytest.mark.parametrize("bad", ["15x", "fast", "0", "-5m", "1h30"])
def test_bad_rto_exits_2_listing_forms(sqlite_url: str, tmp_path: Path, bad: str) -> None:
    code, data = invoke_json("rehearse", "--db", sqlite_url, "--dir", str(tmp_path), "--rto", bad)
    assert code == 2 and data["error"] == "usage"
    assert "15m" in data["hint"] and "900s" in data["hint"] and "1h30m" in data["hint"]


def test_rto_forms_and_projection() -> None:
    assert [parse_rto(s) for s in ("15m", "900s", "1h30m", "90", "0.001s", "250ms")] == [900, 900, 5400, 90, 0.001, 0.25]
    with pytest.raises(UsageError):
        parse_rto("")
    p = project(2.0, target_bytes=10_000, copy_bytes=1_000)
    assert p.ratio == 10 and p.projected_seconds == 20 and "linear" in p.method
    assert project(2.0, 1_000, 1_000).projected_seconds == 2.0


def test_bad_report_extension(sqlite_url: str, tmp_path: Path) -> None:
    code, data = invoke_json("rehearse", "--db", sqlite_url, "--dir", str(tmp_path), "--report", "r.pdf")
    assert code == 2 and ".md or .html" in data["hint"]


def test_mysql_target_is_refused_plainly(mysql_url: str, tmp_path: Path) -> None:
    """No disposable copy of a MySQL database exists: a rehearsal there used to end in
    "internal error: ProgrammingError ... PRAGMA page_count" (reading the target's size the SQLite
    way); now it is refused (exit 2) before anything is read, saying why."""
    folder = write_migrations(tmp_path / "m", {"001_t.sql": "CREATE TABLE t (id INT PRIMARY KEY);\n"})
    code, data = invoke_json("rehearse", "--db", mysql_url, "--dir", str(folder))
    assert code == 2 and data["error"] == "usage", data
    assert "rehearsals on mysql are not supported" in data["message"] and "internal" not in data["message"]
    res = invoke("rehearse", "--db", mysql_url, "--dir", str(folder))
    assert res.exit_code == 2 and "not supported" in res.stderr and "please report this bug" not in res.stderr
    assert query(mysql_url, "SHOW TABLES") == []


def test_sqlite_target_without_journal_is_not_written(sqlite_url: str, tmp_path: Path) -> None:
    folder = write_migrations(tmp_path / "m", history(sqlite_url))
    path = Path(sqlite_url.split("///", 1)[1])
    sqlite3.connect(path).close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    result = rehearse(sqlite_url, str(folder), rto="15m")
    assert result.ok and result.recorded is False and len(result.steps) == 9
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not Path(result.copy.name).exists()


def test_interrupted_rehearsal_drops_the_copy(target: tuple[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    url, folder = target

    def interrupt(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C in the middle of the first down step

    monkeypatch.setattr(api, "rollback_to", interrupt)
    temp = Path(tempfile.gettempdir())
    copies_before = set(temp.glob("rollback-rehearse-*"))
    before = state(url)
    res = invoke("rehearse", "--db", url, "--dir", str(folder))
    assert res.exit_code == 130 and "interrupted" in res.stderr
    assert set(temp.glob("rollback-rehearse-*")) == copies_before
    if url.startswith("postgresql"):
        assert leftover_copies(url) == []
    assert state(url) == before


@pytest.mark.postgres
def test_template_blocked_by_another_session_falls_back_to_dump_restore(pg_url: str, tmp_path: Path) -> None:
    import psycopg

    folder = write_migrations(tmp_path / "m", history(pg_url))
    api.apply(pg_url, str(folder), to="001_orgs")
    before = state(pg_url)
    with psycopg.connect(pg_url, autocommit=True, application_name="someone-else"):
        res = invoke("rehearse", "--db", pg_url, "--dir", str(folder), "--to", "002_contacts")
        assert res.exit_code == 0, res.output
        assert "pg_dump | pg_restore" in res.stdout and "someone-else" in res.stdout
        assert "other session" in res.stderr
        code, data = invoke_json("rehearse", "--db", pg_url, "--dir", str(folder), "--to", "002_contacts")
    assert code == 0, data
    assert data["copy_method"] == "dump-restore" and "TEMPLATE" in data["copy"]["fallback_reason"]
    assert data["restored"] is True and data["findings"] == []
    assert leftover_copies(pg_url) == []
    assert state(pg_url) == before

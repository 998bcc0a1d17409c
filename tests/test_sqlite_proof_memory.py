"""SQLite in WAL mode: proving the reverse of a migration that rewrote a table holds none of that
table's pages in memory (engine/apply.py: proof by trial; dialects/sqlite_trial.py). Rolled back to
a savepoint, WAL mode put back every page the reverse wrote as a dirty page of the page cache: the
apply's peak memory grew with the table (49.5 MB at 200,000 rows, 153 MB at 1,000,000)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rollback_commander.dialects.sqlite_trial import unrepeatable_statement

from .helpers import query, write_migrations

FILL = """
PRAGMA journal_mode = WAL;
CREATE TABLE notes (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, body TEXT NOT NULL, extra TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
INSERT INTO notes SELECT i, 'owner ' || (i % 97), printf('%.400c', char(97 + i % 26)) || i, 'x' || i FROM n;
CREATE INDEX notes_owner_idx ON notes (owner);
"""

# The CLI in a process of its own, reporting its peak RSS (kB) on its last line of stderr.
PEAK = """
import resource, sys
from rollback_commander.cli.entry import run
sys.argv = ["rollback", *sys.argv[1:]]
code = 0
try:
    run()
except SystemExit as exc:
    code = exc.code or 0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB (bytes on macOS)
peak = peak // 1024 if sys.platform == "darwin" else peak
sys.stderr.write(f"\\n{peak}\\n")
sys.exit(code)
"""


def _database(path: Path, rows: int) -> str:
    raw = sqlite3.connect(path)
    raw.executescript(FILL.format(rows=rows))  # the rows are made inside SQLite
    raw.close()
    return f"sqlite:///{path}"


def _apply_peak_kb(url: str, folder: Path) -> int:
    done = subprocess.run([sys.executable, "-c", PEAK, "apply", "--db", url, "--dir", str(folder), "--json"],
                          capture_output=True, text=True, env=dict(os.environ), timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["applied"]
    return int(done.stderr.strip().splitlines()[-1])


def test_drop_column_apply_peak_memory_is_flat_in_table_size(tmp_path: Path) -> None:
    folder = write_migrations(tmp_path / "m", {"001_drop_extra.sql": "ALTER TABLE notes DROP COLUMN extra;"})
    small = _database(tmp_path / "small.db", 10_000)   # about 5 MB of table and index
    large = _database(tmp_path / "large.db", 60_000)   # about 30 MB
    peaks = [_apply_peak_kb(url, folder) for url in (small, large)]
    assert query(large, "PRAGMA journal_mode") == [("wal",)]
    assert [c[1] for c in query(large, "PRAGMA table_info(notes)")] == ["id", "owner", "body"]
    # in a savepoint the larger apply held about 25 MB more; Python's own allocations vary by far less
    assert peaks[1] - peaks[0] < 8 * 1024, f"peak RSS {peaks[0]} kB at 10,000 rows, {peaks[1]} kB at 60,000"


@pytest.mark.parametrize(("sql", "unrepeatable"), [
    ("ALTER TABLE notes DROP COLUMN extra", False),
    ("PRAGMA foreign_keys = OFF", False),
    ("-- keep\nPRAGMA legacy_alter_table=ON", False),
    ("UPDATE notes SET body = upper(body)", False),
    ("UPDATE notes SET owner = random()", True),
    ("INSERT INTO notes (owner, body) VALUES ('a', datetime('now'))", True),
    ("INSERT INTO notes (owner, body) SELECT owner, strftime('%s', body) FROM notes", True),
    ("UPDATE notes SET body = CURRENT_TIMESTAMP", True),
    ("INSERT INTO notes (owner, body) VALUES (last_insert_rowid(), '')", True),
    ("PRAGMA case_sensitive_like = ON", True),
    ("/* c */ PRAGMA recursive_triggers(1)", True),
])
def test_unrepeatable_statements(sql: str, unrepeatable: bool) -> None:
    assert unrepeatable_statement(sql) is unrepeatable


def test_schema_that_reads_the_clock_is_not_repeated(tmp_path: Path) -> None:
    """A default, trigger or view of the database that may read the clock or random numbers makes
    the migration unrepeatable, whatever its own statements; the tool's journal tables (a default of
    now) do not."""
    from rollback_commander.dialects.sqlite_trial import repeatable
    from rollback_commander.engine.session import open_target
    from rollback_commander.urls import parse_url

    url = _database(tmp_path / "t.db", 10)
    folder = write_migrations(tmp_path / "m", {"001_drop_extra.sql": "ALTER TABLE notes DROP COLUMN extra;"})
    assert _apply_peak_kb(url, folder)  # the journal's tables now exist
    with open_target(parse_url(url)) as target:
        assert repeatable(target.conn, ["UPDATE notes SET owner = 'x'"])
        target.conn.execute("CREATE TRIGGER notes_stamp AFTER UPDATE ON notes BEGIN "
                            "UPDATE notes SET body = body || random() WHERE id = new.id; END")
        assert not repeatable(target.conn, ["UPDATE notes SET owner = 'x'"])
        target.conn.execute("DROP TRIGGER notes_stamp")
        target.conn.execute("CREATE TABLE stamps (id INTEGER PRIMARY KEY, at TEXT DEFAULT CURRENT_TIMESTAMP)")
        assert not repeatable(target.conn, ["UPDATE notes SET owner = 'x'"])


@pytest.mark.parametrize("second", [
    "ALTER TABLE notes DROP COLUMN body;",  # repeatable: proven by trial
    "UPDATE notes SET owner = owner || strftime('%Y', 'now');\nALTER TABLE notes DROP COLUMN body;",  # in a savepoint
])
def test_wal_round_trip_either_proof(tmp_path: Path, second: str) -> None:
    url = _database(tmp_path / "t.db", 500)
    before = (query(url, "SELECT * FROM notes ORDER BY id"), query(url, "SELECT sql FROM sqlite_master ORDER BY name"))
    folder = write_migrations(tmp_path / "m", {"001_drop_extra.sql": "ALTER TABLE notes DROP COLUMN extra;",
                                               "002_second.sql": second})
    _apply_peak_kb(url, folder)
    assert [c[1] for c in query(url, "PRAGMA table_info(notes)")] == ["id", "owner"]
    done = subprocess.run([sys.executable, "-m", "rollback_commander.cli.main", "to", "base", "--db", url, "--yes"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    after = (query(url, "SELECT * FROM notes ORDER BY id"),
             query(url, "SELECT sql FROM sqlite_master WHERE name NOT LIKE '\\_rollback%' ESCAPE '\\' ORDER BY name"))
    assert after == before

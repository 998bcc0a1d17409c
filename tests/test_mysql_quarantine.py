"""MySQL/MariaDB quarantine: DROP TABLE and DROP COLUMN set aside in O(1), the visible schema exactly
as the real statements leave it, put back by a rollback, dropped for good by prune, and a crash at
any step boundary (applying or rolling back) recovered without loss."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rollback_commander import api
from rollback_commander.engine.steps import FAULT_ENV

from .conftest import fresh_mysql_database
from .helpers import invoke_json, query, run_sql, write_migrations

pytestmark = pytest.mark.mysql

SETUP = """
CREATE TABLE emp (id INT PRIMARY KEY, first_name VARCHAR(40) NOT NULL, last_name VARCHAR(40) NOT NULL,
  ssn CHAR(11), salary INT CHECK (salary > 0), bonus INT, grade ENUM('b', 'a') NOT NULL,
  CONSTRAINT bonus_positive CHECK (bonus > 0), CONSTRAINT ssn_not_empty CHECK (ssn <> ''),
  KEY emp_salary (salary), KEY emp_names (last_name, first_name), UNIQUE KEY emp_ssn (ssn));
INSERT INTO emp VALUES (1, 'Ada', 'Lovelace', '000-00-0001', 10, 1, 'a'), (2, 'Alan', 'Turing', NULL, 20, 2, 'b');
CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY, emp_id INT, body TEXT, FOREIGN KEY (emp_id) REFERENCES emp (id));
CREATE TABLE tags (id INT PRIMARY KEY, note_id INT, CONSTRAINT tags_note FOREIGN KEY (note_id) REFERENCES notes (id));
CREATE TRIGGER notes_upper BEFORE INSERT ON notes FOR EACH ROW SET NEW.body = UPPER(NEW.body);
INSERT INTO notes (emp_id, body) VALUES (1, 'first'), (2, 'second');
INSERT INTO tags VALUES (1, 1), (2, 2);
"""
MIGRATION = (
    "ALTER TABLE emp DROP COLUMN ssn, DROP COLUMN last_name;\n"
    "ALTER TABLE emp DROP salary, DROP COLUMN grade;\n"
    "DROP TABLE tags;\n"
    "DROP TABLE notes;\n"
)

WITH_UPDATE = MIGRATION.replace(";\n", ";\nUPDATE emp SET bonus = bonus + 1;\n", 1)
"""A copy of the table taken after a quarantine of some of its columns (they are hidden then)."""


@pytest.fixture
def other_mysql_url(_mysql_admin: Any) -> Iterator[str]:
    """A second fresh database, for running the same statements for real."""
    with fresh_mysql_database(_mysql_admin) as url:
        yield url


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rollback_commander.cli.main", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)


def _internal(url: str) -> list[tuple[Any, ...]]:
    """Tables and columns the tool set aside."""
    return query(url, "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                      "AND (TABLE_NAME LIKE '\\_rollback\\_q%' OR COLUMN_NAME LIKE '\\_rollback\\_q%') ORDER BY 1, 2")


def test_visible_schema_is_what_the_real_statements_leave(mysql_url: str, other_mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": MIGRATION})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    kinds = [(c["table"], c["kind"]) for c in data["migrations"][0]["captures"]]
    assert kinds == [("emp", "quarantine-columns"), ("emp", "quarantine-columns"), ("tags", "quarantine-table"),
                     ("notes", "quarantine-table")]
    run_sql(other_mysql_url, SETUP)
    run_sql(other_mysql_url, MIGRATION)
    assert api.fingerprint(mysql_url)["fingerprint"] == api.fingerprint(other_mysql_url)["fingerprint"]
    # the hidden columns are out of sight: SELECT * and INSERT without a column list
    run_sql(mysql_url, "INSERT INTO emp VALUES (3, 'Grace', 3)")
    assert query(mysql_url, "SELECT * FROM emp ORDER BY id") == [(1, "Ada", 1), (2, "Alan", 2), (3, "Grace", 3)]
    # the quarantined tables have no foreign keys or triggers left (DROP TABLE removes them)
    assert query(mysql_url, "SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS "
                            "WHERE CONSTRAINT_SCHEMA = DATABASE()") == [(0,)]
    assert query(mysql_url, "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()") == [(0,)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url)["fingerprint"] == before["fingerprint"]
    assert query(mysql_url, "SELECT id, first_name, last_name, ssn, salary, bonus, grade FROM emp ORDER BY id") == [
        (1, "Ada", "Lovelace", "000-00-0001", 10, 1, "a"),
        (2, "Alan", "Turing", None, 20, 2, "b"),
        (3, "Grace", "", None, None, 3, "b"),  # written after the point: the zero DEFAULT of the hidden columns
    ]
    assert query(mysql_url, "SELECT id, emp_id, body FROM notes ORDER BY id") == [(1, 1, "FIRST"), (2, 2, "SECOND")]
    assert _internal(mysql_url) == []


def test_refused_drop_column_runs_as_written(mysql_url: str, tmp_path: Path) -> None:
    """MariaDB refuses to drop a column of a multi-column UNIQUE key, or one a CHECK of other
    columns uses: the probe sees it, the real statement runs and fails, nothing is left half-done."""
    run_sql(mysql_url, "CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, UNIQUE KEY ab (a, b));"
                       "INSERT INTO t VALUES (1, 1, 1)")
    folder = write_migrations(tmp_path / "m", {"001_bad.sql": "ALTER TABLE t DROP COLUMN id;\nALTER TABLE t DROP COLUMN b;\n"})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 1 and "001_bad.sql:2" in data["message"], data
    assert api.fingerprint(mysql_url) == before
    assert _internal(mysql_url) == []


def test_parent_of_a_remaining_child_is_not_renamed(mysql_url: str, tmp_path: Path) -> None:
    """With FOREIGN_KEY_CHECKS = 0 a real DROP TABLE leaves the child's key dangling; a rename would
    carry it along, so that table is copied and dropped for real."""
    run_sql(mysql_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001.sql": "SET FOREIGN_KEY_CHECKS = 0;\nDROP TABLE notes;\nSET FOREIGN_KEY_CHECKS = 1;\n"})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert [(c["table"], c["kind"]) for c in data["migrations"][0]["captures"]] == [("notes", "copy")]
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before


def test_points_show_kind_and_size_and_prune_drops_for_good(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": MIGRATION})
    api.apply(mysql_url, str(folder))
    code, data = invoke_json("points", "--db", mysql_url)
    assert code == 0
    point = data["points"][-1]
    assert point["captures"] == 4 and point["capture_rows"] == 2 * 2 + 2 * 2 and point["capture_bytes"] > 0
    code, data = invoke_json("to", "base", "--db", mysql_url, "--dry-run")
    assert code == 0, data
    caps = data["steps"][0]["captures"]
    assert point["capture_bytes"] == sum(int(c["bytes"] or 0) for c in caps)
    assert [(c["table"], c["kind"], c["rows"], c["bytes"] and c["bytes"] > 0) for c in caps] == [
        ("emp", "quarantine-columns", 2, None), ("emp", "quarantine-columns", 2, None),
        ("tags", "quarantine-table", 2, True), ("notes", "quarantine-table", 2, True)]
    assert caps[0]["hidden"] == {"ssn": "_rollback_q2_ssn", "last_name": "_rollback_q2_last_name"}
    assert len(_internal(mysql_url)) == 9  # two tables (2 + 3 columns), four hidden columns
    code, data = invoke_json("prune", "--db", mysql_url, "--keep", "0")
    assert code == 0, data
    assert _internal(mysql_url) == []
    assert [p["reversible"] for p in api.points(mysql_url)] == [True, False]


def test_killed_at_every_boundary_of_a_quarantine(mysql_url: str, tmp_path: Path) -> None:
    """Apply, then roll back, each killed (as by kill -9) at every step boundary in turn: the next
    command finishes or reverts it, and the schema and every table's data are as they were."""
    run_sql(mysql_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": WITH_UPDATE})
    before = api.fingerprint(mysql_url)
    for crash_after in range(1, 50):
        res = _cli("apply", "--db", mysql_url, "--dir", str(folder), env={FAULT_ENV: str(crash_after)})
        if res.returncode == 0:
            break
        assert res.returncode == 137, res.stderr
        api.apply(mysql_url, str(folder))  # reverts the half-applied migration, then applies it whole
        api.rollback_to(mysql_url, "base")
        assert api.fingerprint(mysql_url) == before, f"apply killed after {crash_after} steps"
        assert _internal(mysql_url) == []
    assert crash_after >= 8  # statements, the quarantines' recorded-before-moved boundaries, sub-steps
    for crash_after in range(1, 50):
        res = _cli("to", "base", "--db", mysql_url, "--yes", env={FAULT_ENV: str(crash_after)})
        if res.returncode == 0:
            break
        assert res.returncode == 137, res.stderr
        api.rollback_to(mysql_url, "base")  # run it again: it finishes
        assert api.fingerprint(mysql_url) == before, f"rollback killed after {crash_after} steps"
        api.apply(mysql_url, str(folder))
    assert crash_after > 5
    assert api.fingerprint(mysql_url) == before


def test_auto_increment_counters_go_back(mysql_url: str, tmp_path: Path) -> None:
    """After a rollback each table's AUTO_INCREMENT is where it was (InnoDB keeps it above the largest id)."""
    run_sql(mysql_url, SETUP + "ALTER TABLE notes AUTO_INCREMENT = 500; CREATE TABLE log (id INT AUTO_INCREMENT PRIMARY KEY, v INT);"
                               "INSERT INTO log (v) VALUES (1), (2), (3); DELETE FROM log WHERE id = 3;")
    counters = ("SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                "AND AUTO_INCREMENT IS NOT NULL AND TABLE_NAME NOT LIKE '\\_rollback%' ORDER BY 1")
    before = query(mysql_url, counters)
    assert dict(before) == {"log": 4, "notes": 500}
    folder = write_migrations(tmp_path / "m", {"001.sql": "INSERT INTO log (v) VALUES (4), (5);\nDELETE FROM log WHERE v = 4;\n"
                                                         "INSERT INTO notes (emp_id, body) VALUES (1, 'x');\n"
                                                         "DROP TABLE tags;\nDROP TABLE notes;\n"})
    api.apply(mysql_url, str(folder))
    assert dict(query(mysql_url, counters)) == {"log": 6}
    api.rollback_to(mysql_url, "base")
    assert query(mysql_url, counters) == before

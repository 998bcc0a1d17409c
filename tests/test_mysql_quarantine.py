"""MySQL/MariaDB quarantine: DROP TABLE and DROP COLUMN set aside in O(1), the visible schema exactly
as the real statements leave it, put back by a rollback, dropped for good by prune, and a crash at
any step boundary (applying or rolling back) recovered without loss."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rollback_commander import api

from .conftest import fresh_mysql_database
from .helpers import SHARDS, crash_at_each_boundary, invoke, invoke_json, query, run_sql, write_migrations

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


def _internal(url: str) -> list[tuple[Any, ...]]:
    """Tables and columns the tool set aside (capture tables, which may hold a copy of a hidden
    column, left out)."""
    return query(url, "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                      "AND (TABLE_NAME LIKE '\\_rollback\\_q%' OR COLUMN_NAME LIKE '\\_rollback\\_q%') "
                      "AND TABLE_NAME NOT LIKE '\\_rollback\\_cap\\_%' ORDER BY 1, 2")


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
    # Grace has no value for last_name or grade (NOT NULL, no default): refused until she gets
    # them and her mark is cleared, as the hint says
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 1 and data["error"] == "refused" and data["details"] == {"table": "emp", "column": "last_name", "rows": 1}
    assert "`_rollback_q2_` = 0 WHERE `_rollback_q2_` = 1" in data["hint"], data
    run_sql(mysql_url, "UPDATE emp SET _rollback_q2_last_name = 'Hopper', _rollback_q2_grade = 'a', _rollback_q2_ = 0 "
                       "WHERE _rollback_q2_ = 1")
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True and data["filled"] == [], data
    assert api.fingerprint(mysql_url)["fingerprint"] == before["fingerprint"]
    assert query(mysql_url, "SELECT id, first_name, last_name, ssn, salary, bonus, grade FROM emp ORDER BY id") == [
        (1, "Ada", "Lovelace", "000-00-0001", 10, 1, "a"),
        (2, "Alan", "Turing", None, 20, 2, "b"),
        (3, "Grace", "Hopper", None, None, 3, "a"),
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
    assert len(_internal(mysql_url)) == 10  # two tables (2 + 3 columns), four hidden columns, emp's marker
    assert ("emp", "_rollback_q2_") in _internal(mysql_url)
    code, data = invoke_json("prune", "--db", mysql_url, "--keep", "0")
    assert code == 0, data
    assert _internal(mysql_url) == []
    assert [p["reversible"] for p in api.points(mysql_url)] == [True, False]


@pytest.mark.parametrize("shard", range(SHARDS))
def test_killed_at_every_boundary_of_a_quarantine(mysql_url: str, tmp_path: Path, shard: int) -> None:
    """Apply, then roll back, each killed (as by kill -9) at every step boundary in turn: the next
    command finishes or reverts it, and the schema and every table's data are as they were."""
    run_sql(mysql_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": WITH_UPDATE})
    before = api.fingerprint(mysql_url)

    def after_apply_killed(crash_after: int) -> None:
        api.apply(mysql_url, str(folder))  # reverts the half-applied migration, then applies it whole
        api.rollback_to(mysql_url, "base")
        assert api.fingerprint(mysql_url) == before, f"apply killed after {crash_after} steps"
        assert _internal(mysql_url) == []

    def after_rollback_killed(crash_after: int) -> None:
        api.rollback_to(mysql_url, "base")  # run it again: it finishes
        assert api.fingerprint(mysql_url) == before, f"rollback killed after {crash_after} steps"
        api.apply(mysql_url, str(folder))

    finished = crash_at_each_boundary(["apply", "--db", mysql_url, "--dir", str(folder)], after_apply_killed, shard=shard, shards=SHARDS)
    assert finished >= 8  # statements, the quarantines' recorded-before-moved boundaries, sub-steps
    finished = crash_at_each_boundary(["to", "base", "--db", mysql_url, "--yes"], after_rollback_killed, shard=shard, shards=SHARDS)
    assert finished > 5
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


# -- rows inserted after a DROP COLUMN: the marker ---------------------------------------------------
ACCT = """
CREATE TABLE acct (id INT PRIMARY KEY, code VARCHAR(10) NOT NULL, note VARCHAR(20), KEY acct_code (code));
INSERT INTO acct VALUES (1, 'A1', 'one'), (2, 'B2', NULL);
"""
PERSON = """
CREATE TABLE person (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL, nick VARCHAR(20),
  country CHAR(2) NOT NULL DEFAULT 'NZ', score INT DEFAULT 7);
INSERT INTO person VALUES (1, 'Ada', 'ada', 'GB', 1), (2, 'Alan', NULL, 'GB', NULL);
"""
PERSON_DROP = "ALTER TABLE person DROP COLUMN nick, DROP COLUMN country;\nALTER TABLE person DROP COLUMN score;\n"
PERSON_ROWS = "SELECT id, name, nick, country, score FROM person ORDER BY id"


def _journal(url: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The journal's points and events, whole."""
    return (query(url, "SELECT * FROM _rollback_points ORDER BY id"), query(url, "SELECT * FROM _rollback_events ORDER BY id"))


def _marker(url: str, table: str) -> list[tuple[Any, ...]]:
    """The marker columns of a table: name and default."""
    return query(url, "SELECT COLUMN_NAME, COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                      f"AND TABLE_NAME = '{table}' AND COLUMN_NAME REGEXP '^_rollback_q[0-9]+_$'")


def _again_with_a_user_row(url: str, folder: Path, before: Any) -> tuple[int, Any]:
    """With the migrations applied: roll back to base (nothing filled, the schema as `before`),
    apply them again, insert a row into acct as a user would since, and run `rollback to base`
    again: its exit code and JSON."""
    code, data = invoke_json("to", "base", "--db", url, "--yes")
    assert code == 0 and data["filled"] == [], data
    assert api.fingerprint(url) == before
    api.apply(url, str(folder))
    run_sql(url, "INSERT INTO acct (id, note) VALUES (11, 'eleven')")
    return invoke_json("to", "base", "--db", url, "--yes")


def test_not_null_column_refuses_rows_inserted_since(mysql_url: str, tmp_path: Path) -> None:
    """A restored NOT NULL column without a default cannot take rows inserted after its DROP
    COLUMN: the rollback refuses before anything runs, database and journal unchanged."""
    run_sql(mysql_url, ACCT)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE acct DROP COLUMN code;\n"})
    before = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(folder))
    run_sql(mysql_url, "INSERT INTO acct (id, note) VALUES (3, 'three'), (4, 'four')")
    state, journal = api.fingerprint(mysql_url), _journal(mysql_url)
    code, data = invoke_json("to", "base", "--db", mysql_url, "--dry-run")  # says so, changes nothing
    assert code == 1 and [(r["message"][:62], r["rows"]) for r in data["refusals"]] == [
        ("2 row(s) of acct written after 001_drop have no value for code", 2)], data
    assert api.fingerprint(mysql_url) == state and _journal(mysql_url) == journal
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 1 and data["error"] == "refused", data
    assert data["details"] == {"table": "acct", "column": "code", "rows": 2}
    assert data["message"].startswith("2 row(s) of acct written after 001_drop have no value for code")
    assert data["hint"].startswith("nothing was changed")
    assert api.fingerprint(mysql_url) == state and _journal(mysql_url) == journal
    run_sql(mysql_url, "DELETE FROM acct WHERE id > 2")
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True and data["filled"] == [], data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT id, code, note FROM acct ORDER BY id") == [(1, "A1", "one"), (2, "B2", None)]
    assert _internal(mysql_url) == []


def test_rows_inserted_since_get_null_or_the_default(mysql_url: str, tmp_path: Path) -> None:
    """Nullable and defaulted columns: rows inserted since come back with NULL / the column's own
    default and are reported as filled; the point's rows get their values back, updates kept."""
    run_sql(mysql_url, PERSON)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": PERSON_DROP})
    before = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(folder))
    assert len(_marker(mysql_url, "person")) == 1  # one per table and point, for both statements
    run_sql(mysql_url, "INSERT INTO person (id, name) VALUES (3, 'Grace'), (4, 'Edsger'); "
                       "UPDATE person SET name = 'Ada L.' WHERE id = 1")
    dry = api.rollback_to(mysql_url, "base", dry_run=True)
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert (dry.filled, dry.conflicts, dry.refusals) == (data["filled"], [], [])  # the dry run foretold it
    assert data["filled"] == [{
        "migration": "001_drop", "table": "person", "rows": 2,
        "columns": {"nick": "NULL", "country": "default", "score": "default"},
        "message": "2 row(s) of person written since 001_drop got NULL for nick, the default for country, "
                   "the default for score"}]
    assert api.fingerprint(mysql_url)["fingerprint"] == before["fingerprint"]
    assert query(mysql_url, PERSON_ROWS) == [
        (1, "Ada L.", "ada", "GB", 1), (2, "Alan", None, "GB", None), (3, "Grace", None, "NZ", 7), (4, "Edsger", None, "NZ", 7)]
    assert _internal(mysql_url) == []
    detail = query(mysql_url, "SELECT detail FROM _rollback_events WHERE kind = 'rollback'")
    assert '"rows": 2' in str(detail[-1][0])
    # verify compares the table with its checksum from before: the rows kept on purpose are no
    # finding (before, RC204 failed right after this rollback: "4 row(s) now, 2 then")
    code, report = invoke_json("verify", "--db", mysql_url)
    assert code == 0, report
    [rc204] = [c for c in report["checks"] if c["code"] == "RC204"]
    assert "person: 2 row(s) written since 001_drop were kept by the rollback" in rc204["reason"], rc204
    # applied again: the rows there now read 0, one inserted since is reported by `rollback to`
    api.apply(mysql_url, str(folder))
    run_sql(mysql_url, "INSERT INTO person (id, name) VALUES (5, 'Barbara')")
    res = invoke("to", "base", "--db", mysql_url, "--yes")
    assert res.exit_code == 0, res.output
    assert ("filled: 1 row(s) of person written since 001_drop got NULL for nick, the default for country, "
            "the default for score") in " ".join(res.output.split())
    assert query(mysql_url, PERSON_ROWS)[-1] == (5, "Barbara", None, "NZ", 7)


def test_no_rows_inserted_since_nothing_filled(mysql_url: str, tmp_path: Path) -> None:
    """The marker is added INSTANT with 0 for the rows there and 1 as the default for new ones;
    with no row inserted since nothing is filled and the round trip is exact."""
    run_sql(mysql_url, ACCT)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE acct DROP COLUMN code;\n"})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0 and data["migrations"][0]["warnings"] == [], data
    assert data["migrations"][0]["captures"][0]["marker"] == "_rollback_q2_"
    assert _marker(mysql_url, "acct") == [("_rollback_q2_", "1")]
    assert query(mysql_url, "SELECT id, _rollback_q2_ FROM acct ORDER BY id") == [(1, 0), (2, 0)]
    code, data = invoke_json("verify", "--db", mysql_url)
    assert code == 0, data
    reverse = invoke("sql", "base", "--db", mysql_url).output
    assert reverse.index("RENAME COLUMN `_rollback_q2_code` TO `code`") < reverse.index(
        "ALTER TABLE `acct` DROP COLUMN `_rollback_q2_`"), reverse
    run_sql(mysql_url, "UPDATE acct SET note = 'uno' WHERE id = 1")  # updated, not inserted
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True and data["filled"] == [], data
    assert query(mysql_url, "SELECT id, code, note FROM acct ORDER BY id") == [(1, "A1", "uno"), (2, "B2", None)]
    run_sql(mysql_url, "UPDATE acct SET note = 'one' WHERE id = 1")
    assert api.fingerprint(mysql_url) == before
    assert _internal(mysql_url) == []


@pytest.mark.parametrize("shard", range(SHARDS))
def test_killed_at_every_boundary_of_a_marked_quarantine(mysql_url: str, tmp_path: Path, shard: int) -> None:
    """Apply and roll back killed at every step boundary (the hide, the marker's add and its
    default among them), with a row inserted after the point: the next command finishes or
    reverts, the row comes back with NULL / the default, nothing else changes, no marker is left."""
    run_sql(mysql_url, PERSON)
    migration = "UPDATE person SET name = CONCAT(name, '!');\n" + PERSON_DROP
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": migration})
    before = api.fingerprint(mysql_url)
    rows = [(1, "Ada", "ada", "GB", 1), (2, "Alan", None, "GB", None), (3, "Grace", None, "NZ", 7)]

    def insert_and_roll_back(result: Any = None) -> None:
        res = result or api.rollback_to(mysql_url, "base")
        assert [(f["table"], f["rows"]) for f in res.filled] == [("person", 1)]
        assert query(mysql_url, PERSON_ROWS) == rows and _internal(mysql_url) == []
        run_sql(mysql_url, "DELETE FROM person WHERE id = 3")
        assert api.fingerprint(mysql_url) == before

    def after_apply_killed(crash_after: int) -> None:
        api.apply(mysql_url, str(folder))  # reverts the half-applied migration, then applies it whole
        run_sql(mysql_url, "INSERT INTO person (id, name) VALUES (3, 'Grace')")
        insert_and_roll_back()

    def after_rollback_killed(crash_after: int) -> None:
        insert_and_roll_back(api.rollback_to(mysql_url, "base"))  # run again: it finishes, and reports the row
        api.apply(mysql_url, str(folder))
        run_sql(mysql_url, "INSERT INTO person (id, name) VALUES (3, 'Grace')")

    finished = crash_at_each_boundary(["apply", "--db", mysql_url, "--dir", str(folder)], after_apply_killed, shard=shard, shards=SHARDS)
    assert finished >= 8  # the UPDATE's capture steps, then record, hide, marker add, default, hide
    run_sql(mysql_url, "INSERT INTO person (id, name) VALUES (3, 'Grace')")
    finished = crash_at_each_boundary(["to", "base", "--db", mysql_url, "--yes"], after_rollback_killed, shard=shard, shards=SHARDS)
    assert finished > 4
    assert query(mysql_url, PERSON_ROWS) == rows and _internal(mysql_url) == []


def test_prune_drops_the_marker(mysql_url: str, tmp_path: Path) -> None:
    """Prune drops the hidden columns and the marker, also those of a table quarantined after its
    columns in the same migration."""
    run_sql(mysql_url, ACCT + "CREATE TABLE w (id INT PRIMARY KEY, a INT NOT NULL, b INT); INSERT INTO w VALUES (1, 1, 1);")
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE acct DROP COLUMN code;\n"
                                                              "ALTER TABLE w DROP COLUMN a;\nDROP TABLE w;\n"})
    api.apply(mysql_url, str(folder))
    run_sql(mysql_url, "INSERT INTO acct (id, note) VALUES (3, 'three')")
    assert ("acct", "_rollback_q2_") in _internal(mysql_url) and ("_rollback_q2_w", "_rollback_q2_") in _internal(mysql_url)
    code, data = invoke_json("prune", "--db", mysql_url, "--keep", "0")
    assert code == 0, data
    assert _internal(mysql_url) == []
    assert query(mysql_url, "SELECT * FROM acct ORDER BY id") == [(1, "one"), (2, None), (3, "three")]
    assert [p["reversible"] for p in api.points(mysql_url)] == [True, False]


def test_rows_a_newer_point_inserted_do_not_count(mysql_url: str, tmp_path: Path) -> None:
    """Rows a newer migration inserted are gone once its point is rolled back, so they do not block
    an older point's NOT NULL column; a row a user inserted does, checked once the newer points
    are rolled back (the conflicts' rule), and the same command finishes after it is deleted."""
    run_sql(mysql_url, ACCT)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE acct DROP COLUMN code;\n",
                                               "002_add.sql": "INSERT INTO acct (id, note) VALUES (10, 'ten');\n"})
    before = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(folder))
    code, data = _again_with_a_user_row(mysql_url, folder, before)
    assert code == 1 and data["details"] == {"table": "acct", "column": "code", "rows": 1}, data
    assert data["hint"].startswith("stopped before 001_drop"), data
    assert [p["migration"] for p in api.points(mysql_url) if p["active"]] == ["base", "001_drop"]
    run_sql(mysql_url, "DELETE FROM acct WHERE id = 11")
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before and _internal(mysql_url) == []


def test_no_marker_where_the_server_cannot_add_it_instant(mysql_url: str, tmp_path: Path) -> None:
    """ROW_FORMAT=COMPRESSED refuses an INSTANT ADD COLUMN: the quarantine goes on without a marker
    and says so; rows inserted since then come back with the zero value, as before."""
    run_sql(mysql_url, "CREATE TABLE z (id INT PRIMARY KEY, code VARCHAR(10) NOT NULL) ROW_FORMAT=COMPRESSED;"
                       "INSERT INTO z VALUES (1, 'a')")
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE z DROP COLUMN code;\n"})
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    outcome = data["migrations"][0]
    assert outcome["captures"][0]["marker"] is None and "cannot add a column INSTANT" in outcome["warnings"][0], outcome
    assert api.points(mysql_url)[-1]["warnings"] == outcome["warnings"]
    assert _internal(mysql_url) == [("z", "_rollback_q2_code")]
    run_sql(mysql_url, "INSERT INTO z (id) VALUES (2)")
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["filled"] == [], data
    assert query(mysql_url, "SELECT id, code FROM z ORDER BY id") == [(1, "a"), (2, "")]


def test_no_marker_warning_gives_the_servers_reason(mysql_url: str, tmp_path: Path) -> None:
    """A table with a FULLTEXT index cannot take an INSTANT ADD COLUMN either (mattermost's Users):
    the warning gives the server's reason, not a guess at ROW_FORMAT=COMPRESSED."""
    run_sql(mysql_url, "CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(40), nick VARCHAR(40), "
                       "FULLTEXT KEY ft_people (name)) ENGINE=InnoDB;"
                       "INSERT INTO people VALUES (1, 'ana', 'a'), (2, 'ben', 'b')")
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE people DROP COLUMN nick;\n"})
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    warning = data["migrations"][0]["warnings"][0]
    assert "FULLTEXT" in warning and "COMPRESSED" not in warning, warning
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0, data
    assert query(mysql_url, "SELECT id, name, nick FROM people ORDER BY id") == [(1, "ana", "a"), (2, "ben", "b")]


def test_table_copied_after_its_quarantine_is_not_counted(mysql_url: str, tmp_path: Path) -> None:
    """A migration that writes a table after dropping its column copies it whole: its own inserted
    row does not block the rollback, and rows a user inserted since are conflicts (the restore
    would drop them), not rows to fill."""
    run_sql(mysql_url, ACCT)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE acct DROP COLUMN code;\n"
                                                              "INSERT INTO acct (id, note) VALUES (10, 'ten');\n"})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0 and [c["kind"] for c in data["migrations"][0]["captures"]] == ["quarantine-columns", "copy"], data
    code, data = _again_with_a_user_row(mysql_url, folder, before)
    assert code == 1 and data["error"] == "conflict", data
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes", "--on-conflict", "restore-old")
    assert code == 0 and data["filled"] == [], data
    assert api.fingerprint(mysql_url) == before and _internal(mysql_url) == []

"""PostgreSQL: rows inserted after a DROP COLUMN quarantine are told by the table's marker column
(numbered by a sequence of its own, see dialects/postgres_capture.py): a rollback reports how many
got NULL or the restored column's default, refuses before anything runs when a restored NOT NULL
column without a default cannot take them, and reads no row of the table when none was inserted."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

from rollback_commander import api

from .helpers import invoke, invoke_json, query, run_sql, write_migrations

PERSON = """
CREATE TABLE person (id int PRIMARY KEY, name text NOT NULL, nick text, country text NOT NULL DEFAULT 'NZ',
                     score int DEFAULT 7);
INSERT INTO person VALUES (1, 'Ada', 'ada', 'GB', 1), (2, 'Alan', NULL, 'GB', NULL);
"""
PERSON_DROP = "ALTER TABLE person DROP COLUMN nick;\nALTER TABLE person DROP COLUMN country, DROP COLUMN score;\n"
PERSON_ROWS = "SELECT id, name, nick, country, score FROM person ORDER BY id"
PERSON_FILLED = "got NULL for nick, the default for country, the default for score"
ACCT = "CREATE TABLE acct (id int PRIMARY KEY, code text NOT NULL, note text); INSERT INTO acct VALUES (1, 'A1', 'one'), (2, 'B2', NULL);"


def _internal(url: str) -> list[tuple[Any, ...]]:
    """The tool's hidden columns in user tables and its marker sequences."""
    return query(url, "SELECT attrelid::regclass::text, attname FROM pg_attribute WHERE attname LIKE '\\_rollback\\_%' "
                      "AND attnum > 0 AND NOT attisdropped AND attrelid::regclass::text NOT LIKE 'rollback.%' "
                      "UNION ALL SELECT 'sequence', sequencename FROM pg_sequences WHERE schemaname = 'rollback' "
                      "AND sequencename LIKE '%marker%' ORDER BY 1, 2")


def _journal(url: str) -> list[tuple[Any, ...]]:
    return query(url, "SELECT id, active, info FROM rollback.points ORDER BY id")


def _scans(url: str, table: str) -> tuple[Any, ...]:
    """Sequential and index scans of the table so far, once the tool's sessions have ended (a
    backend reports its statistics before it leaves pg_stat_activity)."""
    for _ in range(200):
        if not query(url, "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() "
                          "AND application_name = 'rollback-commander'"):
            break
        time.sleep(0.05)
    return query(url, f"SELECT seq_scan, coalesce(idx_scan, 0) FROM pg_stat_user_tables WHERE relid = '{table}'::regclass")[0]


def test_rows_inserted_since_get_null_or_the_default_and_are_counted(pg_url: str, tmp_path: Path) -> None:
    """Nullable, defaulted and NOT NULL-with-default columns dropped in two statements of one
    migration (one marker for the table): rows inserted since, by a role that owns nothing, are
    reported as filled by the dry run, the plan and the rollback alike; the point's rows get their
    values back; the round trip is exact and nothing of the tool's is left."""
    role = "rc_marker_" + uuid.uuid4().hex[:8]
    run_sql(pg_url, PERSON + f"CREATE ROLE {role} NOLOGIN; GRANT USAGE ON SCHEMA public TO {role}; "
                             f"GRANT SELECT, INSERT ON person TO {role};")
    try:
        before = api.fingerprint(pg_url)
        folder = write_migrations(tmp_path / "m", {"001_drop.sql": PERSON_DROP})
        code, data = invoke_json("apply", "--db", pg_url, "--dir", str(folder))
        assert code == 0, data
        caps = data["migrations"][0]["captures"]
        assert [(c["marker"], c["marker_sequence"], c["marker_from"]) for c in caps] == [
            ("_rollback_q2_", "rollback.q2_marker_1", 0)] * 2, caps
        assert _internal(pg_url) == [
            ("person", "_rollback_q2_"), ("person", "_rollback_q2_country"), ("person", "_rollback_q2_nick"),
            ("person", "_rollback_q2_score"), ("sequence", "q2_marker_1")]
        assert query(pg_url, "SELECT count(*) FROM person WHERE _rollback_q2_ IS NOT NULL") == [(0,)]
        assert invoke_json("verify", "--db", pg_url)[0] == 0
        run_sql(pg_url, f"SET ROLE {role}; INSERT INTO person (id, name) VALUES (3, 'Grace'), (4, 'Edsger'); RESET ROLE; "
                        "UPDATE person SET name = 'Ada L.' WHERE id = 1")
        dry = api.rollback_to(pg_url, "base", dry_run=True)
        code, plan = invoke_json("plan", "base", "--db", pg_url)
        assert code == 0 and plan["data_loss_risk"] == "none", plan
        code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
        assert code == 0 and data["verified"] is True, data
        assert data["filled"] == [{
            "migration": "001_drop", "table": "public.person", "rows": 2,
            "columns": {"nick": "NULL", "country": "default", "score": "default"},
            "message": f"2 row(s) of public.person written since 001_drop {PERSON_FILLED}"}]
        assert (dry.filled, dry.conflicts, dry.refusals) == (data["filled"], [], [])  # foretold
        assert plan["steps"][0]["filled"] == data["filled"]
        assert query(pg_url, PERSON_ROWS) == [(1, "Ada L.", "ada", "GB", 1), (2, "Alan", None, "GB", None),
                                              (3, "Grace", None, "NZ", 7), (4, "Edsger", None, "NZ", 7)]
        assert _internal(pg_url) == []
        events = query(pg_url, "SELECT detail FROM rollback.events WHERE kind = 'rollback'")
        assert json.loads(events[-1][0])["filled"][0]["rows"] == 2
        run_sql(pg_url, "DELETE FROM person WHERE id > 2; UPDATE person SET name = 'Ada' WHERE id = 1")
        assert api.fingerprint(pg_url) == before  # schema and every table's data
        # applied again: a fresh marker; one row inserted since is what `rollback to` prints
        api.apply(pg_url, str(folder))
        run_sql(pg_url, "INSERT INTO person (id, name) VALUES (5, 'Barbara')")
        res = invoke("to", "base", "--db", pg_url, "--yes")
        assert res.exit_code == 0, res.output
        assert f"filled: 1 row(s) of public.person written since 001_drop {PERSON_FILLED}" in " ".join(res.output.split())
        assert query(pg_url, PERSON_ROWS)[-1] == (5, "Barbara", None, "NZ", 7) and _internal(pg_url) == []
    finally:
        run_sql(pg_url, f"REVOKE ALL ON person FROM {role}; REVOKE ALL ON SCHEMA public FROM {role}; DROP ROLE {role};")


def test_not_null_column_without_default_refuses_with_the_count(pg_url: str, tmp_path: Path) -> None:
    """A restored NOT NULL column without a default cannot take rows inserted since: the dry run
    says so, the rollback refuses before anything runs (count in the message, database and journal
    unchanged); the row the migration itself inserted after the drop does not count. Once the rows
    get a value and their mark is cleared (the hint's UPDATE), the rollback goes through."""
    run_sql(pg_url, ACCT)
    before = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE acct DROP COLUMN code;\n"
                                                               "INSERT INTO acct (id, note) VALUES (10, 'mine');\n"})
    api.apply(pg_url, str(folder))
    assert query(pg_url, "SELECT id, _rollback_q2_ FROM acct ORDER BY id") == [(1, None), (2, None), (10, 1)]
    run_sql(pg_url, "INSERT INTO acct (id, note) VALUES (3, 'three'), (4, 'four')")
    state, journal, internal = api.fingerprint(pg_url), _journal(pg_url), _internal(pg_url)
    code, dry = invoke_json("to", "base", "--db", pg_url, "--dry-run")
    assert code == 1 and [(r["table"], r["column"], r["rows"]) for r in dry["refusals"]] == [("public.acct", "code", 2)], dry
    assert dry["refusals"][0]["message"].startswith("2 row(s) of public.acct written after 001_drop have no value for code")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 1 and data["error"] == "refused", data
    assert data["details"] == {"table": "public.acct", "column": "code", "rows": 2}
    assert data["message"] == dry["refusals"][0]["message"]
    assert data["hint"].startswith("nothing was changed") and '"_rollback_q2_" > 1' in data["hint"], data
    assert (api.fingerprint(pg_url), _journal(pg_url), _internal(pg_url)) == (state, journal, internal)
    run_sql(pg_url, "UPDATE acct SET _rollback_q2_code = 'Z' || id, _rollback_q2_ = NULL WHERE _rollback_q2_ > 1")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 0 and data["verified"] is True and data["filled"] == [], data
    assert query(pg_url, "SELECT * FROM acct ORDER BY id") == [(1, "A1", "one"), (2, "B2", None), (3, "Z3", "three"),
                                                               (4, "Z4", "four")]
    run_sql(pg_url, "DELETE FROM acct WHERE id > 2")
    assert api.fingerprint(pg_url) == before and _internal(pg_url) == []


def test_no_rows_inserted_since_reads_no_row(pg_url: str, tmp_path: Path) -> None:
    """The common rollback: rows updated but none inserted since. The marker's sequence has not
    moved, so nothing is filled and the table is not scanned; with one row inserted, it is counted
    (one scan). The round trip is exact."""
    run_sql(pg_url, PERSON)
    before = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE person DROP COLUMN nick;\n"})
    for inserted in (0, 1):
        api.apply(pg_url, str(folder))
        run_sql(pg_url, "UPDATE person SET name = name || '!' WHERE id = 1")
        if inserted:
            run_sql(pg_url, "INSERT INTO person (id, name) VALUES (3, 'Grace')")
        scans = _scans(pg_url, "person")
        dry = api.rollback_to(pg_url, "base", dry_run=True)
        result = api.rollback_to(pg_url, "base")
        assert [f["rows"] for f in dry.filled] == [f["rows"] for f in result.filled] == ([1] if inserted else [])
        seq_scans = _scans(pg_url, "person")[0] - scans[0]
        assert seq_scans == (2 if inserted else 0), (inserted, seq_scans)  # the dry run's count, the rollback's
        run_sql(pg_url, "DELETE FROM person WHERE id = 3; UPDATE person SET name = 'Ada' WHERE id = 1")
        assert api.fingerprint(pg_url) == before and _internal(pg_url) == []


def test_each_point_counts_the_rows_inserted_after_it(pg_url: str, tmp_path: Path) -> None:
    """Two points dropping columns of the same table, each with its marker: a row inserted between
    them is filled by the older one only, a row inserted after both by each; the dry run foretells it."""
    run_sql(pg_url, PERSON)
    before = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_nick.sql": "ALTER TABLE person DROP COLUMN nick;\n",
                                               "002_score.sql": "ALTER TABLE person DROP COLUMN score;\n"})
    api.apply(pg_url, str(folder), to="001_nick")
    run_sql(pg_url, "INSERT INTO person (id, name) VALUES (3, 'Grace')")
    api.apply(pg_url, str(folder))
    run_sql(pg_url, "INSERT INTO person (id, name) VALUES (4, 'Edsger')")
    dry = api.rollback_to(pg_url, "base", dry_run=True)
    result = api.rollback_to(pg_url, "base")
    got = [(f["migration"], f["rows"], f["columns"]) for f in result.filled]
    assert got == [("002_score", 1, {"score": "default"}), ("001_nick", 2, {"nick": "NULL"})]
    assert dry.filled == result.filled
    assert query(pg_url, PERSON_ROWS)[2:] == [(3, "Grace", None, "NZ", 7), (4, "Edsger", None, "NZ", 7)]
    run_sql(pg_url, "DELETE FROM person WHERE id > 2")
    assert api.fingerprint(pg_url) == before and _internal(pg_url) == []


def test_undo_counts_and_keeps_the_rows_inserted_since(pg_url: str, tmp_path: Path) -> None:
    """`rollback undo` of a DROP COLUMN in the middle of the history reports the rows inserted since
    as filled and keeps them; the marker and its sequence go."""
    run_sql(pg_url, PERSON + "CREATE TABLE other (id int PRIMARY KEY);")
    folder = write_migrations(tmp_path / "m", {"001_nick.sql": "ALTER TABLE person DROP COLUMN nick;\n",
                                               "002_other.sql": "ALTER TABLE other ADD COLUMN z int;\n"})
    api.apply(pg_url, str(folder))
    run_sql(pg_url, "INSERT INTO person (id, name) VALUES (3, 'Grace')")
    code, data = invoke_json("undo", "001_nick", "--db", pg_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert [(f["rows"], f["columns"]) for f in data["steps"][0]["filled"]] == [(1, {"nick": "NULL"})], data
    assert query(pg_url, PERSON_ROWS)[2:] == [(3, "Grace", None, "NZ", 7)] and _internal(pg_url) == []


def test_prune_drops_the_marker_and_its_sequence(pg_url: str, tmp_path: Path) -> None:
    """Prune drops the hidden columns, the marker and its sequence for good, also of a table
    quarantined after its columns in the same migration; the rows stay."""
    run_sql(pg_url, ACCT + "CREATE TABLE w (id int PRIMARY KEY, a int NOT NULL, b int); INSERT INTO w VALUES (1, 1, 1);")
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE acct DROP COLUMN code;\n"
                                                               "ALTER TABLE w DROP COLUMN a;\nDROP TABLE w;\n"})
    api.apply(pg_url, str(folder))
    run_sql(pg_url, "INSERT INTO acct (id, note) VALUES (3, 'three')")
    assert ("sequence", "q2_marker_2") in _internal(pg_url) and ("_rollback_q2.w", "_rollback_q2_") in _internal(pg_url)
    code, data = invoke_json("prune", "--db", pg_url, "--keep", "0")
    assert code == 0, data
    assert _internal(pg_url) == []
    assert query(pg_url, "SELECT * FROM acct ORDER BY id") == [(1, "one"), (2, None), (3, "three")]


def test_a_point_made_before_the_marker_behaves_as_it_did(pg_url: str, tmp_path: Path) -> None:
    """A point recorded before the marker existed (no marker in its captures, none in the table):
    rows inserted since come back with NULL, uncounted; a NOT NULL column they cannot fill is
    still refused first (by looking for NULLs in the hidden column)."""
    run_sql(pg_url, ACCT)
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE acct DROP COLUMN code, DROP COLUMN note;\n"})
    api.apply(pg_url, str(folder))
    info = json.loads(query(pg_url, "SELECT info FROM rollback.points WHERE id = 2")[0][0])
    for c in info["captures"]:
        for k in ("marker", "marker_sequence", "marker_from"):
            c.pop(k)
    info["reverse"] = [s for s in info["reverse"] if "_rollback_q2_\"" not in s and "marker" not in s]
    run_sql(pg_url, "ALTER TABLE acct DROP COLUMN _rollback_q2_; DROP SEQUENCE rollback.q2_marker_1; "
                    "UPDATE rollback.points SET info = " + "'" + json.dumps(info).replace("'", "''") + "' WHERE id = 2")
    run_sql(pg_url, "INSERT INTO acct (id) VALUES (3)")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 1 and data["details"] == {"table": "public.acct", "column": "code", "rows": 1}, data
    run_sql(pg_url, "UPDATE acct SET _rollback_q2_code = 'C3' WHERE id = 3")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 0 and data["verified"] is True and data["filled"] == [], data
    assert query(pg_url, "SELECT * FROM acct ORDER BY id") == [(1, "A1", "one"), (2, "B2", None), (3, "C3", None)]

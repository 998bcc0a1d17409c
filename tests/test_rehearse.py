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
from .helpers import invoke, invoke_json, query, run_sql, write_migrations
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


# -- MySQL/MariaDB: a server-side copy --------------------------------------------------------
DIGITS = "(" + " UNION ALL ".join(f"SELECT {d}{' AS i' if d == 0 else ''}" for d in range(10)) + ")"
CRM = {
    "001_base.sql": "CREATE TABLE orgs (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL,\n"
    "  deleted_at DATETIME NULL, slug VARCHAR(100) AS (LOWER(name)) STORED);\n"
    "CREATE TABLE contacts (id INT AUTO_INCREMENT PRIMARY KEY, org_id INT NOT NULL, email VARCHAR(200) NOT NULL,\n"
    "  phone VARCHAR(40), CONSTRAINT contacts_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id));\n"
    "CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, contact_id INT NOT NULL);\n"
    "INSERT INTO orgs (name, deleted_at) SELECT CONCAT('Org ', n), IF(n % 3 = 0, '2024-01-01', NULL)\n"
    f"  FROM (SELECT a.i * 1000 + b.i * 100 + c.i * 10 + d.i + 1 AS n FROM {DIGITS} a, {DIGITS} b, {DIGITS} c, {DIGITS} d) x\n"
    "  WHERE n <= 3000 ORDER BY n;\n"
    "INSERT INTO contacts (org_id, email, phone) SELECT id, CONCAT('c', id, '@x.io'), CONCAT('555-', id) FROM orgs\n"
    "  WHERE id % 2 = 0;\n"
    "DELETE FROM orgs WHERE id = 2999;\n"
    "CREATE VIEW live_orgs AS SELECT id, name FROM orgs WHERE deleted_at IS NULL;\n"
    "CREATE VIEW live_org_names AS SELECT name FROM live_orgs;\n"
    "CREATE TRIGGER contacts_audit AFTER INSERT ON contacts FOR EACH ROW INSERT INTO audit (contact_id) VALUES (NEW.id);\n"
    "CREATE PROCEDURE count_orgs (OUT n INT) SELECT COUNT(*) INTO n FROM orgs;\n",
    "002_drop_phone.sql": "ALTER TABLE contacts DROP COLUMN phone;\n",
    "003_cleanup.sql": "DELETE FROM orgs WHERE deleted_at IS NOT NULL AND id NOT IN (SELECT org_id FROM contacts);\n"
    "UPDATE orgs SET name = UPPER(name);\n"
    "INSERT INTO contacts (org_id, email) VALUES (1, 'new@x.io');\n"
    "ALTER TABLE contacts ADD COLUMN note VARCHAR(50) NULL;\n",
}


@pytest.fixture
def crm(mysql_url: str, tmp_path: Path) -> tuple[str, Path]:
    """3000 orgs, 1500 contacts, FKs, AUTO_INCREMENT counters, a stored generated column, two views
    (one on the other), a trigger, a procedure, and contacts.phone quarantined (INVISIBLE) by the
    applied 002_drop_phone; 003_cleanup is pending."""
    folder = write_migrations(tmp_path / "m", CRM)
    api.apply(mysql_url, str(folder), to="002_drop_phone")
    return mysql_url, folder


def mysql_leftovers(url: str) -> list[str]:
    source = copy_source(copy_name(url.rsplit("/", 1)[-1]))
    return [str(r[0]) for r in query(url, "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA "
                                          "WHERE SCHEMA_NAME LIKE 'rc\\_rehearse\\_%'") if copy_source(str(r[0])) == source]


def mysql_tables(url: str) -> dict[str, tuple[str, object]]:
    """Every base table, the tool's own included: a digest of all its rows and columns (INVISIBLE
    ones too; computed in the server, independent of row order) and its AUTO_INCREMENT counter.
    Not CHECKSUM TABLE: on MariaDB 10.11 its value for a table with a stored generated column
    changes after FLUSH TABLES, with the same rows."""
    columns: dict[str, list[str]] = {}
    for table, column in query(url, "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS "
                                    "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION"):
        columns.setdefault(str(table), []).append(f"IFNULL(HEX(`{column}`), 'null')")
    out: dict[str, tuple[str, object]] = {}
    for name, counter in query(url, "SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES "
                                    "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"):
        row = f"CONCAT_WS(',', {', '.join(columns[str(name)])})"
        count, total = query(url, f"SELECT COUNT(*), SUM(CAST(CONV(SUBSTRING(MD5({row}), 1, 16), 16, 10) AS UNSIGNED)) "
                                  f"FROM `{name}`")[0]
        out[str(name)] = (f"{count}:{total}", counter)
    return out


def mysql_objects(url: str) -> list[tuple[str, str]]:
    rows = query(url, "SELECT 'view', TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() "
                      "UNION ALL SELECT 'trigger', TRIGGER_NAME FROM information_schema.TRIGGERS "
                      "WHERE TRIGGER_SCHEMA = DATABASE() UNION ALL SELECT ROUTINE_TYPE, ROUTINE_NAME "
                      "FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()")
    return sorted((str(k), str(n)) for k, n in rows)


def source_state(url: str) -> tuple[dict[str, object], dict[str, tuple[str, object]], list[tuple[str, str]]]:
    """Fingerprint, per-table checksums and counters, objects; the journal's event log left out
    (the rehearsal adds its `rehearse` event there)."""
    tables = {n: v for n, v in mysql_tables(url).items() if n != "_rollback_events"}
    return api.fingerprint(url), tables, mysql_objects(url)


@pytest.mark.mysql
def test_mysql_copy_is_the_same_database(crm: tuple[str, Path]) -> None:
    """The copy holds what the source holds: schema fingerprint, every table's rows (the
    journal, the INVISIBLE quarantined column and its marker included) and AUTO_INCREMENT counter,
    views, trigger and procedure; it is gone afterwards."""
    from rollback_commander.rehearse.mysql_copy import mysql_copy
    from rollback_commander.urls import parse_url
    from rollback_commander.verify.report import NullProgress

    url, _ = crm
    hidden = query(url, "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                        "AND TABLE_NAME = 'contacts' AND EXTRA LIKE '%INVISIBLE%' ORDER BY ORDINAL_POSITION")
    assert [h[0].startswith("_rollback_q") for h in hidden] == [True, True], hidden
    before = source_state(url)
    with mysql_copy(parse_url(url), NullProgress()) as info:
        assert info.method == "mysql-copy" and len(info.name) <= 64 and copy_source(info.name) == url.rsplit("/", 1)[-1]
        assert api.fingerprint(info.url) == before[0]
        assert mysql_tables(info.url) == mysql_tables(url)
        assert set(mysql_tables(url)) >= {"_rollback_points", "_rollback_captures", "_rollback_events", "orgs"}
        assert mysql_objects(info.url) == before[2] == [
            ("PROCEDURE", "count_orgs"), ("trigger", "contacts_audit"), ("view", "live_org_names"), ("view", "live_orgs"),
        ]
        phones = f"SELECT COUNT(`{hidden[0][0]}`) FROM contacts"
        assert query(info.url, phones) == query(url, phones) == [(1500,)]
        run_sql(info.url, "INSERT INTO contacts (org_id, email) VALUES (2, 'trigger@x.io')")  # the trigger fires there
        assert query(info.url, "SELECT COUNT(*) FROM audit") == [(1,)] and query(url, "SELECT COUNT(*) FROM audit") == [(0,)]
        assert query(info.url, "SELECT MAX(id) FROM contacts") == [(int(str(before[1]["contacts"][1])),)]
    assert info.dropped and mysql_leftovers(url) == []
    assert source_state(url) == before
    assert len(copy_name("d" * 64)) <= 64


@pytest.mark.mysql
def test_mysql_rehearsal_passes_on_a_copy(crm: tuple[str, Path], tmp_path: Path) -> None:
    url, folder = crm
    before = source_state(url)
    code, data = invoke_json("rehearse", "--db", url, "--dir", str(folder), "--rto", "5m",
                             "--report", str(tmp_path / "r.md"))
    assert code == 0, data
    assert data["ok"] is True and data["within_rto"] is True and data["restored"] is True and data["findings"] == []
    assert data["copy_method"] == "mysql-copy" and data["copy"]["dropped"] is True
    assert "INSERT … SELECT" in data["copy"]["method_label"]
    assert [(s["migration"], s["step"], s["ok"]) for s in data["steps"]] == [
        ("003_cleanup", step, True) for step in ("up", "down", "reapply")
    ]
    assert data["projection"]["projected_seconds"] < 300
    assert mysql_leftovers(url) == []
    assert source_state(url) == before
    assert [e["kind"] for e in api.log(url)][-1] == "rehearse"
    res = invoke("rehearse", "--db", url, "--dir", str(folder))
    assert res.exit_code == 0 and "server-side copy" in res.stdout and "rehearsal passed" in res.stdout, res.output
    assert mysql_leftovers(url) == [] and source_state(url) == before


@pytest.mark.mysql
def test_mysql_failing_rehearsal_drops_the_copy(crm: tuple[str, Path]) -> None:
    url, folder = crm
    (folder / "004_bad.sql").write_text("UPDATE orgs SET name = name;\nSELECT * FROM no_such_table;\n")
    before = source_state(url)
    code, data = invoke_json("rehearse", "--db", url, "--dir", str(folder))
    assert code == 1, data
    assert data["failed"]["migration"] == "004_bad" and data["failed"]["line"] == 2
    assert data["copy"]["dropped"] is True and data["restored"] is False
    assert mysql_leftovers(url) == []
    assert source_state(url) == before


@pytest.mark.mysql
def test_mysql_interrupted_rehearsal_drops_the_copy(crm: tuple[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from rollback_commander.rehearse import mysql_copy

    url, folder = crm
    before = source_state(url)

    def interrupt(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "rollback_to", interrupt)  # Ctrl-C in the down step
    res = invoke("rehearse", "--db", url, "--dir", str(folder))
    assert res.exit_code == 130 and "interrupted" in res.stderr
    assert mysql_leftovers(url) == []
    monkeypatch.setattr(mysql_copy, "create_views", interrupt)  # Ctrl-C while the copy is being made
    res = invoke("rehearse", "--db", url, "--dir", str(folder))
    assert res.exit_code == 130 and "interrupted" in res.stderr
    assert mysql_leftovers(url) == []
    assert source_state(url) == before


@pytest.mark.mysql
def test_mysql_copy_waits_for_writers_then_gives_up(crm: tuple[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows are copied under read locks (one point in time): a session in the middle of a write
    keeps the copy waiting; past the wait it fails plainly and the copy is dropped."""
    from rollback_commander.rehearse import mysql_copy

    from .helpers import mysql_connect

    url, folder = crm
    monkeypatch.setattr(mysql_copy, "LOCK_WAIT_SECONDS", 1)
    writer = mysql_connect(url)
    try:
        with writer.cursor() as cur:
            cur.execute("START TRANSACTION")
            cur.execute("UPDATE orgs SET name = 'busy' WHERE id = 1")
            code, data = invoke_json("rehearse", "--db", url, "--dir", str(folder))
            cur.execute("ROLLBACK")
    finally:
        writer.close()
    assert code == 1 and data["error"] == "locked", data
    assert "lock the target's tables" in data["message"] and "writing" in data["hint"]
    assert mysql_leftovers(url) == []
    assert query(url, "SELECT name FROM orgs WHERE id = 1") == [("Org 1",)]


@pytest.mark.mysql
def test_mysql_routine_naming_its_database_is_refused(crm: tuple[str, Path]) -> None:
    """A trigger created as `db.trigger ON db.table` would be re-created in the source, and a body
    naming the source database would write it from the copy: refused before anything is made."""
    url, folder = crm
    db = url.rsplit("/", 1)[-1]
    run_sql(url, f"CREATE TRIGGER {db}.orgs_touch BEFORE UPDATE ON {db}.orgs FOR EACH ROW SET NEW.deleted_at = NULL")
    before = source_state(url)
    code, data = invoke_json("rehearse", "--db", url, "--dir", str(folder))
    assert code == 1 and data["error"] == "refused", data
    assert "trigger orgs_touch" in data["message"] and "without the database" in data["hint"]
    assert mysql_leftovers(url) == []
    assert source_state(url) == before


def test_names_of_the_source_database_in_any_spelling() -> None:
    """A routine body naming the source database with spaces or a comment around the dot still
    counts (only `db.t` written tight did); a name equal to the database's used alone does not."""
    from rollback_commander.rehearse.mysql_copy import names_database

    for sql in ("UPDATE shop.orders SET x = 1", "UPDATE `shop`.`orders` SET x = 1", "UPDATE shop . orders SET x = 1",
                "UPDATE shop/* here */.orders SET x = 1", "UPDATE SHOP.\n  orders SET x = 1"):
        assert names_database(sql, "shop"), sql
    for sql in ("UPDATE orders SET shop = 1", "SELECT 'shop.orders'", "SELECT shop FROM t -- shop.orders"):
        assert not names_database(sql, "shop"), sql


@pytest.mark.mysql
def test_mysql_copy_of_sequences_events_functions(mysql_url: str) -> None:
    """A database the tool never touched: a MariaDB sequence (its next value kept) used as a column
    default, a function a view calls, a trigger with a compound body, an event; the copy has them."""
    from rollback_commander.rehearse.mysql_copy import mysql_copy
    from rollback_commander.urls import parse_url
    from rollback_commander.verify.report import NullProgress

    run_sql(mysql_url, """
        CREATE SEQUENCE ticket_no START WITH 100 NOCACHE;
        CREATE TABLE tickets (id INT PRIMARY KEY DEFAULT (NEXTVAL(ticket_no)), title VARCHAR(50), n INT DEFAULT 0);
        INSERT INTO tickets (title) VALUES ('a'), ('b');
        CREATE FUNCTION shout (s VARCHAR(50)) RETURNS VARCHAR(60) DETERMINISTIC RETURN CONCAT(UPPER(s), '!');
        CREATE VIEW loud AS SELECT id, shout(title) AS title FROM tickets;
        CREATE TRIGGER tickets_n BEFORE INSERT ON tickets FOR EACH ROW BEGIN
          IF NEW.title = '' THEN SET NEW.title = 'untitled'; END IF;
          SET NEW.n = 1;
        END;
        CREATE EVENT nightly ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 03:00:00' DISABLE DO DELETE FROM tickets WHERE n < 0;
    """)
    before = source_state(mysql_url)
    with mysql_copy(parse_url(mysql_url), NullProgress()) as info:
        assert api.fingerprint(info.url) == before[0]
        assert mysql_tables(info.url) == before[1]
        assert query(info.url, "SELECT EVENT_NAME, STATUS FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()") \
            == [("nightly", "DISABLED")]
        assert query(info.url, "SELECT title FROM loud ORDER BY id") == [("A!",), ("B!",)]
        run_sql(info.url, "INSERT INTO tickets (title) VALUES ('')")
        assert query(info.url, "SELECT id, title, n FROM tickets WHERE n = 1") == [(102, "untitled", 1)]
    assert info.dropped and mysql_leftovers(mysql_url) == []
    assert source_state(mysql_url) == before
    assert query(mysql_url, "SELECT NEXTVAL(ticket_no)") == [(102,)]  # the source's sequence did not move

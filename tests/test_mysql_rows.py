"""MySQL/MariaDB row capture: DML is captured row by row by FOR EACH ROW triggers inside the step
engine; rows written after the point are kept, conflicts are counted row by row, and a crash at any
step boundary (apply or rollback) loses nothing and leaves no capture trigger behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from rollback_commander import api
from rollback_commander.errors import Conflict

from .helpers import SHARDS, crash_at_each_boundary, invoke, query, run_sql, write_migrations

pytestmark = pytest.mark.mysql

SETUP = (
    "CREATE TABLE orgs (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL);\n"
    "CREATE TABLE contacts (id INT AUTO_INCREMENT PRIMARY KEY, org_id INT, email VARCHAR(80) NOT NULL UNIQUE,"
    " phone VARCHAR(20), born DATE, seen TIMESTAMP NULL, note TEXT,"
    " FOREIGN KEY (org_id) REFERENCES orgs(id));\n"
    "INSERT INTO orgs VALUES (1, 'acme'), (2, 'globex');\n"
    "INSERT INTO contacts (org_id, email, phone, born, seen, note) WITH RECURSIVE seq(n) AS "
    "(SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 50) SELECT 1 + n % 2, CONCAT('c', n, '@x.io'), "
    "CONCAT('555-', n), '2000-01-01' + INTERVAL n DAY, '2024-01-01 00:00:00' + INTERVAL n HOUR, IF(n % 7 = 0, NULL, 'n') FROM seq;\n"
)


# the same table without a UNIQUE index besides its key: restored in place (UPDATE ... JOIN)
SETUP_IN_PLACE = SETUP.replace(" NOT NULL UNIQUE,", " NOT NULL,")
assert SETUP_IN_PLACE != SETUP


def _last_captures(url: str) -> dict[str, str]:
    """table -> capture kind of the newest point."""
    rows = query(url, "SELECT table_name, kind FROM _rollback_captures WHERE point_id = (SELECT MAX(id) FROM _rollback_points)")
    return {str(t): str(k) for t, k in rows}


def _capture_triggers(url: str) -> list[str]:
    return [str(r[0]) for r in query(url, "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS "
                                          "WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME LIKE '\\_rollback%'")]


def _apply(url: str, tmp_path: Path, sql: str) -> None:
    api.apply(url, str(write_migrations(tmp_path / "m", {"001_dml.sql": sql})))


def test_only_changed_rows_captured(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, SETUP)
    before = api.fingerprint(mysql_url)
    _apply(mysql_url, tmp_path, "UPDATE contacts SET phone = NULL WHERE id % 10 = 0;\n")
    assert _last_captures(mysql_url) == {"contacts": "rows"}
    assert query(mysql_url, "SELECT `rows` FROM _rollback_captures WHERE table_name = 'contacts'") == [(5,)]
    assert _capture_triggers(mysql_url) == []
    assert api.fingerprint(mysql_url) != before
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before
    assert _capture_triggers(mysql_url) == []


def test_rows_written_after_the_point_are_kept(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, SETUP)
    _apply(mysql_url, tmp_path, "UPDATE contacts SET phone = 'x' WHERE id <= 10;\nDELETE FROM contacts WHERE id = 20;\n")
    run_sql(mysql_url, "UPDATE contacts SET phone = 'later' WHERE id = 30;\n"
                       "INSERT INTO contacts (org_id, email) VALUES (2, 'new@x.io');\n")
    api.rollback_to(mysql_url, "base")
    assert query(mysql_url, "SELECT phone FROM contacts WHERE id IN (1, 10, 30) ORDER BY id") == [("555-1",), ("555-10",), ("later",)]
    assert query(mysql_url, "SELECT email FROM contacts WHERE id = 20") == [("c20@x.io",)]
    assert query(mysql_url, "SELECT COUNT(*) FROM contacts WHERE email = 'new@x.io'") == [(1,)]


@pytest.mark.parametrize("setup", [SETUP, SETUP_IN_PLACE], ids=["unique-email", "in-place"])
@pytest.mark.parametrize("mode", ["fail", "keep-current", "restore-old"])
def test_conflicts_row_by_row(mysql_url: str, tmp_path: Path, mode: str, setup: str) -> None:
    run_sql(mysql_url, setup)
    _apply(mysql_url, tmp_path, "UPDATE contacts SET phone = 'x' WHERE id <= 10;\nDELETE FROM contacts WHERE id IN (11, 12);\n")
    # two conflicts: a row the migration updated, changed again; a key it deleted, written again
    run_sql(mysql_url, "UPDATE contacts SET phone = 'mine' WHERE id = 3;\n"
                       "INSERT INTO contacts (id, org_id, email) VALUES (11, 1, 'again@x.io');\n")
    state = api.fingerprint(mysql_url)
    if mode == "fail":
        with pytest.raises(Conflict) as err:
            api.rollback_to(mysql_url, "base")
        assert "contacts (2 rows" in str(err.value)
        assert api.fingerprint(mysql_url) == state  # nothing changed
        return
    result = api.rollback_to(mysql_url, "base", on_conflict=mode)
    assert [(c["table"], c["kind"], c["rows"]) for c in result.conflicts] == [("contacts", "rows", 2)]
    phones = dict(query(mysql_url, "SELECT id, phone FROM contacts WHERE id IN (2, 3)"))
    emails = dict(query(mysql_url, "SELECT id, email FROM contacts WHERE id IN (11, 12)"))
    assert phones[2] == "555-2" and emails[12] == "c12@x.io"  # the others restored either way
    if mode == "keep-current":
        assert phones[3] == "mine" and emails[11] == "again@x.io"
    else:
        assert phones[3] == "555-3" and emails[11] == "c11@x.io"


def test_insert_reverse_gives_back_auto_increment(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, SETUP)
    before = api.fingerprint(mysql_url)
    auto = query(mysql_url, "SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'contacts'")
    _apply(mysql_url, tmp_path, "INSERT INTO contacts (org_id, email) SELECT org_id, CONCAT('copy-', email) FROM contacts WHERE id <= 5;\n")
    assert _last_captures(mysql_url) == {"contacts": "rows"}
    assert query(mysql_url, "SELECT COUNT(*) FROM contacts") == [(55,)]
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'contacts'") == auto


def test_upserts_and_replace(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, SETUP)
    before = api.fingerprint(mysql_url)
    _apply(mysql_url, tmp_path,
           "INSERT INTO contacts (id, org_id, email, phone) VALUES (1, 1, 'c1@x.io', 'upd'), (60, 2, 'u60@x.io', NULL)"
           " ON DUPLICATE KEY UPDATE phone = VALUES(phone);\n"
           # replaces row 2 by key and row 3 by its unique email: both deleted, one row inserted
           "REPLACE INTO contacts (id, org_id, email, phone) VALUES (2, 1, 'c3@x.io', 'rep');\n"
           "INSERT IGNORE INTO contacts (id, org_id, email) VALUES (4, 1, 'dup'), (61, 1, 'ign@x.io');\n")
    assert _last_captures(mysql_url) == {"contacts": "rows"}
    assert query(mysql_url, "SELECT id FROM contacts WHERE id IN (2, 3) ORDER BY id") == [(2,)]
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before


def test_fk_cascade_tables_are_copied(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, "CREATE TABLE p (id INT PRIMARY KEY, v INT);\n"
                       "CREATE TABLE c (id INT PRIMARY KEY, p_id INT, FOREIGN KEY (p_id) REFERENCES p(id) ON DELETE CASCADE);\n"
                       "CREATE TABLE g (id INT PRIMARY KEY, c_id INT, FOREIGN KEY (c_id) REFERENCES c(id) ON DELETE SET NULL);\n"
                       "INSERT INTO p VALUES (1, 1), (2, 2), (3, 3);\n"
                       "INSERT INTO c VALUES (10, 1), (20, 2), (30, 3);\nINSERT INTO g VALUES (100, 10), (200, 20);\n")
    before = api.fingerprint(mysql_url)
    _apply(mysql_url, tmp_path, "DELETE FROM p WHERE id <= 2;\n")
    assert _last_captures(mysql_url) == {"p": "rows", "c": "copy", "g": "copy"}
    assert query(mysql_url, "SELECT id, c_id FROM g ORDER BY id") == [(100, None), (200, None)]
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before


def test_fk_actions_that_cannot_fire_copy_nothing(mysql_url: str, tmp_path: Path) -> None:
    """Only the foreign-key actions a statement can fire make it write another table: an UPDATE fires
    ON UPDATE actions, a plain INSERT none, a DELETE ON DELETE ones. Before, any action copied the
    children whole (guacamole's `UPDATE guacamole_user SET password_date = NOW()` copied every table
    referencing users ON DELETE CASCADE), and rows the application wrote to them afterwards were
    conflicts that --on-conflict keep-current could not keep."""
    run_sql(mysql_url, "CREATE TABLE p (id INT PRIMARY KEY, v INT);\n"
                       "CREATE TABLE c (id INT AUTO_INCREMENT PRIMARY KEY, p_id INT, w INT,"
                       " FOREIGN KEY (p_id) REFERENCES p(id) ON DELETE CASCADE);\n"
                       "CREATE TABLE u (id INT AUTO_INCREMENT PRIMARY KEY, p_id INT,"
                       " FOREIGN KEY (p_id) REFERENCES p(id) ON UPDATE CASCADE);\n"
                       "INSERT INTO p VALUES (1, 1), (2, 2), (3, 3);\n"
                       "INSERT INTO c (p_id, w) VALUES (1, 0), (2, 0), (3, 0);\nINSERT INTO u (p_id) VALUES (1), (2);\n")
    before = api.fingerprint(mysql_url)
    folder = write_migrations(tmp_path / "m", {
        "001_touch.sql": "UPDATE p SET v = v + 10;\nINSERT INTO p VALUES (4, 4);\nINSERT INTO u (p_id) VALUES (4);\n"
                         "UPDATE c SET w = 1 WHERE p_id = 1;\n",
        "002_rekey.sql": "UPDATE p SET id = 40 WHERE id = 4;\n",
    })
    api.apply(mysql_url, str(folder), to="001_touch")
    # p's ON UPDATE CASCADE child u is not written by an UPDATE of p that assigns no key it references
    # (v), only by the INSERT into u (rows); c (ON DELETE only) is not either, and the UPDATE of c
    # itself is captured row by row. 002's UPDATE of p's key copies u whole.
    assert _last_captures(mysql_url) == {"p": "rows", "u": "rows", "c": "rows"}
    after_first = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(folder))
    assert _last_captures(mysql_url) == {"p": "rows", "u": "copy"}
    assert query(mysql_url, "SELECT p_id FROM u ORDER BY id") == [(1,), (2,), (40,)]
    api.rollback_to(mysql_url, "001_touch")
    assert api.fingerprint(mysql_url) == after_first
    # a row the application writes to c afterwards is no conflict: the rollback keeps it
    run_sql(mysql_url, "INSERT INTO c (p_id, w) VALUES (2, 7);\n")
    api.rollback_to(mysql_url, "base")
    assert query(mysql_url, "SELECT p_id, w FROM c ORDER BY id") == [(1, 0), (2, 0), (3, 0), (2, 7)]
    run_sql(mysql_url, "DELETE FROM c WHERE w = 7;\n")
    assert api.fingerprint(mysql_url)["fingerprint"] == before["fingerprint"]


def test_rows_written_after_the_migration_dropped_their_key_are_copied_whole(mysql_url: str, tmp_path: Path) -> None:
    """With its unique key dropped, two rows may share the key's values (copies inserted, the
    originals deleted): captured by that key, the rollback emptied the table. It is copied."""
    run_sql(mysql_url, "CREATE TABLE t (code VARCHAR(10) NOT NULL, v TEXT, UNIQUE KEY t_code (code));\n"
                       "INSERT INTO t VALUES ('a', 'x'), ('b', 'y');\n")
    before = api.fingerprint(mysql_url)
    _apply(mysql_url, tmp_path, "DROP INDEX t_code ON t;\nINSERT INTO t SELECT code, 'new' FROM t;\n"
                                "DELETE FROM t WHERE v <> 'new';\n")
    assert _last_captures(mysql_url) == {"t": "copy"}
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT code, v FROM t ORDER BY code") == [("a", "x"), ("b", "y")]


def test_user_triggers_do_not_fire_during_restore(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, SETUP + "CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, contact_id INT, what VARCHAR(10));\n"
                               "CREATE TABLE counter (n INT);\nINSERT INTO counter VALUES (0);\n")
    run_sql(mysql_url, "CREATE TRIGGER contacts_audit AFTER UPDATE ON contacts FOR EACH ROW "
                       "INSERT INTO audit (contact_id, what) VALUES (NEW.id, 'update')")
    run_sql(mysql_url, "CREATE TRIGGER contacts_gone AFTER DELETE ON contacts FOR EACH ROW "
                       "INSERT INTO audit (contact_id, what) VALUES (OLD.id, 'delete')")
    run_sql(mysql_url, "CREATE TRIGGER contacts_new BEFORE INSERT ON contacts FOR EACH ROW UPDATE counter SET n = n + 1")
    before = api.fingerprint(mysql_url)
    _apply(mysql_url, tmp_path, "UPDATE contacts SET phone = 'x' WHERE id <= 3;\n")
    # audit is written through a trigger: rows; counter (no key) is copied whole
    assert _last_captures(mysql_url) == {"contacts": "rows", "audit": "rows", "counter": "copy"}
    assert query(mysql_url, "SELECT COUNT(*) FROM audit") == [(3,)]
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before  # audit empty again, counter still 0, triggers back
    assert sorted(t for t in [str(r[0]) for r in query(mysql_url, "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS "
                                                                  "WHERE TRIGGER_SCHEMA = DATABASE()")]) == [
        "contacts_audit", "contacts_gone", "contacts_new"]


MIGRATION = (
    "CREATE TABLE tags (id INT PRIMARY KEY, name VARCHAR(20));\n"
    "UPDATE orgs SET name = UPPER(name);\n"
    "UPDATE contacts SET phone = NULL WHERE id % 5 = 0;\n"
    "INSERT INTO contacts (org_id, email) VALUES (2, 'n1@x.io'), (2, 'n2@x.io');\n"
    "DELETE FROM contacts WHERE id IN (3, 4);\n"
)


@pytest.mark.parametrize("shard", range(SHARDS))
def test_killed_at_every_step_boundary(mysql_url: str, tmp_path: Path, shard: int) -> None:
    """Apply killed at every boundary, then rollback killed at every boundary: each time the next
    command finishes the job, nothing is lost, no capture trigger is left."""
    run_sql(mysql_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_rows.sql": MIGRATION})
    before = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(folder))
    assert _last_captures(mysql_url) == {"contacts": "rows", "orgs": "rows"}
    after = api.fingerprint(mysql_url)
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before

    def after_apply_killed(crash: int) -> None:
        assert [p["migration"] for p in api.points(mysql_url) if p["kind"] == "running"] == ["001_rows"]
        api.apply(mysql_url, str(folder))  # reverts the interrupted migration, then applies it whole
        assert api.fingerprint(mysql_url) == after, crash
        assert _capture_triggers(mysql_url) == [], crash
        api.rollback_to(mysql_url, "base")
        assert api.fingerprint(mysql_url) == before, crash

    def apply_again() -> None:
        api.apply(mysql_url, str(folder))
        assert api.fingerprint(mysql_url) == after

    def after_rollback_killed(crash: int) -> None:
        api.rollback_to(mysql_url, "base")  # run it again: it finishes
        assert api.fingerprint(mysql_url) == before, crash
        apply_again()  # for the next run

    crash = crash_at_each_boundary(["apply", "--db", mysql_url, "--dir", str(folder)], after_apply_killed, shard=shard, shards=SHARDS)
    assert crash > 12  # capture table, triggers and their drops are steps of their own
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before
    apply_again()
    crash = crash_at_each_boundary(["to", "base", "--db", mysql_url, "--yes"], after_rollback_killed, shard=shard, shards=SHARDS)
    assert crash > 3
    assert api.fingerprint(mysql_url) == before
    assert _capture_triggers(mysql_url) == []


def test_no_false_conflicts_across_types_and_time_zones(mysql_url: str, tmp_path: Path) -> None:
    """The hash the capture trigger computes (in the migration's session time zone) equals the one
    the rollback computes (in UTC) for every column type: no row changed since, no conflict."""
    run_sql(mysql_url, "CREATE TABLE typed (id BIGINT PRIMARY KEY, d DECIMAL(12,4), f FLOAT, g DOUBLE, ts TIMESTAMP(3) NULL,"
                       " dt DATETIME(6), e ENUM('a','b'), s SET('x','y'), j JSON, b BLOB, ch CHAR(5), bits BIT(5),"
                       " pt POINT, doubled BIGINT AS (id * 2) STORED, v VARCHAR(10) AS (CONCAT('v', id)) VIRTUAL);\n"
                       "INSERT INTO typed (id, d, f, g, ts, dt, e, s, j, b, ch, bits, pt) VALUES "
                       "(1, 1.5, 0.1, 1e300, '2024-03-31 01:30:00.123', '2024-01-01 10:00:00.5', 'a', 'x,y', '{\"k\": [1, 2]}',"
                       " 0x00ff, 'ab ', b'101', POINT(1, 2)),"
                       "(2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
                       "(3, -2.25, -3.5e-7, 2.5, '2024-10-27 02:30:00', '1999-12-31', 'b', '', '[]', '', '', b'0', POINT(0, 0));\n")
    before = api.fingerprint(mysql_url)
    _apply(mysql_url, tmp_path, "SET time_zone = '+05:00';\nUPDATE typed SET ch = CONCAT(IFNULL(ch, ''), '!');\n"
                                "INSERT INTO typed (id, ts) VALUES (4, NOW());\n")
    assert _last_captures(mysql_url) == {"typed": "rows"}
    assert api.rollback_to(mysql_url, "base").conflicts == []
    assert api.fingerprint(mysql_url) == before


@pytest.mark.parametrize("sql", [
    "UPDATE contacts SET id = id + 100 ORDER BY id DESC;\nUPDATE contacts SET id = id - 99 WHERE id > 140 ORDER BY id;\n",
    "UPDATE contacts SET phone = 'x' WHERE id < 5;\nALTER TABLE contacts DROP COLUMN note;\n"
    "UPDATE contacts SET phone = 'y' WHERE id < 3;\n",
    "UPDATE byemail SET n = n + 1 WHERE n < 5;\nDELETE FROM byemail WHERE n = 9;\n"
    "INSERT INTO byemail VALUES ('Z@x.io', 1);\nUPDATE byemail SET email = LOWER(email);\n",
    "UPDATE contacts SET phone = 'x' WHERE id < 20;\nUPDATE contacts SET phone = 'y' WHERE id < 10;\n"
    "DELETE FROM contacts WHERE id IN (3, 30);\nINSERT INTO contacts (id, org_id, email) VALUES (3, 2, 'back@x.io'), (99, 1, 'n@x.io');\n"
    "UPDATE contacts SET id = 98 WHERE id = 40;\n",
], ids=["key-moves", "then-drop-column", "unique-key-no-pk", "several-events-per-key"])
@pytest.mark.parametrize("setup", [SETUP, SETUP_IN_PLACE], ids=["unique-email", "in-place"])
def test_round_trips(mysql_url: str, tmp_path: Path, sql: str, setup: str) -> None:
    run_sql(mysql_url, setup + "CREATE TABLE byemail (email VARCHAR(40) NOT NULL, n INT, UNIQUE KEY (email));\n"
                               "INSERT INTO byemail SELECT email, id FROM contacts WHERE id <= 10;\n")
    before = api.fingerprint(mysql_url)
    _apply(mysql_url, tmp_path, sql)
    kinds = [str(r[0]) for r in query(mysql_url, "SELECT kind FROM _rollback_captures ORDER BY id")]
    assert kinds[0] == "rows", kinds
    assert api.rollback_to(mysql_url, "base").conflicts == []
    assert api.fingerprint(mysql_url) == before


@pytest.mark.parametrize("sql, grouped", [
    ("UPDATE contacts SET phone = 'x' WHERE id < 20;\n", False),
    ("UPDATE contacts SET phone = 'x' WHERE id < 20;\nUPDATE contacts SET phone = 'y' WHERE id < 10;\n", True),
], ids=["one-event-per-key", "several"])
@pytest.mark.parametrize("setup", [SETUP, SETUP_IN_PLACE], ids=["unique-email", "in-place"])
def test_restore_in_place_without_other_unique_keys(mysql_url: str, tmp_path: Path, setup: str, sql: str,
                                                    grouped: bool) -> None:
    """Without a UNIQUE index besides the key, the rows still under their key are updated back in
    place; with one, every touched key is deleted and re-inserted (values swapped under a unique
    key cannot collide). Each key's first event is looked up only when a key has several."""
    run_sql(mysql_url, setup)
    before = api.fingerprint(mysql_url)
    _apply(mysql_url, tmp_path, sql)
    reverse = api.reverse_sql(mysql_url, "base")
    assert ("UPDATE `contacts` t JOIN" in reverse) == (setup == SETUP_IN_PLACE)
    assert ("GROUP BY `id`" in reverse) == grouped
    assert api.rollback_to(mysql_url, "base").conflicts == []
    assert api.fingerprint(mysql_url) == before


@pytest.mark.parametrize("table", [
    "CREATE TABLE settings (name VARCHAR(60) PRIMARY KEY, value VARCHAR(20)) COLLATE utf8mb4_unicode_ci;\n",
    "CREATE TABLE settings (name VARCHAR(60) PRIMARY KEY) COLLATE utf8mb4_unicode_ci;\n",
], ids=["key-and-value", "key-only"])
def test_restore_in_place_puts_back_keys_equal_by_collation(mysql_url: str, tmp_path: Path, table: str) -> None:
    """kimai's `UPDATE ... SET name = UPPER(name)` on a case-insensitive key: the key still joins
    its capture row by collation, but its text changed (case, trailing spaces, accents); the
    in-place restore assigns the key columns too, so the old text comes back."""
    values = "('Mail.From', 'a'), ('theme ', 'b'), ('Café', 'c'), ('plain', 'd')" if "value" in table else \
             "('Mail.From'), ('theme '), ('Café'), ('plain')"
    run_sql(mysql_url, table + f"INSERT INTO settings VALUES {values};\n")
    before = api.fingerprint(mysql_url)
    _apply(mysql_url, tmp_path, "UPDATE settings SET name = LOWER(RTRIM(name));\n"
                                "UPDATE settings SET name = 'cafe' WHERE name = 'café';\n")
    assert query(mysql_url, "SELECT name FROM settings ORDER BY name") == [("cafe",), ("mail.from",), ("plain",), ("theme",)]
    assert "UPDATE `settings` t JOIN" in api.reverse_sql(mysql_url, "base")
    assert api.rollback_to(mysql_url, "base").conflicts == []
    assert query(mysql_url, "SELECT name FROM settings ORDER BY name") == [("Café",), ("Mail.From",), ("plain",), ("theme ",)]
    assert api.fingerprint(mysql_url) == before


def test_restore_in_place_puts_back_on_update_timestamps(mysql_url: str, tmp_path: Path) -> None:
    """Columns with ON UPDATE CURRENT_TIMESTAMP that the migration's UPDATE moved come back with
    their old values from the in-place restore (it assigns them, so they do not update again)."""
    run_sql(mysql_url, "CREATE TABLE jobs (id INT PRIMARY KEY, state VARCHAR(10),"
                       " touched TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,"
                       " touched6 DATETIME(6) NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(6));\n"
                       "INSERT INTO jobs VALUES (1, 'new', '2020-01-01 00:00:00', '2020-01-01 00:00:00.123456'),"
                       " (2, 'new', '2021-06-01 12:00:00', NULL);\n")
    before = api.fingerprint(mysql_url)
    _apply(mysql_url, tmp_path, "UPDATE jobs SET state = 'done';\n")
    assert query(mysql_url, "SELECT COUNT(*) FROM jobs WHERE YEAR(touched) < 2022") == [(0,)]
    assert "UPDATE `jobs` t JOIN" in api.reverse_sql(mysql_url, "base")
    assert api.rollback_to(mysql_url, "base").conflicts == []
    assert api.fingerprint(mysql_url) == before


def test_capture_triggers_record_only_the_tool_session(mysql_url: str) -> None:
    """While a statement's capture triggers exist, other sessions' writes to the table are theirs:
    the triggers record only writes made with the tool's session flag set."""
    from rollback_commander.dialects import mysql_capture as mc
    from rollback_commander.dialects.mysql import MySQLDialect
    from rollback_commander.urls import parse_url

    run_sql(mysql_url, SETUP)
    d = MySQLDialect()
    conn = d.connect(parse_url(mysql_url))
    try:
        tables = d.introspect(conn).tables
        table = tables[next(t for t in tables if t.endswith("contacts"))]
        for sql in [*mc.create_sql(table, "_rollback_cap_t", ["id"]), *mc.triggers_sql(table, "_rollback_cap_t", ["id"], ["au"])]:
            conn.execute(sql)
        run_sql(mysql_url, "UPDATE contacts SET phone = 'other session' WHERE id = 1")  # another session
        conn.execute(mc.capturing_sql(True))
        conn.execute("UPDATE contacts SET phone = 'the tool' WHERE id = 2")
        conn.execute(mc.capturing_sql(False))
        conn.execute("UPDATE contacts SET phone = 'after' WHERE id = 3")
        if conn.in_transaction:
            conn.commit()
        assert query(mysql_url, "SELECT id, _rb_kind FROM _rollback_cap_t ORDER BY _rb_seq") == [(2, "o")]
    finally:
        conn.close()


def test_multi_table_update_captures_only_the_tables_its_set_list_assigns(mysql_url: str, tmp_path: Path) -> None:
    """`UPDATE a JOIN b ON ... SET a.x = b.y` writes a only: b (only read) gets no capture, in the
    dry run's plan as in the apply; the rollback still gives a's rows back. A SET list that assigns
    both tables' columns captures both."""
    run_sql(mysql_url, """
        CREATE TABLE members (id int PRIMARY KEY, login varchar(40) NOT NULL, pinned int NOT NULL DEFAULT 0);
        CREATE TABLE visits (id int PRIMARY KEY, member_id int, login varchar(40));
        INSERT INTO members VALUES (1, 'ann', 1), (2, 'ben', 0);
        INSERT INTO visits VALUES (10, 1, NULL), (11, 2, NULL), (12, 1, NULL);
    """)
    folder = write_migrations(tmp_path / "m", {
        "001_fill.sql": "UPDATE visits AS v JOIN members AS m ON m.id = v.member_id SET v.`login` = m.login WHERE m.pinned >= 0;\n",
        "002_both.sql": "UPDATE visits v, members m SET v.login = UPPER(v.login), m.pinned = 2 WHERE m.id = v.member_id;\n",
    })
    dry = invoke("apply", "--db", mysql_url, "--dir", str(folder), "--dry-run").stdout
    assert "rows visits" in dry and "rows members" in dry, dry  # 002 writes members
    api.apply(mysql_url, str(folder), to="001_fill")
    kept = [line for line in invoke("sql", "base", "--db", mysql_url).stdout.splitlines() if line.startswith("-- kept:")]
    assert any(" visits:" in line for line in kept) and not any(" members:" in line for line in kept), kept
    api.apply(mysql_url, str(folder))
    kept = [line for line in invoke("sql", "001_fill", "--db", mysql_url).stdout.splitlines() if line.startswith("-- kept:")]
    assert any(" visits:" in line for line in kept) and any(" members:" in line for line in kept), kept
    assert api.rollback_to(mysql_url, "base").verified
    assert query(mysql_url, "SELECT id, login FROM visits ORDER BY id") == [(10, None), (11, None), (12, None)]
    assert query(mysql_url, "SELECT id, pinned FROM members ORDER BY id") == [(1, 1), (2, 0)]


def test_latin1_database_rows_rolled_back_and_conflicts_counted(mysql_url: str, tmp_path: Path) -> None:
    """Found on temporal's MySQL schema (its databases were latin1 before v2.0's `ALTER DATABASE …
    CHARACTER SET utf8mb4`): in a database whose default character set is latin1, the capture's
    `_rb_hash` took that character set, and comparing it with MD5() (a string of the connection's
    utf8mb4) failed with "Illegal mix of collations": every rollback of a row-captured statement,
    and its conflict count, stopped with an internal error. The hashes are compared as bytes."""
    db = query(mysql_url, "SELECT DATABASE()")[0][0]
    run_sql(mysql_url, f"ALTER DATABASE `{db}` CHARACTER SET latin1")
    run_sql(mysql_url, "CREATE TABLE cluster_info (part INT NOT NULL, cluster VARCHAR(40) NOT NULL, version BIGINT NOT NULL,"
                       " PRIMARY KEY (part, cluster));\n"
                       "INSERT INTO cluster_info VALUES (1, 'active', 1), (1, 'standby', 1), (2, 'active', 4);\n")
    before = api.fingerprint(mysql_url)
    folder = write_migrations(tmp_path / "m", {
        "001_rows.sql": "INSERT INTO cluster_info VALUES (3, 'active', 1);\n"
                        "UPDATE cluster_info SET version = version + 1 WHERE cluster = 'active';\n"
                        "DELETE FROM cluster_info WHERE cluster = 'standby';\n"})
    api.apply(mysql_url, str(folder))
    assert _last_captures(mysql_url) == {"cluster_info": "rows"}
    run_sql(mysql_url, "UPDATE cluster_info SET version = 9 WHERE part = 2")  # written since: a conflict
    with pytest.raises(Conflict):
        api.rollback_to(mysql_url, "base")
    res = invoke("to", "base", "--db", mysql_url, "--yes", "--on-conflict", "restore-old")
    assert res.exit_code == 0, res.output
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT * FROM cluster_info ORDER BY part, cluster") == [(1, "active", 1), (1, "standby", 1), (2, "active", 4)]



def test_latin1_database_keep_current_with_a_unique_key_besides_the_row_key(mysql_url: str, tmp_path: Path) -> None:
    """The same latin1 database with a UNIQUE key besides the row key: keep-current's check for old
    images whose unique values rows left in place hold (unique_clash_sql) compares the live rows'
    hash with `_rb_hash` too, and must compare them as bytes as well."""
    db = query(mysql_url, "SELECT DATABASE()")[0][0]
    run_sql(mysql_url, f"ALTER DATABASE `{db}` CHARACTER SET latin1")
    run_sql(mysql_url, "CREATE TABLE namespaces (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE, state INT NOT NULL);\n"
                       "INSERT INTO namespaces VALUES (1, 'default', 1), (2, 'temporal-system', 1), (3, 'old', 0);\n")
    folder = write_migrations(tmp_path / "m", {"001_rows.sql": "UPDATE namespaces SET state = state + 1;\n"
                                                               "DELETE FROM namespaces WHERE id = 3;\n"})
    api.apply(mysql_url, str(folder))
    run_sql(mysql_url, "UPDATE namespaces SET state = 7 WHERE id = 1")  # written since: kept
    res = invoke("to", "base", "--db", mysql_url, "--yes", "--on-conflict", "keep-current")
    assert res.exit_code == 0, res.output
    assert query(mysql_url, "SELECT * FROM namespaces ORDER BY id") == [(1, "default", 7), (2, "temporal-system", 1), (3, "old", 0)]

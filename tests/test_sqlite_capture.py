"""SQLite row capture: DML keeps exactly the rows it changes (TEMP triggers), and a rollback restores
them row by row, keeping rows written by others after the point and reporting conflicts per row."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rollback_commander import api
from rollback_commander.engine.apply import ApplyOptions, apply_migrations
from rollback_commander.engine.session import open_target
from rollback_commander.errors import Conflict, MigrationFailed
from rollback_commander.model.migration import discover
from rollback_commander.urls import parse_url
from rollback_commander.verify import verify

from .helpers import invoke_json, query, run_sql, write_migrations

SETUP = """
CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE contacts (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs(id), name TEXT NOT NULL,
                       phone TEXT, email TEXT NOT NULL UNIQUE, score REAL, photo BLOB);
CREATE INDEX contacts_phone_idx ON contacts (phone);
INSERT INTO orgs VALUES (1, 'Acme'), (2, 'Globex');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO contacts SELECT i, 1 + i % 2, 'name ' || i, '555-' || i, 'c' || i || '@x.io', i / 3.0,
       CASE WHEN i % 7 = 0 THEN x'00ff' END FROM n;
"""


def _captures(result: api.ApplyResult) -> list[dict[str, Any]]:
    return [c for m in result.migrations for c in m.captures]


def _kinds(result: api.ApplyResult) -> list[tuple[str, str]]:
    return [(c["table"], c["kind"]) for c in _captures(result)]


def _apply(url: str, tmp_path: Path, files: dict[str, str]) -> api.ApplyResult:
    return api.apply(url, str(write_migrations(tmp_path / "m", files)))


def _capture_rows(url: str, capture: str) -> dict[str, int]:
    return {str(k): int(n) for k, n in query(url, f"SELECT _rb_kind, count(*) FROM {capture} GROUP BY _rb_kind")}


def test_update_captures_only_the_changed_rows_and_round_trips(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    folder = write_migrations(tmp_path / "m", {"001.sql": "UPDATE contacts SET phone = NULL WHERE id % 10 = 0;"})
    with open_target(parse_url(sqlite_url)) as target:
        result = apply_migrations(target, discover(str(folder)), ApplyOptions())
        # the capture's TEMP triggers live on the applying connection only: gone once the statement ran
        assert target.conn.query("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'") == []
    [cap] = _captures(result)
    assert (cap["table"], cap["kind"], cap["rows"]) == ("contacts", "rows", 20)
    # 20 old images and 20 rows recording what the migration left; nothing of the other 180 rows
    assert _capture_rows(sqlite_url, cap["capture"]) == {"o": 20, "f": 20}
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before
    assert not query(sqlite_url, "SELECT name FROM sqlite_master WHERE type = 'trigger'")


def _update_then_work_written_later(url: str, tmp_path: Path) -> None:
    """A migration updates 20 rows and deletes one; then someone's work: a row the migration changed,
    the key it deleted re-used, a row it never touched, a new row."""
    run_sql(url, SETUP)
    _apply(url, tmp_path, {"001.sql": "UPDATE contacts SET phone = NULL WHERE id % 10 = 0;\nDELETE FROM contacts WHERE id = 199;"})
    run_sql(url, "UPDATE contacts SET phone = 'typed later' WHERE id = 20;"
                 "INSERT INTO contacts (id, name, email) VALUES (199, 'reused key', 'r@x.io');"
                 "UPDATE contacts SET name = 'renamed later' WHERE id = 21;"
                 "INSERT INTO contacts (id, name, email) VALUES (500, 'late', 'late@x.io');")


def test_conflicts_are_listed_row_by_row_and_keep_current_keeps_them(sqlite_url: str, tmp_path: Path) -> None:
    _update_then_work_written_later(sqlite_url, tmp_path)
    snapshot = api.fingerprint(sqlite_url)
    with pytest.raises(Conflict) as err:
        api.rollback_to(sqlite_url, "base")
    assert err.value.details["conflicts"] == [{"migration": "001", "table": "contacts", "kind": "rows", "rows": 2}]
    assert api.fingerprint(sqlite_url) == snapshot  # nothing changed

    code, data = invoke_json("to", "base", "--db", sqlite_url, "--yes", "--on-conflict", "keep-current")
    assert code == 0, data
    assert query(sqlite_url, "SELECT id, name, phone FROM contacts WHERE id IN (10, 20, 21, 30, 199, 500) ORDER BY id") == [
        (10, "name 10", "555-10"), (20, "name 20", "typed later"), (21, "renamed later", "555-21"),
        (30, "name 30", "555-30"), (199, "reused key", None), (500, "late", None)]


def test_restore_old_overwrites_conflicting_rows_and_keeps_rows_written_later(sqlite_url: str, tmp_path: Path) -> None:
    _update_then_work_written_later(sqlite_url, tmp_path)
    api.rollback_to(sqlite_url, "base", on_conflict="restore-old")
    assert query(sqlite_url, "SELECT id, name, phone FROM contacts WHERE id IN (20, 21, 199, 500) ORDER BY id") == [
        (20, "name 20", "555-20"), (21, "renamed later", "555-21"), (199, "name 199", "555-199"), (500, "late", None)]
    run_sql(sqlite_url, "DELETE FROM contacts WHERE id = 500; UPDATE contacts SET name = 'name 21' WHERE id = 21")
    fresh = tmp_path / "fresh.db"
    run_sql(f"sqlite:///{fresh}", SETUP)
    assert api.fingerprint(sqlite_url)["tables"] == api.fingerprint(f"sqlite:///{fresh}")["tables"]


def test_insert_reverse_removes_exactly_the_inserted_rows_and_gives_back_autoincrement(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, "CREATE TABLE tickets (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL);"
                        "INSERT INTO tickets (title) VALUES ('a'), ('b'), ('c'); DELETE FROM tickets WHERE id = 3;")
    before = api.fingerprint(sqlite_url)
    result = _apply(sqlite_url, tmp_path, {"001.sql": "INSERT INTO tickets (title) SELECT 'copy of ' || title FROM tickets;"})
    assert _kinds(result) == [("tickets", "rows")]
    assert query(sqlite_url, "SELECT id FROM tickets ORDER BY id") == [(1,), (2,), (4,), (5,)]
    run_sql(sqlite_url, "INSERT INTO tickets (title) VALUES ('written later')")  # id 6
    api.rollback_to(sqlite_url, "base")
    assert query(sqlite_url, "SELECT id, title FROM tickets ORDER BY id") == [(1, "a"), (2, "b"), (6, "written later")]
    run_sql(sqlite_url, "DELETE FROM tickets WHERE id = 6")
    assert api.fingerprint(sqlite_url)["tables"] == before["tables"]


@pytest.mark.parametrize("migration", ["CREATE VIEW tv AS SELECT id FROM t;",
                                       "INSERT INTO t (v) VALUES ('by the migration');"])
def test_a_rollback_leaves_an_autoincrement_counter_that_rows_written_since_moved(sqlite_url: str, tmp_path: Path,
                                                                                  migration: str) -> None:
    """Rows written after the point stay after a rollback; the reverse rewrote sqlite_sequence as the
    migration found it all the same, below their ids (RC103 right after the rollback, and an id
    AUTOINCREMENT promises never to reuse could come back). A counter moved since stays."""
    run_sql(sqlite_url, "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT); INSERT INTO t (v) VALUES ('a'), ('b');")
    folder = write_migrations(tmp_path / "m", {"001.sql": migration})
    api.apply(sqlite_url, str(folder))
    run_sql(sqlite_url, "INSERT INTO t (v) VALUES ('written since');")
    api.rollback_to(sqlite_url, "base", on_conflict="keep-current")
    assert query(sqlite_url, "SELECT seq FROM sqlite_sequence WHERE name = 't'") == [(4 if "INSERT" in migration else 3,)]
    assert [f.code for f in verify(sqlite_url).findings] == []


def test_a_rollback_puts_back_an_autoincrement_counter_nobody_moved_since(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT); CREATE TABLE u (id INTEGER PRIMARY KEY AUTOINCREMENT);"
                        "INSERT INTO t (v) VALUES ('a'), ('b');")
    before = api.fingerprint(sqlite_url)
    folder = write_migrations(tmp_path / "m", {"001.sql": "INSERT INTO t (v) VALUES ('m'); INSERT INTO u DEFAULT VALUES;"})
    api.apply(sqlite_url, str(folder))
    api.rollback_to(sqlite_url, "base")
    assert query(sqlite_url, "SELECT name, seq FROM sqlite_sequence ORDER BY name") == [("t", 2)]
    assert api.fingerprint(sqlite_url) == before


def test_a_key_touched_several_times_goes_back_to_its_first_image(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    result = _apply(sqlite_url, tmp_path, {"001.sql": """
        UPDATE contacts SET name = upper(name) WHERE id <= 5;
        DELETE FROM contacts WHERE id = 3;
        INSERT INTO contacts (id, name, email) VALUES (3, 'three again', 'three@x.io');
        UPDATE contacts SET id = id + 1000 WHERE id BETWEEN 4 AND 5;   -- keys move to free keys
        INSERT INTO contacts (name, email) VALUES ('brand new', 'new@x.io');
        UPDATE contacts SET email = 'c2@x.io' || '.tmp' WHERE id = 2;
        UPDATE contacts SET email = CASE id WHEN 1 THEN 'c2@x.io' ELSE 'c1@x.io' END WHERE id IN (1, 2);  -- a swap
        DELETE FROM contacts WHERE id = 1004;
    """})
    assert _kinds(result) == [("contacts", "rows")]
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before


def test_upserts_and_replace_capture_the_rows_they_delete(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    result = _apply(sqlite_url, tmp_path, {"001.sql": """
        INSERT INTO contacts (id, name, email) VALUES (7, 'upserted', 'u@x.io'), (900, 'new', 'n@x.io')
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email;
        -- REPLACE removes id 8 (same key) and id 9 (same email): both deletes must be captured
        INSERT OR REPLACE INTO contacts (id, name, email) VALUES (8, 'replaced', 'c9@x.io');
        REPLACE INTO orgs (id, name) VALUES (2, 'Globex 2');
    """})
    assert sorted(_kinds(result)) == [("contacts", "rows"), ("orgs", "rows")]
    assert query(sqlite_url, "SELECT count(*) FROM contacts WHERE id = 9") == [(0,)]
    run_sql(sqlite_url, "UPDATE contacts SET name = 'theirs' WHERE id = 8")
    with pytest.raises(Conflict) as err:
        api.rollback_to(sqlite_url, "base")
    assert [(c["table"], c["rows"]) for c in err.value.details["conflicts"]] == [("contacts", 1)]
    api.rollback_to(sqlite_url, "base", on_conflict="restore-old")
    assert api.fingerprint(sqlite_url) == before


def test_replace_with_user_triggers_present_falls_back_to_a_copy(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP + """
        CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);
        CREATE TRIGGER contacts_gone AFTER DELETE ON contacts BEGIN INSERT INTO audit (what) VALUES ('gone ' || OLD.id); END;""")
    before = api.fingerprint(sqlite_url)
    result = _apply(sqlite_url, tmp_path, {"001.sql": "INSERT OR REPLACE INTO contacts (id, name, email) VALUES (8, 'replaced', 'c9@x.io');"})
    # with recursive_triggers off (the user's semantics), REPLACE fires no delete trigger: copied whole
    assert ("contacts", "copy") in _kinds(result)
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before


def test_rows_written_by_user_triggers_are_captured_and_triggers_do_not_fire_on_restore(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP + """
        CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT NOT NULL);
        INSERT INTO audit (what) VALUES ('created');
        CREATE TRIGGER contacts_audit AFTER UPDATE OF phone ON contacts
        BEGIN INSERT INTO audit (what) VALUES ('phone ' || OLD.id); UPDATE orgs SET name = name || '*' WHERE id = NEW.org_id; END;
        CREATE TRIGGER contacts_gone AFTER DELETE ON contacts BEGIN DELETE FROM audit WHERE what = 'created'; END;""")
    before = api.fingerprint(sqlite_url)
    result = _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE contacts SET phone = NULL WHERE id IN (1, 2, 3);\n"
                                                      "DELETE FROM contacts WHERE id = 4;"})
    assert sorted(_kinds(result)) == [("audit", "rows"), ("contacts", "rows"), ("orgs", "rows")]
    assert query(sqlite_url, "SELECT what FROM audit ORDER BY id") == [("phone 1",), ("phone 2",), ("phone 3",)]
    run_sql(sqlite_url, "INSERT INTO audit (what) VALUES ('written later')")
    api.rollback_to(sqlite_url, "base")
    # the restore wrote contacts (phone back, row 4 back) without firing the user's triggers
    assert query(sqlite_url, "SELECT what FROM audit ORDER BY id") == [("created",), ("written later",)]
    run_sql(sqlite_url, "DELETE FROM audit WHERE what = 'written later'")
    assert api.fingerprint(sqlite_url) == before


def test_restored_rows_of_a_table_keyed_by_text_get_their_rowids_back(sqlite_url: str, tmp_path: Path) -> None:
    # Joplin/Trilium-style notes keyed by a TEXT id: the rowid is hidden but real (an FTS index's
    # docids follow it). The restore deleted and re-inserted the touched rows under new rowids.
    run_sql(sqlite_url, """
        CREATE TABLE notes (note_id TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
        INSERT INTO notes (note_id, title) SELECT printf('n%03d', 11 - i), 'note ' || i FROM n;""")
    rowids = "SELECT rowid, note_id FROM notes ORDER BY rowid"
    before = query(sqlite_url, rowids)
    _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE notes SET title = upper(title) WHERE rowid % 3 = 0;\n"
                                             "DELETE FROM notes WHERE rowid IN (2, 10);"})
    run_sql(sqlite_url, "INSERT INTO notes (note_id, title) VALUES ('later', 'written after the point')")
    assert query(sqlite_url, "SELECT rowid FROM notes WHERE note_id = 'later'") == [(10,)]
    api.rollback_to(sqlite_url, "base", on_conflict="keep-current")
    after = query(sqlite_url, rowids)
    # every row back under its rowid, but the one whose rowid a row written since holds now
    assert [r for r in after if r[1] != "later" and r[0] <= 10] == [r for r in before if r[0] != 10]
    assert (10, "later") in after and any(note == before[-1][1] and rowid > 10 for rowid, note in after)


@pytest.mark.parametrize("shadowed", [("rowid",), ("rowid", "oid"), ("rowid", "_rowid_", "oid")])
def test_a_column_named_rowid_does_not_stand_in_for_the_rowid(sqlite_url: str, tmp_path: Path,
                                                               shadowed: tuple[str, ...]) -> None:
    # A column may be named rowid (or oid, _rowid_): `SELECT rowid` then reads the column, and the
    # captures kept its values as the rows' identities; the rollback put the rows back with the
    # data checksums equal but under other rowids. Another name still reads the rowid; when
    # columns take all three, nothing does, and the rows come back under new rowids.
    extra = "".join(f", {name} TEXT" for name in shadowed)
    values = ", ".join(f"'{name}' || i" for name in shadowed)
    run_sql(sqlite_url, f"""
        CREATE TABLE docs (slug TEXT NOT NULL PRIMARY KEY, body TEXT{extra});
        CREATE TABLE feed (kind TEXT, body TEXT{extra});
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
        INSERT INTO docs SELECT printf('d%03d', 13 - i), 'doc ' || i, {values} FROM n;
        INSERT INTO feed SELECT kind, body, {", ".join(shadowed)} FROM (SELECT 'k' || (rowid % 3) AS kind, * FROM docs);""")
    readable = next(n for n in ("rowid", "_rowid_", "oid") if n not in shadowed) if len(shadowed) < 3 else None
    ident = f"SELECT {readable}, slug, body FROM docs ORDER BY 1" if readable else "SELECT slug, body FROM docs ORDER BY 1"
    feed = f"SELECT {readable}, kind, body FROM feed ORDER BY 1" if readable else "SELECT kind, body FROM feed ORDER BY 1"
    before = query(sqlite_url, ident), query(sqlite_url, feed)
    result = _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE docs SET slug = slug || '-v2', body = 'moved' WHERE body > 'doc 5';\n"
                                                      "DELETE FROM docs WHERE slug LIKE 'd00%';\n"
                                                      "DELETE FROM feed WHERE kind = 'k1';\n"
                                                      "UPDATE feed SET body = upper(body);"})
    assert sorted(_kinds(result)) == [("docs", "rows"), ("feed", "copy")]
    api.rollback_to(sqlite_url, "base")
    assert (query(sqlite_url, ident), query(sqlite_url, feed)) == before


@pytest.mark.parametrize("temp", ["", "TEMP "])
def test_rows_written_by_a_trigger_the_same_migration_created_are_captured(sqlite_url: str, tmp_path: Path, temp: str) -> None:
    # mozilla places-style: a (TEMP) trigger turns deletes into tombstones; created in the migration
    # that purges, it is not in the schema the migration started from
    run_sql(sqlite_url, """
        CREATE TABLE origins (id INTEGER PRIMARY KEY, host TEXT NOT NULL UNIQUE, frecency INTEGER NOT NULL);
        CREATE TABLE tombstones (host TEXT PRIMARY KEY) WITHOUT ROWID;
        INSERT INTO tombstones VALUES ('old.example');
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
        INSERT INTO origins SELECT i, 'host' || i || '.example', i * 10 FROM n;""")
    before = api.fingerprint(sqlite_url)
    trigger = (f"CREATE {temp}TRIGGER origins_tombstone AFTER DELETE ON origins FOR EACH ROW\n"
               "BEGIN INSERT OR IGNORE INTO tombstones (host) VALUES (OLD.host); END;\n")
    folder = write_migrations(tmp_path / "m", {"001.sql": trigger + "DELETE FROM origins WHERE frecency < 100;",
                                               "002.sql": "DELETE FROM origins WHERE frecency > 480;"})
    with open_target(parse_url(sqlite_url)) as target:
        result = apply_migrations(target, discover(str(folder)), ApplyOptions())
        # a TEMP trigger goes with its migration: it fired neither in 002 nor in the journal's writes
        assert target.conn.query("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'") == []
    assert ("tombstones", "rows") in _kinds(result)
    tombstones = 1 + 9 + (2 if not temp else 0)
    assert query(sqlite_url, "SELECT count(*) FROM tombstones") == [(tombstones,)]
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before
    assert query(sqlite_url, "SELECT host FROM tombstones") == [("old.example",)]


def test_foreign_key_actions_are_captured_when_the_connection_enforces_them(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, """
        CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE kids (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parents(id) ON DELETE CASCADE ON UPDATE CASCADE,
                           note TEXT);
        CREATE TABLE toys (id INTEGER PRIMARY KEY, kid_id INTEGER REFERENCES kids(id) ON DELETE SET NULL, label TEXT);
        CREATE TABLE tree (id INTEGER PRIMARY KEY, up INTEGER REFERENCES tree(id) ON UPDATE CASCADE ON DELETE CASCADE);
        INSERT INTO parents VALUES (1, 'p1'), (2, 'p2'), (3, 'p3');
        INSERT INTO kids VALUES (1, 1, 'a'), (2, 1, 'b'), (3, 2, 'c'), (4, 3, 'd');
        INSERT INTO toys VALUES (1, 1, 'ball'), (2, 3, 'kite'), (3, NULL, 'top');
        INSERT INTO tree VALUES (1, 1), (2, 1), (3, 2), (4, NULL);""")
    before = api.fingerprint(sqlite_url)
    folder = write_migrations(tmp_path / "m", {"001.sql": "DELETE FROM parents WHERE id = 1;\n"
                                                          "UPDATE parents SET id = 20 WHERE id = 2;\n"
                                                          "UPDATE tree SET id = 10 WHERE id = 1;\n"
                                                          "DELETE FROM tree WHERE id = 2;"})
    with open_target(parse_url(sqlite_url)) as target:
        target.conn.execute("PRAGMA foreign_keys = ON")
        result = apply_migrations(target, discover(str(folder)), ApplyOptions())
    assert sorted(_kinds(result)) == [("kids", "rows"), ("parents", "rows"), ("toys", "rows"), ("tree", "rows")]
    assert query(sqlite_url, "SELECT id, parent_id FROM kids ORDER BY id") == [(3, 20), (4, 3)]
    assert query(sqlite_url, "SELECT id, kid_id FROM toys ORDER BY id") == [(1, None), (2, 3), (3, None)]
    assert query(sqlite_url, "SELECT id, up FROM tree ORDER BY id") == [(4, None), (10, 10)]
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before


def test_without_rowid_tables_with_a_composite_key(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, """
        CREATE TABLE prefs (user_id INTEGER NOT NULL, pref TEXT NOT NULL, value TEXT, PRIMARY KEY (user_id, pref)) WITHOUT ROWID;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
        INSERT INTO prefs SELECT i, 'lang', CASE WHEN i % 3 = 0 THEN 'fr' ELSE 'en' END FROM n;""")
    before = api.fingerprint(sqlite_url)
    result = _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE prefs SET pref = 'locale' WHERE value = 'fr';\n"
                                                      "INSERT INTO prefs VALUES (1, 'tz', 'UTC');\n"
                                                      "DELETE FROM prefs WHERE user_id = 2;"})
    assert _kinds(result) == [("prefs", "rows")]
    run_sql(sqlite_url, "INSERT INTO prefs VALUES (2, 'tz', 'written later')")
    api.rollback_to(sqlite_url, "base")
    run_sql(sqlite_url, "DELETE FROM prefs WHERE pref = 'tz'")
    assert api.fingerprint(sqlite_url) == before


def test_tables_row_capture_cannot_identify_exactly_are_copied(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, """
        CREATE TABLE log (at TEXT, line TEXT);                                  -- no key
        CREATE TABLE tags (name TEXT PRIMARY KEY COLLATE NOCASE, n INTEGER);    -- key compared without case
        CREATE TABLE legacy (code TEXT PRIMARY KEY, n INTEGER);                 -- rowid table: the key may be NULL
        INSERT INTO log VALUES ('t1', 'a'), ('t2', 'b');
        INSERT INTO tags VALUES ('Red', 1), ('blue', 2);
        INSERT INTO legacy VALUES ('a', 1), (NULL, 2), (NULL, 3);""")
    before = api.fingerprint(sqlite_url)
    result = _apply(sqlite_url, tmp_path, {"001.sql": "DELETE FROM log WHERE line = 'a';\n"
                                                      "UPDATE tags SET name = 'red' WHERE name = 'RED';\n"
                                                      "UPDATE legacy SET n = n * 10;"})
    assert sorted(_kinds(result)) == [("legacy", "copy"), ("log", "copy"), ("tags", "copy")]
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before


def test_savepoint_rolled_back_inside_the_migration(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE contacts SET name = 'kept' WHERE id = 1;\n"
                                             "SAVEPOINT try;\nDELETE FROM contacts WHERE id > 100;\nROLLBACK TO try;\nRELEASE try;\n"
                                             "UPDATE contacts SET name = 'kept too' WHERE id = 2;"})
    assert query(sqlite_url, "SELECT count(*) FROM contacts") == [(200,)]
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before


def test_failed_statement_leaves_no_capture_trigger_and_recursive_triggers_off(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001.sql": "UPDATE contacts SET email = 'same@x.io' WHERE id < 3;"})
    with open_target(parse_url(sqlite_url)) as target:
        with pytest.raises(Exception, match="UNIQUE"):
            apply_migrations(target, discover(str(folder)), ApplyOptions())
        assert target.conn.scalar("PRAGMA recursive_triggers") == 0
        assert target.conn.query("SELECT name FROM sqlite_temp_master") == []


def test_verify_after_a_row_restore_passes(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, SETUP)
    _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE contacts SET phone = NULL WHERE id % 10 = 0;\n"
                                             "INSERT INTO contacts (name, email) VALUES ('new', 'n@x.io');"})
    api.rollback_to(sqlite_url, "base")
    code, data = invoke_json("verify", "--db", sqlite_url)
    assert code == 0, data


@pytest.mark.parametrize("wal", ["PRAGMA journal_mode = WAL", "PRAGMA journal_mode(WAL)"])
def test_vacuum_and_journal_mode_run_on_their_own_and_a_later_failure_is_compensated(sqlite_url: str, tmp_path: Path,
                                                                                     wal: str) -> None:
    """SQLite refuses VACUUM in a transaction and ignores or refuses a journal_mode change there: they
    run after the migration commits. A migration that VACUUMs INTO a copy commits in segments around
    it; a failure after that is compensated, its captures dropped."""
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    folder = write_migrations(tmp_path / "m", {
        "001_wal.sql": f"{wal};\nUPDATE contacts SET score = 0 WHERE id <= 50;\n",
        "002_purge.sql": "DELETE FROM contacts WHERE id > 150;\n-- compact\nVACUUM;\nUPDATE orgs SET name = upper(name);\n",
    })
    api.apply(sqlite_url, str(folder))
    assert query(sqlite_url, "PRAGMA journal_mode") == [("wal",)]
    after = api.fingerprint(sqlite_url)
    copy = tmp_path / "copy.db"
    write_migrations(folder, {"003_bad.sql": f"DELETE FROM contacts;\nVACUUM INTO '{copy}';\nINSERT INTO no_such_table VALUES (1);\n"})
    code, data = invoke_json("apply", "--db", sqlite_url, "--dir", str(folder))
    assert code == 1 and "003_bad.sql:3" in data["message"], data
    assert api.fingerprint(sqlite_url) == after
    # the failed migration's own captures went with it: only the recorded points' captures remain
    tables = {str(c) for (c,) in query(sqlite_url, "SELECT name FROM sqlite_master WHERE name LIKE '\\_rollback\\_cap\\_%' ESCAPE '\\'")}
    assert tables == {str(c) for (c,) in query(sqlite_url, "SELECT capture_table FROM _rollback_captures")}
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before


def test_vacuum_runs_after_the_migration_commits_as_one(sqlite_url: str, tmp_path: Path) -> None:
    """A migration holding VACUUM used to commit in pieces around it, with no run lock in between:
    VACUUM (like journal_mode) changes neither schema nor data, so the migration commits as one with
    its point and VACUUM runs after. VACUUM INTO keeps its place: it copies the database as it is
    at that statement."""
    run_sql(sqlite_url, SETUP)
    copy = tmp_path / "copy.db"
    folder = write_migrations(tmp_path / "m", {
        "001_purge.sql": "DELETE FROM contacts WHERE id > 150;\nVACUUM;\nUPDATE orgs SET name = upper(name);\n",
        "002_snapshot.sql": f"DELETE FROM contacts WHERE id > 100;\nVACUUM INTO '{copy}';\nDELETE FROM contacts WHERE id > 50;\n",
    })
    code, data = invoke_json("apply", "--db", sqlite_url, "--dir", str(folder), "--to", "001_purge")
    assert code == 0 and data["migrations"][0]["warnings"] == [], data
    [(info,)] = query(sqlite_url, "SELECT info FROM _rollback_points WHERE migration = '001_purge'")
    point = json.loads(str(info))
    assert point["segmented"] is False
    assert [p["reason"] for p in point["plan"]][-1] == "runs after the migration commits"
    api.apply(sqlite_url, str(folder))
    assert query(f"sqlite:///{copy}", "SELECT count(*) FROM contacts") == [(100,)]
    assert query(sqlite_url, "SELECT count(*) FROM contacts") == [(50,)]
    api.rollback_to(sqlite_url, "base")
    assert query(sqlite_url, "SELECT count(*) FROM contacts") == [(200,)]


_FTS = {
    "fts5": """
CREATE VIRTUAL TABLE notes_fts USING fts5(title, body, content='notes', content_rowid='id');
CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
  INSERT INTO notes_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END;
CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
  INSERT INTO notes_fts(notes_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END;
CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
  INSERT INTO notes_fts(notes_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO notes_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END;
""",
    "fts4": """
CREATE VIRTUAL TABLE notes_fts USING fts4(title, body, content="notes");
CREATE TRIGGER notes_bu BEFORE UPDATE ON notes BEGIN DELETE FROM notes_fts WHERE docid = old.rowid; END;
CREATE TRIGGER notes_bd BEFORE DELETE ON notes BEGIN DELETE FROM notes_fts WHERE docid = old.rowid; END;
CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
  INSERT INTO notes_fts(docid, title, body) VALUES (new.rowid, new.title, new.body); END;
CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
  INSERT INTO notes_fts(docid, title, body) VALUES (new.rowid, new.title, new.body); END;
""",
}


@pytest.mark.parametrize("module", sorted(_FTS))
def test_external_content_search_index_is_rebuilt_after_its_content_table_is_restored(
    sqlite_url: str, tmp_path: Path, module: str
) -> None:
    """An external-content FTS index kept in step by triggers (Room, synapse-style search tables):
    the restore of the content table sets the triggers aside, so the index must be rebuilt, or it
    goes on matching the text the migration wrote while reading the restored rows."""
    run_sql(sqlite_url, "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT);" + _FTS[module] + """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO notes (title, body) SELECT 'note ' || i, 'met at fair ' || (i % 9) FROM n;""")
    match = "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?"
    _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE notes SET body = 'vip customer' WHERE id % 10 = 0;\n"
                                             "DELETE FROM notes WHERE id % 13 = 0;\n"
                                             "INSERT INTO notes (id, title, body) VALUES (500, 'lead', 'vip prospect');"})
    assert query(sqlite_url, match.replace("?", "'vip'")) == [(13,)]
    api.rollback_to(sqlite_url, "base")
    assert query(sqlite_url, match.replace("?", "'vip'")) == [(0,)]
    assert query(sqlite_url, match.replace("?", "'fair'")) == [(120,)]
    run_sql(sqlite_url, "INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check');")


@pytest.mark.parametrize("module", sorted(_FTS))
def test_an_external_content_index_keeps_no_rows_and_is_no_conflict(sqlite_url: str, tmp_path: Path, module: str) -> None:
    """The index's rows are its content table's: its capture keeps none, and a row written to the
    content table since the point (one the migration never touched) is no conflict, also not
    through the index, so --on-conflict keep-current is not refused for it."""
    run_sql(sqlite_url, "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT);" + _FTS[module] + """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO notes (title, body) SELECT 'note ' || i, 'met at fair ' || (i % 9) FROM n;""")
    result = _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE notes SET body = body || ' reviewed' WHERE id % 2 = 0;"})
    [index] = [c for c in _captures(result) if c["table"] == "notes_fts"]
    assert (index["kind"], index["rows"]) == ("copy", 0)
    run_sql(sqlite_url, "INSERT INTO notes (id, title, body) VALUES (500, 'late', 'written after');")
    api.rollback_to(sqlite_url, "base")  # on_conflict="fail": nothing to refuse
    match = "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH '{}'"
    assert [query(sqlite_url, match.format(w))[0][0] for w in ("reviewed", "written", "fair")] == [0, 1, 60]
    assert query(sqlite_url, "SELECT body FROM notes WHERE id IN (2, 500) ORDER BY id") == [("met at fair 2",), ("written after",)]


_CONTENTLESS = {
    "fts5": "CREATE VIRTUAL TABLE docs_idx USING fts5(title, body, content='');",
    "fts4": 'CREATE VIRTUAL TABLE docs_idx USING fts4(title, body, content="");',
}


@pytest.mark.parametrize("module", sorted(_CONTENTLESS))
def test_a_contentless_index_is_kept_by_its_shadow_tables(sqlite_url: str, tmp_path: Path, module: str) -> None:
    """A contentless full-text index reads NULL for every column and refuses DELETE: its capture
    keeps its shadow tables, and the rollback puts them back, so it matches what it matched before
    (written into, then dropped; FTS5 also takes a 'delete' with the old values)."""
    run_sql(sqlite_url, _CONTENTLESS[module] + """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO docs_idx (rowid, title, body) SELECT i, 'deal ' || i, 'met at fair ' || (i % 5) FROM n;""")
    match = "SELECT group_concat(rowid) FROM (SELECT rowid FROM docs_idx WHERE docs_idx MATCH '{}' ORDER BY rowid)"
    words = ("fair", "renewal", "deal")
    before = [query(sqlite_url, match.format(w)) for w in words]
    forget = "INSERT INTO docs_idx (docs_idx, rowid, title, body) VALUES ('delete', 3, 'deal 3', 'met at fair 3');" if module == "fts5" else ""
    _apply(sqlite_url, tmp_path, {
        "001.sql": "INSERT INTO docs_idx (rowid, title, body) VALUES (41, 'renewal', 'renewal call'), (42, 'deal 42', 'renewal');" + forget,
        "002.sql": "DROP TABLE docs_idx;",
    })
    api.rollback_to(sqlite_url, "001")
    assert query(sqlite_url, match.format("renewal")) == [("41,42",)]
    api.rollback_to(sqlite_url, "base")
    assert [query(sqlite_url, match.format(w)) for w in words] == before
    if module == "fts5":  # FTS4 cannot check a contentless index
        run_sql(sqlite_url, "INSERT INTO docs_idx (docs_idx) VALUES ('integrity-check');")


def test_application_id_goes_back_with_a_rollback_and_old_points_still_compare(sqlite_url: str, tmp_path: Path) -> None:
    """PRAGMA application_id says what file format a database is (GeoPackage's 'GPKG'): a migration
    that sets it is rolled back with it; a point recorded before it was modelled (fingerprint_rev 4)
    still compares equal."""
    run_sql(sqlite_url, "CREATE TABLE features (id INTEGER PRIMARY KEY, name TEXT);")
    folder = write_migrations(tmp_path / "m", {
        "001_gpkg.sql": "PRAGMA application_id = 1196444487;\nCREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY);\n",
        "002_more.sql": "CREATE TABLE gpkg_extensions (table_name TEXT);\n",
    })
    api.apply(sqlite_url, str(folder))
    assert query(sqlite_url, "PRAGMA application_id") == [(1196444487,)]
    from rollback_commander.model.schema import SchemaModel

    stored = SchemaModel.from_json(str(query(sqlite_url, "SELECT model_after FROM _rollback_points WHERE migration = '001_gpkg'")[0][0]))
    run_sql(sqlite_url, f"UPDATE _rollback_points SET fingerprint_after = '{stored.fingerprint(rev=4)}', "
                        "info = json_set(info, '$.fingerprint_rev', 4) WHERE migration = '001_gpkg';")
    api.rollback_to(sqlite_url, "001_gpkg")  # compared with the point as it was fingerprinted
    assert query(sqlite_url, "PRAGMA application_id") == [(1196444487,)]
    api.rollback_to(sqlite_url, "base")
    assert query(sqlite_url, "PRAGMA application_id") == [(0,)]


def test_an_older_copy_of_a_table_with_a_column_named_rowid_is_restored_whole(sqlite_url: str, tmp_path: Path) -> None:
    """Copies taken before the rowid was read by a free name (copy layout 1) hold the `rowid`
    column's values as _rollback_rowid: a reverse built from them now (undo) puts the rows back
    whole under new rowids instead of using those values as rowids (a datatype mismatch here)."""
    import sqlite3

    run_sql(sqlite_url, """
        CREATE TABLE feed (kind TEXT, body TEXT, rowid TEXT);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
        INSERT INTO feed SELECT 'k' || (i % 3), 'entry ' || i, 'r-' || i FROM n;""")
    before = api.fingerprint(sqlite_url)["tables"]
    result = _apply(sqlite_url, tmp_path, {"001.sql": "DELETE FROM feed WHERE kind = 'k1';\nUPDATE feed SET body = upper(body);"})
    [cap] = _captures(result)
    assert (cap["table"], cap["kind"]) == ("feed", "copy")
    # the journal as an older version wrote it: no layout, the column's values in _rollback_rowid
    conn = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    with conn:
        pid, info = conn.execute("SELECT id, info FROM _rollback_points WHERE migration = '001'").fetchone()
        data = json.loads(info)
        for c in data["captures"]:
            c.pop("layout", None)
        conn.execute("UPDATE _rollback_points SET info = ? WHERE id = ?", (json.dumps(data), pid))
        conn.execute(f'UPDATE {cap["capture"]} SET _rollback_rowid = "rowid"')
    conn.close()
    api.undo(sqlite_url, "001")
    assert api.fingerprint(sqlite_url)["tables"] == before


@pytest.mark.parametrize("statement", ["ATTACH DATABASE ':memory:' AS scratch", "/* old data */ attach 'old.db' as legacy",
                                       "DETACH DATABASE scratch"])
def test_attach_and_detach_are_refused_naming_file_and_line(sqlite_url: str, tmp_path: Path, statement: str) -> None:
    """The tool keeps the main database only, and runs a migration as one transaction (in which a
    database written cannot be detached): ATTACH / DETACH are refused with the file and line, before
    anything ran (a probe once left the database attached: 'database scratch is already in use')."""
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    with pytest.raises(MigrationFailed) as err:
        _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE contacts SET phone = NULL WHERE id = 1;\n" + statement + ";\n"
                                                 "INSERT INTO contacts (name, email) VALUES ('x', 'x@x.io');"})
    assert ":2: " in str(err.value) and "the tool keeps and restores the main database only" in str(err.value)
    assert api.fingerprint(sqlite_url) == before


def test_sqlite3_shell_commands_that_change_nothing_are_passed_over(sqlite_url: str, tmp_path: Path) -> None:
    """Upgrade scripts written for `sqlite3 db < file` (PowerDNS's 4.2.0_to_4.3.0 begins with `.bail
    on`, Pi-hole's gravity migrations with `.timeout 30000`) failed with `near ".": syntax error`, the
    command and the next statement sent as one. The shell commands that change nothing are passed
    over; one that reads other input or switches the database is refused with the file and line,
    before anything ran."""
    run_sql(sqlite_url, SETUP)
    before = api.fingerprint(sqlite_url)
    _apply(sqlite_url, tmp_path, {"001.sql": ".bail on\n.timeout 30000\n\nBEGIN TRANSACTION;\n"
                                             "  UPDATE contacts SET phone = NULL WHERE id = 1;\nCOMMIT;\n"})
    assert query(sqlite_url, "SELECT phone FROM contacts WHERE id = 1") == [(None,)]
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before
    with pytest.raises(MigrationFailed) as err:
        api.apply(sqlite_url, str(write_migrations(tmp_path / "m2", {
            "002.sql": "UPDATE contacts SET phone = NULL WHERE id = 2;\n.read seed.sql\n"
                       "INSERT INTO contacts (name, email) VALUES ('x', 'x@x.io');"})))
    assert ":2: `.read seed.sql` is a command of the sqlite3 shell, not SQL" in str(err.value)
    assert api.fingerprint(sqlite_url) == before


def test_an_older_row_capture_of_a_table_with_a_column_named_rowid_goes_back_under_new_rowids(sqlite_url: str, tmp_path: Path) -> None:
    """Row images taken in layout 2 read `OLD.rowid`, which for a table with a column named rowid
    is that column: used as rowids by a reverse built again (undo), they failed with a datatype
    mismatch. Images of an older layout go back under new rowids (the data exact)."""
    import sqlite3

    run_sql(sqlite_url, """
        CREATE TABLE docs (slug TEXT NOT NULL PRIMARY KEY, body TEXT, rowid TEXT);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
        INSERT INTO docs SELECT printf('d%03d', i), 'doc ' || i, 'r-' || i FROM n;""")
    before = api.fingerprint(sqlite_url)["tables"]
    result = _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE docs SET body = upper(body) WHERE slug > 'd006';\nDELETE FROM docs WHERE slug < 'd003';"})
    [cap] = _captures(result)
    assert (cap["table"], cap["kind"]) == ("docs", "rows")
    conn = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    with conn:  # the journal as layout 2 wrote it: the column's values in _rb_rowid
        pid, info = conn.execute("SELECT id, info FROM _rollback_points WHERE migration = '001'").fetchone()
        data = json.loads(info)
        for c in data["captures"]:
            c["layout"] = 2
        conn.execute("UPDATE _rollback_points SET info = ? WHERE id = ?", (json.dumps(data), pid))
        conn.execute(f'UPDATE {cap["capture"]} SET _rb_rowid = "rowid" WHERE _rb_kind = \'o\'')
    conn.close()
    api.undo(sqlite_url, "001")
    assert api.fingerprint(sqlite_url)["tables"] == before


def test_an_older_row_capture_of_a_table_without_a_column_named_rowid_keeps_its_rowids(sqlite_url: str, tmp_path: Path) -> None:
    """Layout-2 row images of a rowid table whose key is not its rowid hold the real old rowids in
    _rb_rowid (no column is named rowid, so `OLD.rowid` read the rowid): a reverse built again
    (undo) puts the rows back under those rowids, as `SELECT rowid` and external-content indexes
    see them, not under new ones."""
    import sqlite3

    run_sql(sqlite_url, """
        CREATE TABLE notes (slug TEXT NOT NULL PRIMARY KEY, body TEXT);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
        INSERT INTO notes (rowid, slug, body) SELECT i * 10, printf('n%03d', i), 'note ' || i FROM n;""")
    rows = "SELECT rowid, slug, body FROM notes ORDER BY rowid"
    before = query(sqlite_url, rows)
    result = _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE notes SET body = upper(body) WHERE slug > 'n008';\n"
                                                      "DELETE FROM notes WHERE slug BETWEEN 'n003' AND 'n005';"})
    [cap] = _captures(result)
    assert (cap["table"], cap["kind"]) == ("notes", "rows")
    conn = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    with conn:  # the journal as layout 2 wrote it: the real rowids in _rb_rowid
        pid, info = conn.execute("SELECT id, info FROM _rollback_points WHERE migration = '001'").fetchone()
        data = json.loads(info)
        for c in data["captures"]:
            c["layout"] = 2
        conn.execute("UPDATE _rollback_points SET info = ? WHERE id = ?", (json.dumps(data), pid))
        assert conn.execute(f"SELECT count(*) FROM {cap['capture']} WHERE _rb_kind = 'o' AND _rb_rowid % 10 = 0").fetchone()[0] == 7
    conn.close()
    api.undo(sqlite_url, "001")
    assert query(sqlite_url, rows) == before


def test_integer_primary_key_desc_is_no_rowid_alias_and_keeps_its_rowids(sqlite_url: str, tmp_path: Path) -> None:
    """`id INTEGER PRIMARY KEY DESC` is, by a documented SQLite quirk, an ordinary column beside a
    hidden rowid (`PRIMARY KEY (id DESC)` is an alias). Taken for an alias, its rows went back
    under new rowids (rowid = id), which external-content indexes and `SELECT rowid` see."""
    run_sql(sqlite_url, """
        CREATE TABLE ledger (id INTEGER PRIMARY KEY DESC, memo TEXT);
        CREATE TABLE ledger2 (id INTEGER, memo TEXT, PRIMARY KEY (id DESC));
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
        INSERT INTO ledger (rowid, id, memo) SELECT 100 + i, i, 'entry ' || i FROM n;
        INSERT INTO ledger2 (id, memo) SELECT id, memo FROM ledger;""")
    rows = "SELECT rowid, id, memo FROM {} ORDER BY id"
    before = [query(sqlite_url, rows.format(t)) for t in ("ledger", "ledger2")]
    _apply(sqlite_url, tmp_path, {"001.sql": "DELETE FROM ledger WHERE id IN (3, 4);\nUPDATE ledger SET memo = upper(memo) WHERE id > 6;\n"
                                             "DELETE FROM ledger2 WHERE id IN (3, 4);\nUPDATE ledger2 SET memo = upper(memo);"})
    api.rollback_to(sqlite_url, "base")
    assert [query(sqlite_url, rows.format(t)) for t in ("ledger", "ledger2")] == before


def test_columns_named_like_the_capture_bookkeeping(sqlite_url: str, tmp_path: Path) -> None:
    """A table with a column named like a row capture's own columns (`_rb_kind`, `_rb_seq`, …) made
    the capture table fail (duplicate column name), refusing the migration; one with a column named
    `_rollback_rowid` got a copy holding two such columns and the proof refused it. Such tables are
    now copied, and the second put back whole."""
    run_sql(sqlite_url, """
        CREATE TABLE jobs (id INTEGER PRIMARY KEY, _rb_seq INTEGER, _rb_kind TEXT, _rb_hash TEXT, _rb_rowid INTEGER, _rb_n INTEGER);
        CREATE TABLE tags (slug TEXT NOT NULL PRIMARY KEY, _rb_rowid INTEGER, label TEXT);
        CREATE TABLE imports (name TEXT, _rollback_rowid TEXT);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8)
        INSERT INTO jobs SELECT i, i * 10, 'k' || i, 'h' || i, i + 100, i FROM n;
        INSERT INTO tags VALUES ('a', 1, 'x'), ('b', 2, 'y'), ('c', 3, 'z');
        INSERT INTO imports VALUES ('a', 'keep-a'), ('b', 'keep-b'), ('c', 'keep-c');""")
    before = api.fingerprint(sqlite_url)["tables"]
    _apply(sqlite_url, tmp_path, {"001.sql": "UPDATE jobs SET _rb_kind = 'changed' WHERE id < 4;\nDELETE FROM jobs WHERE id > 6;\n"
                                             "UPDATE tags SET label = upper(label);\nDELETE FROM tags WHERE slug = 'a';\n"
                                             "UPDATE imports SET name = upper(name);\nDELETE FROM imports WHERE name = 'B';"})
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url)["tables"] == before
    assert query(sqlite_url, "SELECT name, _rollback_rowid FROM imports ORDER BY name") == [("a", "keep-a"), ("b", "keep-b"), ("c", "keep-c")]


def test_yoyo_rollback_files_are_never_run(sqlite_url: str, tmp_path: Path) -> None:
    """yoyo keeps each migration's reverse beside it as `<id>.rollback.sql`, which sorts right after
    the migration: it was applied as the next migration and undid it at once."""
    folder = write_migrations(tmp_path / "m", {
        "0001.create-leads.sql": "-- depends:\nCREATE TABLE leads (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                                 "INSERT INTO leads (name) VALUES ('a'), ('b');\n",
        "0001.create-leads.rollback.sql": "DROP TABLE leads;\n",
        "0002.lead-source.sql": "-- depends: 0001.create-leads\nALTER TABLE leads ADD COLUMN source TEXT;\nUPDATE leads SET source = 'web';\n",
        "0002.lead-source.rollback.sql": "SELECT * FROM rollback_files_are_never_run;\n",
    })
    result = api.apply(sqlite_url, str(folder))
    assert [m.id for m in result.migrations] == ["0001.create-leads", "0002.lead-source"]
    assert query(sqlite_url, "SELECT name, source FROM leads ORDER BY id") == [("a", "web"), ("b", "web")]
    api.rollback_to(sqlite_url, "0001.create-leads")
    assert query(sqlite_url, "SELECT * FROM leads ORDER BY id") == [(1, "a"), (2, "b")]


def test_flyway_repeatable_migrations_run_after_the_versioned_ones(sqlite_url: str, tmp_path: Path) -> None:
    """`R__<name>.sql` sorted before `V1__…` by name and ran first, over tables not made yet."""
    folder = write_migrations(tmp_path / "m", {
        "V1__create_deals.sql": "CREATE TABLE deals (id INTEGER PRIMARY KEY, stage TEXT NOT NULL, amount INTEGER NOT NULL);\n"
                                "INSERT INTO deals (stage, amount) VALUES ('won', 10), ('open', 5), ('won', 7);\n",
        "R__reporting_views.sql": "DROP VIEW IF EXISTS won_deals;\nCREATE VIEW won_deals AS SELECT id, amount FROM deals WHERE stage = 'won';\n",
        "V2__deal_currency.sql": "ALTER TABLE deals ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR';\n",
        "V10__purge_open.sql": "DELETE FROM deals WHERE stage = 'open';\n",
    })
    result = api.apply(sqlite_url, str(folder))
    assert [m.id for m in result.migrations] == ["V1__create_deals", "V2__deal_currency", "V10__purge_open", "R__reporting_views"]
    assert query(sqlite_url, "SELECT sum(amount) FROM won_deals") == [(17,)]
    api.rollback_to(sqlite_url, "V10__purge_open")
    assert query(sqlite_url, "SELECT name FROM sqlite_master WHERE type = 'view'") == []


def test_flyway_dotted_versions_run_in_version_order(sqlite_url: str, tmp_path: Path) -> None:
    """`V1.1__` sorted before `V1__` by name ('.' before '_'), and `V2.0.1__` before `V2__`: Flyway
    compares the versions as numbers part by part."""
    folder = write_migrations(tmp_path / "m", {
        "V1__create_accounts.sql": "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
        "V1.1__seed_accounts.sql": "INSERT INTO accounts (name) VALUES ('acme'), ('globex');\n",
        "V1_2__account_tier.sql": "ALTER TABLE accounts ADD COLUMN tier TEXT NOT NULL DEFAULT 'free';\n",
        "V2__upgrade_acme.sql": "UPDATE accounts SET tier = 'pro' WHERE name = 'acme';\n",
        "V2.0.1__fix_globex.sql": "UPDATE accounts SET tier = 'team' WHERE name = 'globex';\n",
    })
    result = api.apply(sqlite_url, str(folder))
    assert [m.id for m in result.migrations] == ["V1__create_accounts", "V1.1__seed_accounts", "V1_2__account_tier",
                                                 "V2__upgrade_acme", "V2.0.1__fix_globex"]
    api.rollback_to(sqlite_url, "V1_2__account_tier")
    assert query(sqlite_url, "SELECT name, tier FROM accounts ORDER BY id") == [("acme", "free"), ("globex", "free")]


def test_hand_written_down_companions_are_never_run(sqlite_url: str, tmp_path: Path) -> None:
    """`270_venue.sql` + `270_venue_down.sql` (and `_up`/`_down` pairs, `-rollback`): the reverse
    sorted right after its migration and undid it at once. Without such a sibling a name ending in
    `_down` is a migration of its own."""
    folder = write_migrations(tmp_path / "m", {
        "270_venue_customers.sql": "CREATE TABLE venue_customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
        "270_venue_customers_down.sql": "DROP TABLE venue_customers;\n",
        "271_seed_up.sql": "INSERT INTO venue_customers (name) VALUES ('a'), ('b'), ('c');\n",
        "271_seed_down.sql": "DELETE FROM venue_customers;\n",
        "272_scale_down.sql": "DELETE FROM venue_customers WHERE name = 'c';\n",
        "273_flags.sql": "ALTER TABLE venue_customers ADD COLUMN vip INTEGER NOT NULL DEFAULT 0;\n",
        "273_flags-rollback.sql": "SELECT * FROM rollback_files_are_never_run;\n",
    })
    result = api.apply(sqlite_url, str(folder))
    assert [m.id for m in result.migrations] == ["270_venue_customers", "271_seed_up", "272_scale_down", "273_flags"]
    assert query(sqlite_url, "SELECT name, vip FROM venue_customers ORDER BY id") == [("a", 0), ("b", 0)]
    api.rollback_to(sqlite_url, "271_seed_up")
    assert query(sqlite_url, "SELECT name FROM venue_customers ORDER BY id") == [("a",), ("b",), ("c",)]


@pytest.mark.parametrize("migration", ["ALTER TABLE notes DROP COLUMN body;", "DROP TABLE notes;",
                                       "UPDATE notes SET body = 'x' WHERE id <> 2;"])
def test_text_that_is_not_valid_utf8_is_captured_checksummed_and_restored(sqlite_url: str, tmp_path: Path,
                                                                           migration: str) -> None:
    """SQLite keeps TEXT bytes it never checks (`CAST(x'cafe' AS TEXT)`, `x'cafe' || 'a'`): the checksum
    aggregate got such a value as text, Python could not decode it, and every capture of the table failed."""
    run_sql(sqlite_url, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                        "INSERT INTO notes VALUES (1, CAST(x'cafe' AS TEXT)), (2, 'plain é'), (3, x'cafd' || 'z'), (4, NULL);")
    before = api.fingerprint(sqlite_url)
    _apply(sqlite_url, tmp_path, {"001.sql": migration})
    api.rollback_to(sqlite_url, "base")
    assert api.fingerprint(sqlite_url) == before
    assert query(sqlite_url, "SELECT id, hex(body), typeof(body) FROM notes ORDER BY id") == [
        (1, "CAFE", "text"), (2, "706C61696E20C3A9", "text"), (3, "CAFD7A", "text"), (4, "", "null")]
    # the checksum tells invalid bytes apart, and valid text hashes as it did before (the str it is)
    run_sql(sqlite_url, "UPDATE notes SET body = CAST(x'cafc' AS TEXT) WHERE id = 1")
    assert api.fingerprint(sqlite_url)["tables"]["notes"] != before["tables"]["notes"]
    run_sql(sqlite_url, "CREATE TABLE plain (v TEXT); INSERT INTO plain VALUES ('a'), ('é'), (NULL);")
    with open_target(parse_url(sqlite_url)) as target:
        table = target.dialect.introspect(target.conn).tables["plain"]
        assert target.dialect.table_checksum(target.conn, table) == "3:" + format(
            _xor_of_reprs(["'a'", "'é'", "NULL"]), "032x")


def _xor_of_reprs(texts: list[str]) -> int:
    import hashlib

    acc = 0
    for t in texts:
        acc ^= int.from_bytes(hashlib.sha256(repr(t).encode()).digest()[:16], "big")
    return acc

"""MySQL/MariaDB: migrations run as a journal of steps; a crash at any step boundary is finished
or reverted by the next command, and nothing is lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rollback_commander import api
from rollback_commander.engine.session import open_target
from rollback_commander.engine.steps import FAULT_ENV
from rollback_commander.urls import parse_url

from .conftest import fresh_mysql_database
from .helpers import cli, invoke_json, mysql_connect, query, run_sql, write_migrations

SETUP = [
    "CREATE TABLE orgs (id int PRIMARY KEY, name varchar(50) NOT NULL, phone varchar(20))",
    "CREATE TABLE contacts (id int AUTO_INCREMENT PRIMARY KEY, org_id int, email varchar(80) UNIQUE,"
    " FOREIGN KEY (org_id) REFERENCES orgs(id))",
    "INSERT INTO orgs VALUES (1, 'acme', '555-1'), (2, 'globex', NULL), (3, 'initech', '555-3')",
    "INSERT INTO contacts (org_id, email) VALUES (1, 'a@x.io'), (2, 'b@x.io'), (1, 'c@x.io')",
]
MIGRATION = (
    "ALTER TABLE orgs ADD COLUMN tier varchar(10) DEFAULT 'free';\n"
    "UPDATE orgs SET name = UPPER(name);\n"
    "ALTER TABLE orgs DROP COLUMN phone;\n"
    "CREATE TABLE notes (id int AUTO_INCREMENT PRIMARY KEY, org_id int, body text);\n"
    "INSERT INTO notes (org_id, body) VALUES (1, 'x'), (2, 'y');\n"
    "DELETE FROM contacts WHERE email = 'b@x.io';\n"
    "RENAME TABLE notes TO org_notes;\n"
)
STEPS = 16
"""Step boundaries: one per statement, plus one for the DROP COLUMN quarantine (recorded before it
moves), plus four for each row-captured DML (UPDATE orgs, DELETE contacts): recorded, capture table
created, trigger created, statement committed (then the trigger dropped)."""


def _setup(url: str) -> None:
    conn = mysql_connect(url)
    with conn.cursor() as cur:
        for sql in SETUP:
            cur.execute(sql)
    conn.close()


@pytest.mark.mysql
def test_round_trip(mysql_url: str, tmp_path: Path) -> None:
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_multi.sql": MIGRATION})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    after = api.fingerprint(mysql_url)
    assert after != before
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    api.apply(mysql_url, str(folder))
    assert api.fingerprint(mysql_url) == after


@pytest.mark.mysql
@pytest.mark.parametrize("crash_after", range(1, STEPS))
def test_killed_at_every_step_boundary(mysql_url: str, tmp_path: Path, crash_after: int) -> None:
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_multi.sql": MIGRATION})
    before = api.fingerprint(mysql_url)
    res = cli("apply", "--db", mysql_url, "--dir", str(folder), env={FAULT_ENV: str(crash_after)})
    assert res.returncode == 137, res.stderr  # died like kill -9, half-way
    assert [p["migration"] for p in api.points(mysql_url) if p["kind"] == "running"] == ["001_multi"]
    # the next apply reverts the half-applied migration, then applies it whole
    api.apply(mysql_url, str(folder))
    events = [e["kind"] for e in api.log(mysql_url)]
    assert "recovered" in events
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before  # nothing lost


@pytest.mark.mysql
@pytest.mark.parametrize("crash_after", [1, 3, 6])
def test_killed_during_rollback_resumes(mysql_url: str, tmp_path: Path, crash_after: int) -> None:
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_multi.sql": MIGRATION})
    before = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(folder))
    res = cli("to", "base", "--db", mysql_url, "--yes", env={FAULT_ENV: str(crash_after)})
    assert res.returncode == 137, res.stderr
    api.rollback_to(mysql_url, "base")  # run it again: it finishes
    assert api.fingerprint(mysql_url) == before


@pytest.mark.mysql
def test_failing_statement_reverts_what_ran(mysql_url: str, tmp_path: Path) -> None:
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_bad.sql": "ALTER TABLE orgs ADD COLUMN tier varchar(10);\n"
                                                              "UPDATE orgs SET name = 'x';\n"
                                                              "ALTER TABLE nosuchtable ADD COLUMN y int;\n"})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 1 and "001_bad.sql:3" in data["message"] and "nosuchtable" in data["message"]
    assert api.fingerprint(mysql_url) == before
    assert [p["migration"] for p in api.points(mysql_url)] == ["base"]
    # the journal as it was (the first run adopted base): no `recovered` event for a point that never
    # was, as a crash's leftover is told (found breaking umami's and temporal's files on purpose)
    assert [e["kind"] for e in api.log(mysql_url)] == ["adopt"]
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 1 and [e["kind"] for e in api.log(mysql_url)] == ["adopt"]


@pytest.mark.mysql
def test_statement_failing_half_way_on_myisam_is_reverted(mysql_url: str, tmp_path: Path) -> None:
    """A MyISAM table (openemr's and Dolibarr's older installs) keeps the rows a failing UPDATE
    wrote before its error, while row captures roll back with the statement: such a table is
    copied before the statement, so the failed migration still leaves it as it was."""
    run_sql(mysql_url, "CREATE TABLE codes (id int PRIMARY KEY, code varchar(10) NOT NULL, UNIQUE KEY code (code))"
                       " ENGINE=MyISAM")
    run_sql(mysql_url, "INSERT INTO codes VALUES (1, 'a1'), (2, 'a2'), (3, 'a3')")
    run_sql(mysql_url, "CREATE TABLE other (id int PRIMARY KEY, v int)")
    run_sql(mysql_url, "INSERT INTO other VALUES (1, 1)")
    before = api.fingerprint(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_bad.sql": "UPDATE other SET v = 2;\n"
                                                             "UPDATE codes SET code = 'zz' ORDER BY id;\n"})
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 1 and "001_bad.sql:2" in data["message"] and "Duplicate entry" in data["message"]
    assert query(mysql_url, "SELECT id, code FROM codes ORDER BY id") == [(1, "a1"), (2, "a2"), (3, "a3")]
    assert api.fingerprint(mysql_url) == before
    folder = write_migrations(tmp_path / "m2", {"001_ok.sql": "UPDATE codes SET code = CONCAT(code, '!') WHERE id < 3;\n"
                                                             "DELETE FROM codes WHERE id = 3;\n"})
    api.apply(mysql_url, str(folder))
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before


@pytest.mark.mysql
def test_time_zones(mysql_url: str, tmp_path: Path) -> None:
    """The tool's session runs in UTC (journal timestamps); a migration's statements run under the
    server's time zone, and a SET time_zone in the migration holds for the statements after it."""
    run_sql(mysql_url, "CREATE TABLE tz (id INT PRIMARY KEY, zone VARCHAR(20))")
    folder = write_migrations(tmp_path / "m", {"001.sql": "INSERT INTO tz VALUES (1, @@SESSION.time_zone);\n"
                                                         "SET time_zone = '+05:00';\n"
                                                         "INSERT INTO tz VALUES (2, @@SESSION.time_zone);\n"})
    api.apply(mysql_url, str(folder))
    server = query(mysql_url, "SELECT @@GLOBAL.time_zone")[0][0]
    assert query(mysql_url, "SELECT id, zone FROM tz ORDER BY id") == [(1, server), (2, "+05:00")]
    from datetime import UTC, datetime

    from rollback_commander.ops.store import parse_stamp

    applied = parse_stamp(api.points(mysql_url)[-1]["applied_at"])
    assert abs((datetime.now(UTC) - applied).total_seconds()) < 120


@pytest.mark.mysql
def test_set_names_holds_for_its_migration_only(mysql_url: str, tmp_path: Path) -> None:
    """A dump-style `SET NAMES latin1` (dolibarr, openemr and phpMyAdmin files open with one) holds
    for the statements after it in its file, as in the mysql client, and neither for the tool's own
    introspection (the point's schema read under latin1 looked changed by hand, and the rollback was
    refused) nor for the next migration (its UTF-8 literal was read as latin1)."""
    run_sql(mysql_url, "CREATE TABLE t (id int PRIMARY KEY, name varchar(50)) DEFAULT CHARSET=utf8mb4")
    run_sql(mysql_url, "INSERT INTO t VALUES (1, 'a'), (2, 'b')")
    before = api.fingerprint(mysql_url)
    folder = write_migrations(tmp_path / "m", {
        "001_names.sql": "/*!40101 SET NAMES latin1 */;\n"
                         "ALTER TABLE t ADD COLUMN city varchar(40) COMMENT 'Ville (ça)';\n"
                         "UPDATE t SET city = 'Zürich' WHERE id = 1;\n",
        "002_more.sql": "ALTER TABLE t COMMENT = 'Kontakte für Büro';\nUPDATE t SET name = 'Ève' WHERE id = 2;\n",
    })
    api.apply(mysql_url, str(folder))
    # what the mariadb client makes of the same files, one session per file
    assert query(mysql_url, "SELECT id, name, city FROM t ORDER BY id") == [(1, "a", "ZÃ¼rich"), (2, "Ève", None)]
    comment = query(mysql_url, "SELECT table_comment FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 't'")
    assert comment == [("Kontakte für Büro",)]
    api.rollback_to(mysql_url, "001_names")
    assert query(mysql_url, "SELECT id, name FROM t ORDER BY id") == [(1, "a"), (2, "b")]
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before


@pytest.mark.mysql
def test_ansi_sql_mode_holds_for_its_migration_only(mysql_url: str, tmp_path: Path) -> None:
    """A migration written for `SET sql_mode = 'ANSI'` ("quoted" names, ||) keeps it for its own
    statements; the tool's introspection in between read SHOW CREATE TABLE with "" quotes, so the
    point's schema looked changed by hand later and the rollback past it was refused."""
    run_sql(mysql_url, "CREATE TABLE t (id int PRIMARY KEY, name varchar(50))")
    run_sql(mysql_url, "INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')")
    before = api.fingerprint(mysql_url)
    folder = write_migrations(tmp_path / "m", {
        "001_ansi.sql": "SET SESSION sql_mode = 'ANSI,NO_BACKSLASH_ESCAPES';\n"
                        "ALTER TABLE \"t\" ADD COLUMN note varchar(20) COMMENT 'it''s \\ here';\n"
                        "UPDATE \"t\" SET name = name || '-x' WHERE id < 3;\nDELETE FROM \"t\" WHERE id = 3;\n",
        "002_more.sql": "UPDATE t SET note = 'n' WHERE id = 1;\n",
    })
    api.apply(mysql_url, str(folder))
    assert query(mysql_url, "SELECT id, name, note FROM t ORDER BY id") == [(1, "a-x", "n"), (2, "b-x", None)]
    api.rollback_to(mysql_url, "001_ansi")  # the newest point is now the one recorded under ANSI
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == before


@pytest.mark.mysql
def test_schema_changed_by_hand_since_is_refused_before_anything_runs(mysql_url: str, tmp_path: Path) -> None:
    """Each step is planned from the live schema, so a column added by hand since the point would be
    dropped with its values: the rollback refuses first, and runs once it is gone again."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_multi.sql": MIGRATION})
    before = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(folder))
    run_sql(mysql_url, "ALTER TABLE contacts ADD COLUMN nickname varchar(20) DEFAULT 'mine'")
    drifted = api.fingerprint(mysql_url)
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 1 and "outside the tool" in data["message"] and "nickname" in data["hint"], data
    assert api.fingerprint(mysql_url) == drifted  # nothing changed, the column and its values are there
    assert query(mysql_url, "SELECT DISTINCT nickname FROM contacts") == [("mine",)]
    assert [p["active"] for p in api.points(mysql_url) if p["migration"] == "001_multi"] == [True]
    run_sql(mysql_url, "ALTER TABLE contacts DROP COLUMN nickname")
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before


RETIRE_EVERYWHERE = """ALTER TABLE orgs ADD COLUMN tier varchar(10) DEFAULT 'free';
DROP PROCEDURE IF EXISTS retire_column;
DELIMITER //
CREATE PROCEDURE retire_column(IN col VARCHAR(64))
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE tbl VARCHAR(64);
  DECLARE cur CURSOR FOR SELECT TABLE_NAME FROM information_schema.COLUMNS
    WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME = col ORDER BY TABLE_NAME;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  OPEN cur;
  next_table: LOOP
    FETCH cur INTO tbl;
    IF done THEN LEAVE next_table; END IF;
    SET @ddl = CONCAT('ALTER TABLE `', tbl, '` DROP COLUMN `', col, '`');
    PREPARE ddl_stmt FROM @ddl; EXECUTE ddl_stmt; DEALLOCATE PREPARE ddl_stmt;
  END LOOP;
  CLOSE cur;
END //
DELIMITER ;
CALL retire_column('phone');
DROP PROCEDURE retire_column;
"""


@pytest.mark.mysql
def test_dynamic_sql_on_tables_known_only_at_run_time_is_refused(mysql_url: str, tmp_path: Path) -> None:
    """A CALL whose routine builds its DDL from a cursor over information_schema names no table
    anywhere: what it drops cannot be captured first. It is refused before it runs (what ran before
    it is reverted); --allow-irreversible runs it, uncaptured, with a warning."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_retire.sql": RETIRE_EVERYWHERE})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 1 and "001_retire.sql:21" in data["message"] and "dynamic SQL" in data["message"], data
    assert "--allow-irreversible" in data["hint"], data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT count(phone) FROM orgs") == [(2,)]
    assert [p["migration"] for p in api.points(mysql_url)] == ["base"]
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder), "--allow-irreversible")
    assert code == 0, data
    assert any("dynamic SQL" in w for w in data["migrations"][0]["warnings"]), data
    assert query(mysql_url, "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                            "AND TABLE_NAME = 'orgs' AND COLUMN_NAME = 'phone'") == [(0,)]  # it did run
    # what it changed was not captured: the point is irreversible, and rolling back past it asks first
    assert [p["reversible"] for p in api.points(mysql_url)] == [True, False]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 1 and "--allow-irreversible" in data["hint"], data


def _database_defaults(url: str) -> tuple[object, ...]:
    return query(url, "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
                      "WHERE SCHEMA_NAME = DATABASE()")[0]


@pytest.mark.mysql
def test_alter_database_charset_is_rolled_back(mysql_url: str, tmp_path: Path) -> None:
    """ALTER DATABASE CHARACTER SET (temporal's update_charset) changes what every later CREATE
    TABLE without a charset gets: a rollback puts the database default back, and one changed by
    hand since is refused like any schema change made by hand."""
    run_sql(mysql_url, "ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_swedish_ci")
    folder = write_migrations(tmp_path / "m", {
        "001_utf8mb4.sql": "ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
                           "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(20));\n",
    })
    assert cli("apply", "--db", mysql_url, "--dir", str(folder)).returncode == 0
    assert _database_defaults(mysql_url) == ("utf8mb4", "utf8mb4_unicode_ci")
    run_sql(mysql_url, "ALTER DATABASE CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci")
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 1 and "database:defaults" in str(data), data
    run_sql(mysql_url, "ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
    assert cli("to", "base", "--db", mysql_url, "--yes").returncode == 0
    assert _database_defaults(mysql_url) == ("latin1", "latin1_swedish_ci")


@pytest.mark.mysql
def test_database_with_the_server_defaults_has_no_defaults_object(mysql_url: str, tmp_path: Path) -> None:
    """A database with the server's default charset and collation models none (as models recorded
    before the object existed): a migration that changes them is rolled back to the server's."""
    server = tuple(str(v) for v in query(mysql_url, "SELECT @@character_set_server, @@collation_server")[0])
    run_sql(mysql_url, f"ALTER DATABASE CHARACTER SET {server[0]} COLLATE {server[1]}")
    with open_target(parse_url(mysql_url)) as target:
        assert "database:defaults" not in target.dialect.introspect(target.conn).objects
    folder = write_migrations(tmp_path / "m", {"001_latin1.sql": "ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_swedish_ci;\n"})
    assert cli("apply", "--db", mysql_url, "--dir", str(folder)).returncode == 0
    assert _database_defaults(mysql_url) == ("latin1", "latin1_swedish_ci")
    assert cli("to", "base", "--db", mysql_url, "--yes").returncode == 0
    assert _database_defaults(mysql_url) == server


@pytest.mark.mysql
def test_rebuilt_table_gets_its_keys_back_in_their_order(mysql_url: str, tmp_path: Path) -> None:
    """A table the rollback re-creates (its capture copied back) lists its keys as before, not by name:
    SHOW CREATE TABLE and dumps of the rolled-back database equal the ones before the migration."""
    run_sql(mysql_url, """
        CREATE TABLE members (id int PRIMARY KEY, login varchar(40) NOT NULL);
        CREATE TABLE visits (
          id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
          member_id int NOT NULL,
          started datetime NOT NULL,
          ended datetime DEFAULT NULL,
          KEY zz_member (member_id),
          KEY started (started),
          KEY ended (ended),
          CONSTRAINT visits_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
        );
        INSERT INTO members VALUES (1, 'ann'), (2, 'ben');
        INSERT INTO visits (member_id, started, ended) VALUES (1, '2024-01-01 10:00', NULL), (2, '2024-01-02 09:00', '2024-01-02 10:00');
    """)
    folder = write_migrations(tmp_path / "m", {"001_history_keeps_names.sql": (
        "ALTER TABLE visits MODIFY COLUMN member_id int DEFAULT NULL;\n"
        "ALTER TABLE visits ADD COLUMN login varchar(40);\n"
        "UPDATE visits JOIN members ON members.id = visits.member_id SET visits.login = members.login;\n"
        "ALTER TABLE visits DROP FOREIGN KEY visits_member;\n"
        "ALTER TABLE visits ADD CONSTRAINT visits_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE SET NULL;\n"
    )})

    before = _show_create(mysql_url, "visits")
    api.apply(mysql_url, str(folder))
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert _show_create(mysql_url, "visits") == before


def test_key_order_is_kept_but_not_fingerprinted() -> None:
    """Points recorded before the key order was modelled still compare equal with the live schema."""
    from rollback_commander.model.schema import Column, SchemaModel, Table

    def model(extra: dict[str, object]) -> SchemaModel:
        m = SchemaModel(dialect="mysql")
        m.add_table(Table("visits", [Column("id", "int", False)], ["id"], dict(extra)))
        return m

    old, new = model({"options": {}}), model({"options": {}, "key_order": ["zz_member", "started"]})
    assert old.fingerprint() == new.fingerprint() and not old.diff(new)
    assert SchemaModel.from_json(new.to_json()).tables["visits"].extra["key_order"] == ["zz_member", "started"]


@pytest.mark.mysql
def test_exchange_partition_keeps_the_other_tables_rows(mysql_url: str, tmp_path: Path) -> None:
    """`ALTER TABLE log EXCHANGE PARTITION p WITH TABLE archive` (partition archiving) swaps rows
    between two tables: the archive table's rows are kept too, so a rollback empties it again
    instead of leaving it with the partition's rows (it did, with the schema verified)."""
    run_sql(mysql_url, "CREATE TABLE activity_log (id int NOT NULL, day date NOT NULL, PRIMARY KEY (id, day))"
                       " PARTITION BY RANGE (YEAR(day)) (PARTITION p2021 VALUES LESS THAN (2022),"
                       " PARTITION pmax VALUES LESS THAN MAXVALUE)")
    run_sql(mysql_url, "CREATE TABLE activity_archive (id int NOT NULL, day date NOT NULL, PRIMARY KEY (id, day))")
    run_sql(mysql_url, "INSERT INTO activity_log VALUES (1, '2021-03-01'), (2, '2021-07-01'), (3, '2022-01-05')")
    run_sql(mysql_url, "INSERT INTO activity_archive VALUES (9, '2020-12-31')")
    before = api.fingerprint(mysql_url)
    folder = write_migrations(tmp_path / "m", {
        "001_archive_2021.sql": "ALTER TABLE activity_log EXCHANGE PARTITION p2021 WITH TABLE activity_archive;\n",
    })
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert sorted(c["table"] for c in data["migrations"][0]["captures"]) == ["activity_archive", "activity_log"]
    assert query(mysql_url, "SELECT count(*) FROM activity_archive")[0][0] == 2
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT id FROM activity_archive") == [(9,)]


@pytest.mark.mysql
def test_use_of_another_database_is_refused(mysql_url: str, tmp_path: Path, _mysql_admin: object) -> None:
    """A migration's `USE other_db` (a dump made with --databases, a templated upgrade script) sent
    the statements after it to another database, where nothing was captured or rolled back: refused
    once it ran (it changes no data), naming file and line, before the statements after it, in any
    spelling the server takes (ANSI quotes, a versioned comment). `USE` of the target itself runs."""
    run_sql(mysql_url, "CREATE TABLE tickets (id int PRIMARY KEY, status varchar(10) NOT NULL)")
    run_sql(mysql_url, "INSERT INTO tickets VALUES (1, 'open'), (2, 'open')")
    target = parse_url(mysql_url).parts()["database"]
    with fresh_mysql_database(_mysql_admin) as other_url:
        other = parse_url(other_url).parts()["database"]
        run_sql(other_url, "CREATE TABLE tickets (id int PRIMARY KEY, status varchar(10) NOT NULL)")
        run_sql(other_url, "INSERT INTO tickets VALUES (1, 'open')")
        for n, use in enumerate((f"USE `{other}`;", f"SET sql_mode = 'ANSI_QUOTES';\nUSE \"{other}\";",
                                 f"/*!40000 USE {other} */;")):
            folder = write_migrations(tmp_path / f"m{n}", {
                "001_close.sql": f"{use}\nUPDATE tickets SET status = 'closed';\n",
            })
            code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
            line = use.count("\n") + 1
            assert code == 1 and f"001_close.sql:{line}" in data["message"] and f"USE {other}" in data["message"], data
            assert query(other_url, "SELECT status FROM tickets") == [("open",)]
            assert query(mysql_url, "SELECT count(*) FROM _rollback_points WHERE kind <> 'base'") == [(0,)], use
    assert query(mysql_url, "SELECT status FROM tickets ORDER BY id") == [("open",), ("open",)]
    folder = write_migrations(tmp_path / "same", {"001_close.sql": f"USE {target};\nUPDATE tickets SET status = 'closed';\n"})
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert cli("to", "base", "--db", mysql_url, "--yes").returncode == 0
    assert query(mysql_url, "SELECT status FROM tickets ORDER BY id") == [("open",), ("open",)]


@pytest.mark.mysql
def test_points_keep_their_fingerprint_revision_and_old_ones_still_compare(mysql_url: str, tmp_path: Path) -> None:
    """The step engine rewrote the point's info without `fingerprint_rev`, so its points read as the
    oldest revision; and that revision's comparison dropped the `storage` of MySQL's generated columns
    (a PostgreSQL column setting of the same name came later): every rollback past a table with a
    generated column was refused as "the schema changed outside the tool"."""
    from rollback_commander.model.schema import FINGERPRINT_REV

    folder = write_migrations(tmp_path / "m", {
        "001_order_lines.sql": "CREATE TABLE order_lines (id INT PRIMARY KEY, qty INT NOT NULL, "
                         "total INT GENERATED ALWAYS AS (qty * 2) STORED);\nINSERT INTO order_lines (id, qty) VALUES (1, 3);\n",
        "002_more.sql": "UPDATE order_lines SET qty = qty + 1;\n"})
    api.apply(mysql_url, str(folder))
    with open_target(parse_url(mysql_url)) as target:
        assert {p.info.get("fingerprint_rev") for p in target.journal.points() if p.kind == "migration"} == {FINGERPRINT_REV}
    api.rollback_to(mysql_url, "001_order_lines")
    # a journal written before revisions were recorded
    run_sql(mysql_url, "UPDATE _rollback_points SET info = JSON_REMOVE(info, '$.fingerprint_rev');")
    api.apply(mysql_url, str(folder))
    run_sql(mysql_url, "UPDATE _rollback_points SET info = JSON_REMOVE(info, '$.fingerprint_rev');")
    api.rollback_to(mysql_url, "base")
    assert query(mysql_url, "SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                            "AND TABLE_NAME = 'order_lines'") == [(0,)]


@pytest.mark.mysql
def test_key_and_index_only_alters_copy_no_rows(mysql_url: str, tmp_path: Path) -> None:
    """Prisma's switch to `relationMode = "prisma"` (dub): `DROP FOREIGN KEY` then `RENAME INDEX
    <fk> TO <idx>`, plus dropped and hidden indexes, a CHECK and a table comment: no row changes,
    so nothing is copied (it was the whole table, for every such ALTER), and the rollback puts the
    keys back under their names."""
    run_sql(mysql_url, """
        CREATE TABLE workspaces (id varchar(20) PRIMARY KEY, slug varchar(40) NOT NULL);
        CREATE TABLE links (
          id int AUTO_INCREMENT PRIMARY KEY, workspace_id varchar(20), url varchar(200), clicks int,
          KEY links_url (url), CONSTRAINT links_clicks CHECK (clicks >= 0),
          CONSTRAINT links_workspace_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE
        );
        INSERT INTO workspaces VALUES ('w1', 'one'), ('w2', 'two');
        INSERT INTO links (workspace_id, url, clicks) VALUES ('w1', 'https://a', 1), ('w2', 'https://b', 2);
    """)

    before, fingerprint = _show_create(mysql_url, "links"), api.fingerprint(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_relation_mode.sql": (
        "ALTER TABLE `links` DROP FOREIGN KEY `links_workspace_fkey`;\n"
        "ALTER TABLE `links` RENAME INDEX `links_workspace_fkey` TO `links_workspace_idx`;\n"
        "ALTER TABLE links DROP INDEX links_url, ALTER INDEX links_workspace_idx IGNORED, COMMENT = 'a, b';\n"
        "ALTER TABLE links DROP CONSTRAINT links_clicks;\n"
    )})
    api.apply(mysql_url, str(folder))
    assert query(mysql_url, "SELECT COUNT(*) FROM _rollback_captures") == [(0,)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert _show_create(mysql_url, "links") == before
    assert api.fingerprint(mysql_url) == fingerprint


def _show_create(url: str, table: str) -> str:
    """SHOW CREATE TABLE without its AUTO_INCREMENT counter."""
    return str(query(url, f"SHOW CREATE TABLE {table}")[0][1]).split("AUTO_INCREMENT=")[0]


GOOSE_PROCEDURE = """-- +goose Up
-- +goose StatementBegin
CREATE PROCEDURE retire_org(IN p_id INT)
BEGIN
    DELETE FROM contacts WHERE org_id = p_id;
    DELETE FROM orgs WHERE id = p_id;
END
-- +goose StatementEnd

CALL retire_org(2);

-- +goose Down
-- +goose StatementBegin
SELECT * FROM goose_down_sections_are_never_run;
-- +goose StatementEnd
"""


def test_goose_statement_end_ends_a_statement_without_delimiter() -> None:
    """goose sends a `StatementBegin ... StatementEnd` block as it is: a body ending in `END` with no
    `;` and the next statement are two statements, with their own lines in the file."""
    from rollback_commander.dialects.mysql import MySQLDialect
    from rollback_commander.model.migration import up_section

    stmts = MySQLDialect().split(up_section(GOOSE_PROCEDURE))
    assert [(s.text.splitlines()[-1], s.start_line, s.end_line) for s in stmts] == [
        ("END", 3, 7), ("CALL retire_org(2)", 10, 10)]


@pytest.mark.mysql
def test_goose_procedure_block_round_trip(mysql_url: str, tmp_path: Path) -> None:
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"00001_retire.sql": GOOSE_PROCEDURE})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert query(mysql_url, "SELECT id FROM orgs ORDER BY id") == [(1,), (3,)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before


@pytest.mark.mysql
def test_sequence_position_is_rolled_back(mysql_url: str, tmp_path: Path) -> None:
    """NEXTVAL is not transactional: rolling back a migration that drew numbers from a MariaDB
    sequence (and one that moved it with ALTER SEQUENCE ... RESTART, or dropped it) puts its next
    value back, so that re-applying numbers the rows as the first run did."""
    run_sql(mysql_url, "CREATE SEQUENCE invoice_no START WITH 500 NOCACHE;\n"
                       "CREATE TABLE invoices (id int PRIMARY KEY DEFAULT NEXTVAL(invoice_no), total int NOT NULL);\n"
                       "INSERT INTO invoices (total) VALUES (10), (20);\n")
    folder = write_migrations(tmp_path / "m", {
        "001_more.sql": "INSERT INTO invoices (total) VALUES (30), (40);\nSELECT NEXTVAL(invoice_no);\n",
        "002_restart.sql": "ALTER SEQUENCE invoice_no RESTART WITH 9000;\nINSERT INTO invoices (total) VALUES (50);\n"
                           "ALTER TABLE invoices ALTER COLUMN id DROP DEFAULT;\nDROP SEQUENCE invoice_no;\n",
    })
    assert cli("apply", "--db", mysql_url, "--dir", str(folder)).returncode == 0
    assert query(mysql_url, "SELECT id FROM invoices ORDER BY id") == [(500,), (501,), (502,), (503,), (9000,)]
    assert cli("to", "001_more", "--db", mysql_url, "--yes").returncode == 0
    assert query(mysql_url, "SELECT next_not_cached_value FROM invoice_no") == [(505,)]
    assert cli("to", "base", "--db", mysql_url, "--yes").returncode == 0
    assert query(mysql_url, "SELECT next_not_cached_value FROM invoice_no") == [(502,)]
    assert cli("apply", "--db", mysql_url, "--dir", str(folder), "--to", "001_more").returncode == 0
    assert query(mysql_url, "SELECT id FROM invoices ORDER BY id") == [(500,), (501,), (502,), (503,)]


@pytest.mark.mysql
def test_a_sequence_drawn_from_since_is_not_restarted_onto_its_numbers(mysql_url: str, tmp_path: Path) -> None:
    """The reverse restarted every MariaDB sequence at its position before the migration, so the
    numbers handed out since (invoice 503, drawn after the migration) were handed out again and
    the next insert failed with a duplicate key. Restarted only while the sequence stands where the
    migration left it (ticket_no) or behind where it was (batch_no, which the migration restarted lower);
    one nobody moved (spare_no) gets no statement."""
    run_sql(mysql_url, "CREATE SEQUENCE invoice_no START WITH 500 NOCACHE;\n"
                       "CREATE SEQUENCE ticket_no START WITH 10 NOCACHE;\nCREATE SEQUENCE batch_no START WITH 70 NOCACHE;\n"
                       "CREATE SEQUENCE spare_no NOCACHE;\n"
                       "CREATE TABLE invoices (id int PRIMARY KEY DEFAULT NEXTVAL(invoice_no), total int NOT NULL);\n"
                       "INSERT INTO invoices (total) VALUES (10), (20);\n")
    folder = write_migrations(tmp_path / "m", {"001_more.sql": (
        "INSERT INTO invoices (total) VALUES (30);\nSELECT NEXTVAL(ticket_no);\nALTER SEQUENCE batch_no RESTART WITH 1;\n")})
    assert cli("apply", "--db", mysql_url, "--dir", str(folder)).returncode == 0
    run_sql(mysql_url, "INSERT INTO invoices (total) VALUES (40);\n")  # the application, after the migration
    assert query(mysql_url, "SELECT id FROM invoices ORDER BY id") == [(500,), (501,), (502,), (503,)]
    reverse = cli("sql", "base", "--db", mysql_url).stdout
    assert "spare_no" not in reverse
    res = cli("to", "base", "--db", mysql_url, "--yes")
    assert res.returncode == 0, res.stderr
    assert query(mysql_url, "SELECT id FROM invoices ORDER BY id") == [(500,), (501,), (503,)]
    run_sql(mysql_url, "INSERT INTO invoices (total) VALUES (50);\n")
    assert query(mysql_url, "SELECT max(id) FROM invoices") == [(504,)]
    assert query(mysql_url, "SELECT next_not_cached_value FROM ticket_no UNION ALL SELECT next_not_cached_value FROM batch_no") == [
        (10,), (70,)]


@pytest.mark.mysql
def test_a_view_left_over_a_renamed_table_comes_back_with_its_drop(mysql_url: str, tmp_path: Path) -> None:
    """Found by hypothesis: a view over t1, t1 renamed to t6 (the view no longer resolves), then
    both dropped. The reverse of the drops re-created the view while t1 was still t6, which the
    server refuses (1146), and the rollback stopped half-way. The view is now created over a
    stand-in table that is dropped right after, so it is as unresolved as it was at that point."""
    run_sql(mysql_url, "CREATE TABLE t1 (id int PRIMARY KEY, c2 int);\nINSERT INTO t1 VALUES (1, 2), (3, 4);\n")
    folder = write_migrations(tmp_path / "m", {
        "001_view.sql": "CREATE VIEW v5 AS SELECT id, c2 FROM t1;\n",
        "002_rename.sql": "RENAME TABLE t1 TO t6;\n",
        "003_drop.sql": "DROP VIEW v5;\nDROP TABLE t6;\n"})
    before = api.fingerprint(mysql_url)
    assert cli("apply", "--db", mysql_url, "--dir", str(folder)).returncode == 0
    res = cli("to", "002_rename", "--db", mysql_url, "--yes")
    assert res.returncode == 0, res.stderr
    assert sorted(query(mysql_url, "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                   "AND TABLE_NAME NOT LIKE '\\_rollback%'")) == [("t6", "BASE TABLE"), ("v5", "VIEW")]
    res = cli("to", "base", "--db", mysql_url, "--yes")
    assert res.returncode == 0, res.stderr
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT id, c2 FROM t1 ORDER BY id") == [(1, 2), (3, 4)]


@pytest.mark.mysql
def test_dynamic_sql_from_an_expression_is_read_before_it_runs(mysql_url: str, tmp_path: Path) -> None:
    """MariaDB's `EXECUTE IMMEDIATE <expr>` and `PREPARE s FROM <expr>` take any expression (no
    subquery, no stored function): its text is read first (`SELECT <expr>`), so a statement whose
    table is only in a variable is captured like the text it runs, not refused."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_dyn.sql": (
        "SET @t = 'contacts';\n"
        "EXECUTE IMMEDIATE CONCAT('DELETE FROM ', @t, ' WHERE email = ', QUOTE('b@x.io'));\n"
        "SET @col = 'phone';\n"
        "PREPARE drop_col FROM CONCAT('ALTER TABLE orgs DROP COLUMN ', @col);\n"
        "EXECUTE drop_col;\n"
        "DEALLOCATE PREPARE drop_col;\n"
    )})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert query(mysql_url, "SELECT COUNT(*) FROM contacts") == [(2,)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT email FROM contacts ORDER BY id") == [("a@x.io",), ("b@x.io",), ("c@x.io",)]
    assert query(mysql_url, "SELECT phone FROM orgs ORDER BY id") == [("555-1",), (None,), ("555-3",)]


@pytest.mark.mysql
def test_rows_with_auto_increment_key_zero_keep_it(mysql_url: str, tmp_path: Path) -> None:
    """A row whose AUTO_INCREMENT key is 0 (an anonymous user 0, inserted under
    NO_AUTO_VALUE_ON_ZERO as mysqldump files do) is put back with key 0 by a rollback, not given
    the next id."""
    run_sql(mysql_url, "SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO');\n"
                       "CREATE TABLE members (uid int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(60));\n"
                       "INSERT INTO members VALUES (0, ''), (1, 'admin'), (2, 'editor');\n"
                       "CREATE TABLE grants (gid int NOT NULL AUTO_INCREMENT PRIMARY KEY, uid int unsigned, perm varchar(20));\n"
                       "INSERT INTO grants VALUES (0, 0, 'view'), (1, 1, 'admin');\n")
    folder = write_migrations(tmp_path / "m", {
        "001_purge.sql": "DELETE FROM members WHERE uid = 0;\nUPDATE grants SET perm = 'none' WHERE uid = 0;\n"
                         "ALTER TABLE grants DROP COLUMN perm;\n",
    })
    before = api.fingerprint(mysql_url)
    assert cli("apply", "--db", mysql_url, "--dir", str(folder)).returncode == 0
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT uid, name FROM members ORDER BY uid") == [(0, ""), (1, "admin"), (2, "editor")]
    assert query(mysql_url, "SELECT gid, uid, perm FROM grants ORDER BY gid") == [(0, 0, "view"), (1, 1, "admin")]


@pytest.mark.mysql
def test_create_or_replace_table_keeps_the_replaced_rows(mysql_url: str, tmp_path: Path) -> None:
    """MariaDB's CREATE OR REPLACE TABLE drops the table of that name first: rolling it back puts
    the old table back with its rows, not an empty one."""
    run_sql(mysql_url, "CREATE TABLE lead_stats (source varchar(20) PRIMARY KEY, n int);\n"
                       "INSERT INTO lead_stats VALUES ('web', 3), ('fair', 1);\n")
    folder = write_migrations(tmp_path / "m", {
        "001_stats.sql": "CREATE OR REPLACE TABLE lead_stats (source varchar(20) PRIMARY KEY, n int, share decimal(5,2));\n"
                         "INSERT INTO lead_stats (source, n) VALUES ('web', 30);\n",
    })
    before = api.fingerprint(mysql_url)
    assert cli("apply", "--db", mysql_url, "--dir", str(folder)).returncode == 0
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT source, n FROM lead_stats ORDER BY source") == [("fair", 1), ("web", 3)]


@pytest.mark.mysql
@pytest.mark.parametrize("how", ["statement", "procedure"])
def test_autocommit_switched_off_by_a_migration(mysql_url: str, tmp_path: Path, how: str) -> None:
    """`SET AUTOCOMMIT = 0` (phpMyAdmin dumps), also inside a procedure the migration calls,
    leaves the session without autocommit: the tool's journal writes after it must still be
    committed, so each point is recorded and rolls back."""
    _setup(mysql_url)
    first = ("SET AUTOCOMMIT = 0;\nSTART TRANSACTION;\nUPDATE orgs SET name = 'ACME' WHERE id = 1;\n"
             "ALTER TABLE orgs ADD COLUMN tier varchar(10);\nINSERT INTO orgs (id, name) VALUES (4, 'hooli');\nCOMMIT;\n")
    if how == "procedure":
        first = ("CREATE PROCEDURE upgrade_orgs()\nBEGIN\n    SET AUTOCOMMIT = 0;\n"
                 "    UPDATE orgs SET name = 'ACME' WHERE id = 1;\n    ALTER TABLE orgs ADD COLUMN tier varchar(10);\n"
                 "    INSERT INTO orgs (id, name) VALUES (4, 'hooli');\n    COMMIT;\nEND;\n"
                 "CALL upgrade_orgs();\nDROP PROCEDURE upgrade_orgs;\n")
    folder = write_migrations(tmp_path / "m", {"001_first.sql": first,
                                               "002_second.sql": "DELETE FROM contacts WHERE org_id = 2;\n"})
    before = api.fingerprint(mysql_url)
    assert cli("apply", "--db", mysql_url, "--dir", str(folder), "--to", "001_first").returncode == 0
    middle = api.fingerprint(mysql_url)
    assert cli("apply", "--db", mysql_url, "--dir", str(folder)).returncode == 0
    assert [p["migration"] for p in api.points(mysql_url)] == ["base", "001_first", "002_second"]
    assert cli("to", "001_first", "--db", mysql_url, "--yes").returncode == 0
    assert api.fingerprint(mysql_url) == middle
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before


@pytest.mark.mysql
def test_session_limits_a_migration_sets_stay_out_of_the_tools_work(mysql_url: str, tmp_path: Path) -> None:
    """A migration that ends with `SET SQL_SAFE_UPDATES = 1` (Workbench scripts), a small
    `sql_select_limit` or `group_concat_max_len`, or another `default_storage_engine`: the tool's
    own queries (introspection, captures, journal, restores) run without them."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {
        "001_first.sql": "SET SQL_SAFE_UPDATES = 0;\nSET SESSION default_storage_engine = MyISAM;\n"
                         "UPDATE orgs SET name = UPPER(name);\nCREATE TABLE notes (id int PRIMARY KEY);\n"
                         "ALTER TABLE orgs DROP COLUMN phone;\nSET SQL_SAFE_UPDATES = 1;\n"
                         "SET SESSION sql_select_limit = 1, group_concat_max_len = 4;\n",
        "002_second.sql": "DELETE FROM contacts WHERE org_id = 2;\n",
    })
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert query(mysql_url, "SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                            "AND TABLE_NAME = 'notes'") == [("MyISAM",)]  # the migration's own setting held
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before


DUMPED_TRIGGER = """DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `orgs_au` AFTER UPDATE ON `orgs` FOR EACH ROW BEGIN
  IF OLD.name <> NEW.name THEN
    INSERT INTO org_log (org_id, msg) VALUES (NEW.id, CONCAT(OLD.name, ' -> ', NEW.name));
  END IF;
END */;;
DELIMITER ;
UPDATE orgs SET name = CONCAT(name, ' Inc') WHERE id = 1;
/*!50001 DROP TABLE IF EXISTS `org_notes`*/;
"""


@pytest.mark.mysql
def test_trigger_in_executable_comments_is_seen_by_later_statements(mysql_url: str, tmp_path: Path) -> None:
    """mysqldump writes a trigger as `/*!50003 CREATE*/ /*!50017 DEFINER=...*/ /*!50003 TRIGGER ... */`
    and the stand-in table of a view as `/*!50001 DROP TABLE IF EXISTS v*/`: that is code, so the
    trigger is known to the statements after it (an UPDATE it makes write another table has that
    table captured too), and a table dropped that way is kept like any other."""
    _setup(mysql_url)
    run_sql(mysql_url, "CREATE TABLE org_log (id int AUTO_INCREMENT PRIMARY KEY, org_id int, msg varchar(60));\n"
                       "CREATE TABLE org_notes (id int PRIMARY KEY, body text);\n"
                       "INSERT INTO org_notes VALUES (1, 'call back'), (2, 'sent offer');\n")
    folder = write_migrations(tmp_path / "m", {"001_dump.sql": DUMPED_TRIGGER})
    before = api.fingerprint(mysql_url)
    assert cli("apply", "--db", mysql_url, "--dir", str(folder)).returncode == 0
    assert query(mysql_url, "SELECT COUNT(*) FROM org_log") == [(1,)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT COUNT(*) FROM org_log") == [(0,)]
    assert query(mysql_url, "SELECT body FROM org_notes ORDER BY id") == [("call back",), ("sent offer",)]


@pytest.mark.mysql
def test_call_writing_a_table_with_a_trigger_captures_what_the_trigger_writes(mysql_url: str, tmp_path: Path) -> None:
    """A CALL is captured by the tables its routine names; the triggers and cascading foreign keys
    of those tables write more tables, which are captured with them."""
    _setup(mysql_url)
    run_sql(mysql_url, "CREATE TABLE org_log (id int AUTO_INCREMENT PRIMARY KEY, org_id int, msg varchar(60));\n"
                       "CREATE TRIGGER orgs_au AFTER UPDATE ON orgs FOR EACH ROW\n"
                       "  INSERT INTO org_log (org_id, msg) VALUES (NEW.id, NEW.name);\n")
    folder = write_migrations(tmp_path / "m", {"001_call.sql": (
        "CREATE PROCEDURE shout()\nBEGIN\n  UPDATE orgs SET name = UPPER(name);\nEND;\nCALL shout();\nDROP PROCEDURE shout;\n")})
    before = api.fingerprint(mysql_url)
    assert cli("apply", "--db", mysql_url, "--dir", str(folder)).returncode == 0
    assert query(mysql_url, "SELECT COUNT(*) FROM org_log") == [(3,)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT COUNT(*) FROM org_log") == [(0,)]


TRIGGERS_FILE = """delimiter //
DROP TRIGGER IF EXISTS orgs_bd//
CREATE TRIGGER orgs_bd BEFORE DELETE ON orgs
FOR EACH ROW BEGIN
  DELETE FROM contacts WHERE org_id = OLD.id;
END;
//

DROP TRIGGER IF EXISTS orgs_au;
CREATE TRIGGER orgs_au AFTER UPDATE ON orgs
FOR EACH ROW
  BEGIN
    IF NEW.name <> OLD.name THEN
      UPDATE contacts SET email = CONCAT('x', email) WHERE org_id = NEW.id;
    END IF;
  END;
  //
DELIMITER ;
UPDATE orgs SET name = CONCAT(name, ' Inc') WHERE id = 1;
DELETE FROM orgs WHERE id = 2;
"""


def test_several_statements_before_one_custom_delimiter_are_several() -> None:
    """The mysql client sends what stands before a `//` as one text and the server runs each
    statement in it (multi-statements): `DROP TRIGGER IF EXISTS t;` then `CREATE TRIGGER ... END;`
    before one `//` (ZoneMinder's triggers.sql) are two statements, with their own lines."""
    from rollback_commander.dialects.mysql import MySQLDialect

    stmts = MySQLDialect().split(TRIGGERS_FILE)
    assert [(s.text.split(None, 3)[:3], s.start_line) for s in stmts] == [
        (["DROP", "TRIGGER", "IF"], 2), (["CREATE", "TRIGGER", "orgs_bd"], 3), (["DROP", "TRIGGER", "IF"], 9),
        (["CREATE", "TRIGGER", "orgs_au"], 10), (["UPDATE", "orgs", "SET"], 19), (["DELETE", "FROM", "orgs"], 20)]


@pytest.mark.mysql
def test_custom_delimiter_chunk_with_two_statements_round_trip(mysql_url: str, tmp_path: Path) -> None:
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_triggers.sql": TRIGGERS_FILE})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert query(mysql_url, "SELECT email FROM contacts ORDER BY id") == [("xa@x.io",), ("xc@x.io",)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before


def test_flyway_versions_sort_like_flyway(tmp_path: Path) -> None:
    """Flyway runs V1 before V1.1 / V1_1 and V1_2 before V1_10 (qsample-server: V1__schema.sql, then
    V1_1__ ... V1_49__, then V2__): comparing the names digit run by digit run put `V1__` after
    every `V1_<n>__` (`_` sorts before `__x`), so the baseline ran last."""
    from rollback_commander.model.migration import discover

    names = ["V2__new_plots.sql", "V1_10__charts.sql", "V1__schema.sql", "V1_2__seq.sql", "V1.3__dotted.sql",
             "V1_1__groupp.sql", "V10__later.sql"]
    folder = write_migrations(tmp_path / "m", {n: "SELECT 1;\n" for n in names})
    assert [m.id for m in discover(folder, "mysql")] == [
        "V1__schema", "V1_1__groupp", "V1_2__seq", "V1.3__dotted", "V1_10__charts", "V2__new_plots", "V10__later"]


LIQUIBASE_CHANGELOG = """--liquibase formatted sql

--changeset ana:1
ALTER TABLE orgs ADD COLUMN tier varchar(10);
UPDATE orgs SET tier = 'gold' WHERE id = 1
--rollback ALTER TABLE orgs DROP COLUMN tier;

--changeset ana:2 dbms:postgresql
CREATE INDEX CONCURRENTLY orgs_tier_idx ON orgs (tier);

--changeset ana:3 endDelimiter://
DROP PROCEDURE IF EXISTS retire_org;
//
CREATE PROCEDURE retire_org(IN p_id INT)
BEGIN
    DELETE FROM contacts WHERE org_id = p_id;
    DELETE FROM orgs WHERE id = p_id;
END
--rollback DROP PROCEDURE retire_org;

--changeset ana:4 splitStatements:false
CREATE TRIGGER orgs_bi BEFORE INSERT ON orgs FOR EACH ROW
BEGIN
    SET NEW.tier = COALESCE(NEW.tier, 'free');
END;

--changeset ana:5
CALL retire_org(2);
INSERT INTO orgs (id, name) VALUES (5, 'hooli');
"""


@pytest.mark.mysql
def test_liquibase_formatted_sql_changesets(mysql_url: str, tmp_path: Path) -> None:
    """A Liquibase formatted SQL changelog: `endDelimiter:` and `splitStatements:false`
    changesets keep procedure and trigger bodies whole, a `dbms:postgresql` changeset does not
    run on MySQL, `--rollback` lines are comments."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_changelog.sql": LIQUIBASE_CHANGELOG})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert query(mysql_url, "SELECT id, tier FROM orgs ORDER BY id") == [(1, "gold"), (3, None), (5, "free")]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before


@pytest.mark.mysql
def test_temporary_table_hiding_a_table_of_its_name(mysql_url: str, tmp_path: Path) -> None:
    """`CREATE TEMPORARY TABLE contacts ...` hides the table `contacts` from the session: DML on
    that name then changes the temporary table (nothing to capture, and no capture trigger can be
    put on it), and `DROP TABLE contacts` drops the temporary one; after that the name means the
    table again."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_dedupe.sql": (
        "CREATE TEMPORARY TABLE contacts AS SELECT MIN(id) AS id, org_id FROM contacts GROUP BY org_id;\n"
        "DELETE FROM contacts WHERE org_id = 2;\n"
        "UPDATE orgs SET name = UPPER(name) WHERE id IN (SELECT org_id FROM contacts);\n"
        "DROP TABLE contacts;\n"
        "DELETE FROM contacts WHERE email = 'c@x.io';\n")})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert query(mysql_url, "SELECT email FROM contacts ORDER BY id") == [("a@x.io",), ("b@x.io",)]
    assert query(mysql_url, "SELECT name FROM orgs ORDER BY id") == [("ACME",), ("globex",), ("initech",)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT COUNT(*) FROM contacts") == [(3,)]


@pytest.mark.mysql
def test_writing_a_table_of_another_database_is_refused(mysql_url: str, tmp_path: Path, _mysql_admin: object) -> None:
    """`RENAME TABLE logs TO archive.logs` (archiving into another schema) or DML on `other.t`
    change what a rollback of the target cannot reach: refused before it runs, naming file and
    line (what ran before it is reverted); a name qualified with the target's own database runs."""
    run_sql(mysql_url, "CREATE TABLE audit_2020 (id int PRIMARY KEY, msg varchar(20));\n"
                       "INSERT INTO audit_2020 VALUES (1, 'a'), (2, 'b');\n")
    target = parse_url(mysql_url).parts()["database"]
    with fresh_mysql_database(_mysql_admin) as other_url:
        other = parse_url(other_url).parts()["database"]
        for n, sql in enumerate((f"RENAME TABLE audit_2020 TO `{other}`.audit_2020;",
                                 f"ALTER TABLE audit_2020 RENAME TO {other}.audit_2020;",
                                 f"CREATE TABLE {other}.audit_copy AS SELECT * FROM audit_2020;")):
            folder = write_migrations(tmp_path / f"m{n}", {"001_archive.sql": f"DELETE FROM audit_2020 WHERE id = 2;\n{sql}\n"})
            code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
            assert code == 1 and "001_archive.sql:2" in data["message"] and "another database" in data["message"], data
            assert query(other_url, "SHOW TABLES") == [], sql
            assert query(mysql_url, "SELECT id FROM audit_2020 ORDER BY id") == [(1,), (2,)], sql
    folder = write_migrations(tmp_path / "same", {"001_archive.sql": f"RENAME TABLE audit_2020 TO `{target}`.audit_old;\n"})
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert cli("to", "base", "--db", mysql_url, "--yes").returncode == 0
    assert query(mysql_url, "SELECT id FROM audit_2020 ORDER BY id") == [(1,), (2,)]


@pytest.mark.mysql
def test_read_only_transactions_a_migration_asks_for_do_not_stop_the_tool(mysql_url: str, tmp_path: Path) -> None:
    """A migration ending with `SET SESSION TRANSACTION READ ONLY` made the tool's own journal
    writes after it fail (an internal error, the point left running): the session is made
    read-write again after such a statement."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {
        "001_ro.sql": "UPDATE orgs SET name = UPPER(name);\nSET SESSION TRANSACTION READ ONLY;\n",
        "002_more.sql": "DELETE FROM contacts WHERE org_id = 2;\n"})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before


@pytest.mark.mysql
def test_system_versioned_tables_round_trip_and_keep_the_servers_alter_rule(mysql_url: str, tmp_path: Path) -> None:
    """MariaDB system versioning: a migration's ALTER of a versioned table still meets the server's
    `system_versioning_alter_history = ERROR` unless the migration SETs `KEEP` itself, while the
    tool's reverse ALTERs those tables (and adds or drops the versioning back) either way."""
    _setup(mysql_url)
    if "mariadb" not in str(query(mysql_url, "SELECT VERSION()")[0][0]).lower():
        pytest.skip("system versioning is MariaDB's")
    run_sql(mysql_url, "ALTER TABLE orgs ADD SYSTEM VERSIONING;\n")
    bad = write_migrations(tmp_path / "bad", {"001_bad.sql": "ALTER TABLE orgs MODIFY name varchar(90);\n"})
    res = cli("apply", "--db", mysql_url, "--dir", str(bad))
    assert res.returncode != 0 and "001_bad.sql:1" in res.stderr, res.stderr
    assert cli("to", "base", "--db", mysql_url, "--yes").returncode == 0
    before = api.fingerprint(mysql_url)
    folder = write_migrations(tmp_path / "m", {
        "001_keep.sql": "SET @@system_versioning_alter_history = KEEP;\n"
                        "ALTER TABLE orgs MODIFY name varchar(90), ADD COLUMN tier varchar(10);\n"
                        "UPDATE orgs SET tier = 'gold' WHERE id = 1;\n",
        "002_flags.sql": "ALTER TABLE orgs DROP SYSTEM VERSIONING;\nALTER TABLE contacts ADD SYSTEM VERSIONING;\n"
                         "DELETE FROM contacts WHERE org_id = 2;\n",
    })
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert "WITH SYSTEM VERSIONING" in str(query(mysql_url, "SHOW CREATE TABLE orgs")[0][1])


@pytest.mark.mysql
def test_statement_settings_do_not_hide_dml(mysql_url: str, tmp_path: Path) -> None:
    """MariaDB's `SET STATEMENT max_statement_time = 60 FOR UPDATE ...` is the UPDATE: its rows
    are captured like any other's (the analysis looked at `SET` and captured nothing)."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_fix.sql": (
        "SET STATEMENT max_statement_time = 60, sql_mode = 'STRICT_ALL_TABLES' FOR\n"
        "  UPDATE orgs SET name = CONCAT(name, ' FOR ', 'x') WHERE id < 3;\n"
        "SET STATEMENT foreign_key_checks = 0 FOR DELETE FROM orgs WHERE id = 3;\n")})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert query(mysql_url, "SELECT name FROM orgs ORDER BY id") == [("acme FOR x",), ("globex FOR x",)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before


@pytest.mark.mysql
def test_trigger_calling_a_procedure_captures_what_the_procedure_writes(mysql_url: str, tmp_path: Path) -> None:
    """A trigger whose body is `CALL p(...)` writes the tables p (and what p calls) writes: they are
    captured with the trigger's table, with every event (the procedure may insert, update, delete)."""
    _setup(mysql_url)
    run_sql(mysql_url, (
        "CREATE TABLE org_stats (org_id int PRIMARY KEY, contacts int NOT NULL);\n"
        "INSERT INTO org_stats VALUES (1, 2), (2, 1);\n"
        "CREATE PROCEDURE touch_org(IN p_org int) UPDATE orgs SET phone = CONCAT(COALESCE(phone, ''), '+') WHERE id = p_org;\n"
        "CREATE PROCEDURE bump(IN p_org int, IN d int) BEGIN\n"
        "  INSERT INTO org_stats VALUES (p_org, GREATEST(d, 0)) ON DUPLICATE KEY UPDATE contacts = contacts + d;\n"
        "  CALL touch_org(p_org);\nEND;\n"))
    folder = write_migrations(tmp_path / "m", {"001_counted.sql": (
        "CREATE TRIGGER contacts_ai AFTER INSERT ON contacts FOR EACH ROW CALL bump(NEW.org_id, 1);\n"
        "CREATE TRIGGER contacts_ad AFTER DELETE ON contacts FOR EACH ROW CALL bump(OLD.org_id, -1);\n"
        "DELETE FROM contacts WHERE org_id = 1;\n"
        "INSERT INTO contacts (org_id, email) VALUES (3, 'd@x.io'), (2, 'e@x.io');\n")})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert query(mysql_url, "SELECT org_id, contacts FROM org_stats ORDER BY org_id") == [(1, 0), (2, 2), (3, 1)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before


@pytest.mark.mysql
def test_table_names_with_doubled_backticks_and_non_ascii_initials(mysql_url: str, tmp_path: Path) -> None:
    """`weird``name` (a backtick inside a quoted name) and an unquoted name starting with a
    non-ASCII letter (ñandu) are names the analysis must resolve: otherwise their DML and DROP
    TABLE went uncaptured and the rows were lost for good."""
    run_sql(mysql_url, (
        "CREATE TABLE `weird``name` (id int PRIMARY KEY, v int);\n"
        "INSERT INTO `weird``name` VALUES (1, 1), (2, 2);\n"
        "CREATE TABLE ñandu (id int PRIMARY KEY, v int);\n"
        "INSERT INTO ñandu VALUES (1, 10), (2, 20), (3, 30);\n"))
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": (
        "DELETE FROM `weird``name` WHERE id = 1;\n"
        "UPDATE ñandu SET v = v + 1 WHERE id < 3;\n"
        "DELETE FROM ñandu WHERE id = 3;\n"
        "DROP TABLE `weird``name`;\n")})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT id, v FROM `weird``name` ORDER BY id") == [(1, 1), (2, 2)]
    assert query(mysql_url, "SELECT id, v FROM ñandu ORDER BY id") == [(1, 10), (2, 20), (3, 30)]


@pytest.mark.mysql
def test_writes_without_into_or_with_parenthesised_targets_are_captured(mysql_url: str, tmp_path: Path) -> None:
    """MySQL's INTO is optional (`INSERT t (a) VALUES ...`, `REPLACE t SET ...`): those rows were
    not captured, so a rollback kept the inserted rows and lost the replaced ones. A write whose
    target no pattern finds (`UPDATE (orgs) SET ...`) copies every table it names instead of
    nothing."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_writes.sql": (
        "INSERT orgs (id, name) VALUES (10, 'umbrella');\n"
        "INSERT IGNORE orgs SET id = 11, name = 'soylent';\n"
        "REPLACE orgs VALUES (3, 'initech corp', NULL);\n"
        "REPLACE LOW_PRIORITY orgs SET id = 11, name = 'soylent 2';\n"
        "UPDATE (orgs) SET phone = '555-0' WHERE id = 1;\n")})
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    assert query(mysql_url, "SELECT COUNT(*) FROM orgs") == [(5,)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT id, name, phone FROM orgs ORDER BY id") == [
        (1, "acme", "555-1"), (2, "globex", None), (3, "initech", "555-3")]


def _journal_and_rows(url: str, orgs: str = "orgs") -> tuple[Any, ...]:
    """What a refused rollback must leave as it was: the points, the schema, the rows of both tables."""
    return (
        [(p["migration"], p["active"]) for p in api.points(url)],
        api.fingerprint(url),
        query(url, f"SELECT id, name FROM {orgs} ORDER BY id"),
        query(url, "SELECT id, org_id, email FROM contacts ORDER BY id"),
    )


ORPHANING = {
    "a row the migration inserted": ("INSERT INTO orgs VALUES (4, 'umbrella', NULL);\n", 4),
    "a key the migration changed": ("UPDATE orgs SET id = 30 WHERE id = 3;\n", 30),
    "a table renamed after it": ("INSERT INTO orgs VALUES (4, 'umbrella', NULL);\n", 4),
}


@pytest.mark.mysql
@pytest.mark.parametrize("case", sorted(ORPHANING))
def test_a_rollback_that_would_orphan_rows_written_since_is_refused(mysql_url: str, tmp_path: Path, case: str) -> None:
    """A migration adds a parent row (or moves a key), the application then writes a child row
    under it: rolling back would take the parent away. The reverse runs with FOREIGN_KEY_CHECKS=0
    and its DDL commits, so the child was left orphaned (RC201 in `rollback verify`). Now the rows
    the reverse would leave without a parent are predicted from the captures and the rollback is
    refused before anything runs, naming the foreign key and the rows; once the child row is gone,
    it runs. A later migration renaming the parent table (nothing captured) is followed by name."""
    _setup(mysql_url)
    migration, parent_id = ORPHANING[case]
    files = {"001_parent.sql": migration}
    if case == "a table renamed after it":
        files["002_rename.sql"] = "RENAME TABLE orgs TO companies;\n"
    folder = write_migrations(tmp_path / "m", files)
    before = api.fingerprint(mysql_url)
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0, data
    run_sql(mysql_url, f"INSERT INTO contacts (id, org_id, email) VALUES (10, {parent_id}, 'new@x.io')")
    orgs = "companies" if case == "a table renamed after it" else "orgs"
    state = _journal_and_rows(mysql_url, orgs)
    code, data = invoke_json("to", "base", "--db", mysql_url, "--dry-run")  # foretold
    assert code == 1 and "1 row(s) of contacts (org_id) -> orgs" in data["refusals"][0]["message"], data
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 1, data
    assert "1 row(s) of contacts (org_id) -> orgs" in data["message"] and "nothing was changed" in data["message"], data
    assert "refer to rows this rollback takes away" in data["hint"], data
    assert _journal_and_rows(mysql_url, orgs) == state
    code, data = invoke_json("verify", "--db", mysql_url)
    assert not [f for f in data["findings"] if f["code"] == "RC201"], data
    run_sql(mysql_url, "DELETE FROM contacts WHERE id = 10")
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT id FROM orgs ORDER BY id") == [(1,), (2,), (3,)]


@pytest.mark.mysql
def test_a_rollback_restoring_the_child_rows_too_is_not_refused(mysql_url: str, tmp_path: Path) -> None:
    """The rollback takes the parent row away together with the child rows under it: those it
    restores itself (inserted by the migration; or written since into a table it restores whole,
    with --on-conflict restore-old) leave nothing orphaned, and it runs."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {
        "001_umbrella.sql": "INSERT INTO orgs VALUES (4, 'umbrella', NULL);\n"
                            "INSERT INTO contacts (id, org_id, email) VALUES (10, 4, 'u@x.io');\n",
        "002_wider.sql": "INSERT INTO orgs VALUES (5, 'hooli', NULL);\n"
                         "ALTER TABLE contacts MODIFY email varchar(120);\n",
    })
    before = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(folder))
    run_sql(mysql_url, "INSERT INTO contacts (id, org_id, email) VALUES (11, 5, 'h@x.io')")
    code, data = invoke_json("to", "001_umbrella", "--db", mysql_url, "--yes")
    assert code == 1 and "rows changed after the point" in data["message"], data  # contacts was copied whole
    code, data = invoke_json("to", "001_umbrella", "--db", mysql_url, "--yes", "--on-conflict", "restore-old")
    assert code == 0 and data["verified"] is True, data
    assert query(mysql_url, "SELECT id, org_id FROM contacts WHERE id >= 10 ORDER BY id") == [(10, 4)]
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert api.fingerprint(mysql_url) == before
    assert query(mysql_url, "SELECT count(*) FROM contacts WHERE id >= 10") == [(0,)]


@pytest.mark.mysql
def test_orphans_are_foreseen_as_the_conflict_choice_restores(mysql_url: str, tmp_path: Path) -> None:
    """The parent row the migration inserted was changed since, and a child row written under it:
    the conflict is refused first; --on-conflict keep-current keeps the parent row as it is now, so
    nothing is orphaned and the rollback runs; restore-old would take it away: refused, nothing
    changed."""
    _setup(mysql_url)
    folder = write_migrations(tmp_path / "m", {"001_umbrella.sql": "INSERT INTO orgs VALUES (4, 'umbrella', NULL);\n",
                                               "002_tier.sql": "ALTER TABLE orgs ADD COLUMN tier varchar(10);\n"})
    api.apply(mysql_url, str(folder))
    run_sql(mysql_url, "UPDATE orgs SET name = 'Umbrella Corp' WHERE id = 4")
    run_sql(mysql_url, "INSERT INTO contacts (id, org_id, email) VALUES (10, 4, 'u@x.io')")
    state = _journal_and_rows(mysql_url)
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 1 and "rows changed after the point" in data["message"], data
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes", "--on-conflict", "restore-old")
    assert code == 1 and "1 row(s) of contacts (org_id) -> orgs" in data["message"], data
    assert _journal_and_rows(mysql_url) == state
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes", "--on-conflict", "keep-current")
    assert code == 0 and data["verified"] is True, data
    assert query(mysql_url, "SELECT id, name FROM orgs WHERE id = 4") == [(4, "Umbrella Corp")]
    assert query(mysql_url, "SELECT id, org_id FROM contacts WHERE id = 10") == [(10, 4)]


@pytest.mark.mysql
def test_orphans_that_cannot_be_foreseen_are_said_so(mysql_url: str, tmp_path: Path) -> None:
    """A row capture holds the writable columns only: the foreign key on a generated column of a
    row-captured table cannot be written from it. The rollback is not refused for that key: its dry
    run and its journal event name it as unchecked."""
    _setup(mysql_url)
    run_sql(mysql_url, "CREATE TABLE badges (id int PRIMARY KEY, ref int, org_id int AS (ref) STORED, "
                       "FOREIGN KEY (org_id) REFERENCES orgs (id)); INSERT INTO badges (id, ref) VALUES (1, 1)")
    folder = write_migrations(tmp_path / "m", {"001_badge.sql": "UPDATE badges SET ref = 2 WHERE id = 1;\n"})
    code, data = invoke_json("apply", "--db", mysql_url, "--dir", str(folder))
    assert code == 0 and [c["kind"] for c in data["migrations"][0]["captures"]] == ["rows"], data
    code, data = invoke_json("to", "base", "--db", mysql_url, "--dry-run")
    assert code == 0 and "not foreseen for badges (org_id) -> orgs" in " ".join(data["problems"]), data
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    done = [e for e in api.log(mysql_url) if e["kind"] == "rollback-done"]
    assert done and done[0]["detail"]["orphans_unchecked"] == ["badges (org_id) -> orgs"], done
    assert query(mysql_url, "SELECT id, org_id FROM badges") == [(1, 1)]

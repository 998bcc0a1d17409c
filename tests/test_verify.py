"""`rollback verify`: each check catches its fault when the database is changed behind the tool's
back, and every check holds after a clean rollback. Real databases, through the library and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from rollback_commander import api
from rollback_commander.cli.main import cli
from rollback_commander.cli.prove_cmds import register
from rollback_commander.verify import describe_checks, verify

from .helpers import invoke, invoke_json, query, run_sql, write_migrations

register(cli)


def history(url: str) -> dict[str, str]:
    mysql = url.startswith("mysql")
    serial = ("id SERIAL PRIMARY KEY" if url.startswith("postgresql") else
              "id INT AUTO_INCREMENT PRIMARY KEY" if mysql else "id INTEGER PRIMARY KEY AUTOINCREMENT")
    text = "VARCHAR(100)" if mysql else "TEXT"
    return {
        "001_orgs.sql": f"CREATE TABLE orgs ({serial}, name {text} NOT NULL, deleted_at {text});\n"
        "INSERT INTO orgs (name, deleted_at) VALUES ('Acme', NULL), ('Globex', '2024-01-01'),\n"
        "  ('Initech', '2024-02-02'), ('Umbrella', NULL);\n"
        "CREATE INDEX orgs_name_idx ON orgs (name);\n",
        "002_contacts.sql": f"CREATE TABLE contacts (id INTEGER PRIMARY KEY, org_id INTEGER, email {text} UNIQUE,\n"
        f"  phone {text}, FOREIGN KEY (org_id) REFERENCES orgs(id));\n"
        "CREATE INDEX contacts_org_idx ON contacts (org_id);\n"
        "INSERT INTO contacts (id, org_id, email, phone) VALUES (1, 1, 'a@x.io', '555-1'), (2, 2, 'b@x.io', NULL);\n",
        "003_cleanup.sql": "DELETE FROM orgs WHERE deleted_at IS NOT NULL\n"
        "  AND id NOT IN (SELECT org_id FROM contacts WHERE org_id IS NOT NULL);\n"
        "ALTER TABLE contacts DROP COLUMN phone;\n"
        "UPDATE orgs SET name = upper(name);\n",
    }


@pytest.fixture(params=["sqlite", "postgresql", pytest.param("mysql", marks=pytest.mark.mysql)])
def any_url(request: pytest.FixtureRequest) -> str:
    """Each dialect in turn, MariaDB/MySQL included."""
    return str(request.getfixturevalue({"sqlite": "sqlite_url", "postgresql": "pg_url", "mysql": "mysql_url"}[request.param]))


@pytest.fixture
def applied(any_url: str, tmp_path: Path) -> str:
    """The three migrations applied."""
    api.apply(any_url, str(write_migrations(tmp_path / "m", history(any_url))))
    return any_url


@pytest.fixture
def rolled_back(applied: str) -> str:
    """The three migrations applied, then 003_cleanup rolled back (it hard-deleted a soft-deleted
    org, dropped a column and rewrote names)."""
    api.rollback_to(applied, "002_contacts")
    return applied


def codes(url: str, **kwargs: object) -> dict[str, list[dict[str, object]]]:
    report = verify(url, **kwargs)  # type: ignore[arg-type]
    out: dict[str, list[dict[str, object]]] = {}
    for f in report.findings:
        out.setdefault(f.code, []).append(f.to_dict())
    return out


def test_clean_rollback_passes_every_check(rolled_back: str) -> None:
    code, data = invoke_json("verify", "--db", rolled_back)
    assert code == 0, data
    assert data["ok"] is True and data["findings"] == []
    status = {c["code"]: c for c in data["checks"]}
    assert set(status) == {"RC101", "RC102", "RC103", "RC201", "RC202", "RC203", "RC204", "RC390"}
    no_rls = {"RC390"} if rolled_back.startswith("mysql") else set()  # MySQL has no row-level security
    assert all(c["status"] == "passed" for k, c in status.items() if k not in no_rls), status
    assert all(status[k]["status"] == "skipped" for k in no_rls)
    assert status["RC203"]["checked"] == 1 and status["RC204"]["checked"] == 2
    assert status["RC201"]["checked"] == 1 and status["RC103"]["checked"] == 1
    assert data["last_rollback"]["reverted"] == ["003_cleanup"]
    assert sorted(query(rolled_back, "SELECT id, deleted_at FROM orgs WHERE deleted_at IS NOT NULL")) == [
        (2, "2024-01-01"), (3, "2024-02-02"),
    ]
    code, log = invoke_json("log", "--db", rolled_back)
    verify_events = [e for e in log["events"] if e["kind"] == "verify"]
    assert verify_events and verify_events[-1]["detail"]["ok"] is True


def test_applied_database_passes_and_rollback_checks_skip(applied: str) -> None:
    report = verify(applied)
    assert report.exit_code == 0
    skipped = {c.code: c.reason for c in report.checks if c.status == "skipped"}
    rls = {"RC390": "not available on mysql"} if applied.startswith("mysql") else {}
    assert skipped == {"RC203": "no rollback since the last apply", "RC204": "no rollback since the last apply", **rls}


def test_schema_drift(applied: str) -> None:
    run_sql(applied, "ALTER TABLE orgs DROP COLUMN deleted_at;")
    found = codes(applied)
    assert set(found) == {"RC101"}
    (f,) = found["RC101"]
    assert f["table"] in ("orgs", "public.orgs") and "columns removed deleted_at" in str(f["message"])
    res = invoke("verify", "--db", applied)
    assert res.exit_code == 1
    assert "RC101" in res.stdout and "schema-drift" in res.stdout and "hint" in res.stdout


def test_against_an_earlier_point(applied: str) -> None:
    found = codes(applied, against="001_orgs")
    messages = " ".join(str(f["message"]) for f in found["RC101"])
    assert "contacts exists but is not in the schema recorded at point 001_orgs" in messages
    code, data = invoke_json("verify", "--db", applied, "--against", "nope")
    assert code == 2 and data["error"] == "unknown_target"


def test_against_takes_every_target_form(applied: str) -> None:
    """README: `verify [--against TARGET]`, and a TARGET is also previous, phase:N, a tag or a time;
    verify took only a migration id, base or #id ("unknown rollback target 'v1'")."""
    assert invoke("tag", "v1.0", "--at", "001_orgs", "--db", applied).exit_code == 0
    for spec, migration in (("v1.0", "001_orgs"), ("previous", "002_contacts"), ("#2", "001_orgs"),
                            ("2999-01-01T00:00Z", "003_cleanup")):
        code, data = invoke_json("verify", "--db", applied, "--against", spec)
        assert data["against"]["migration"] == migration, (spec, data)
        assert code == (0 if migration == "003_cleanup" else 1), (spec, code)
    code, data = invoke_json("verify", "--db", applied, "--against", "v9")
    assert code == 2 and data["error"] == "unknown_target" and "a tag" in data["hint"]


def test_orphaned_rows_with_foreign_keys_off(applied: str) -> None:
    off = {"postgresql": "SET session_replication_role = replica;", "mysql": "SET FOREIGN_KEY_CHECKS = 0;"}.get(
        applied.split(":", 1)[0], "")
    run_sql(applied, f"{off} INSERT INTO contacts (id, org_id, email) VALUES (9, 404, 'o@x.io');")
    found = codes(applied)
    assert set(found) == {"RC201"}
    (f,) = found["RC201"]
    assert f["table"] in ("contacts", "public.contacts") and "404" in str(f["message"])
    assert str(f["object"]).startswith("foreign_key:")


def test_orphans_under_two_foreign_keys_of_one_column_are_reported_once(db_url: str, tmp_path: Path) -> None:
    """Two constraints on the same column and parent (a history that added its foreign key twice)
    find the same rows: one finding, naming the other constraint."""
    pg = db_url.startswith("postgresql")
    fks = ("CONSTRAINT notes_org_a FOREIGN KEY (org_id) REFERENCES orgs(id), "
           "CONSTRAINT notes_org_b FOREIGN KEY (org_id) REFERENCES orgs(id)")
    folder = write_migrations(tmp_path / "m", {"001_notes.sql": "CREATE TABLE orgs (id INTEGER PRIMARY KEY);\n"
                                               f"CREATE TABLE notes (id INTEGER PRIMARY KEY, org_id INTEGER, {fks});\n"})
    api.apply(db_url, str(folder))
    off = "SET session_replication_role = replica; " if pg else "PRAGMA foreign_keys = OFF; "
    run_sql(db_url, off + "INSERT INTO notes VALUES (1, 404), (2, 405);")
    (f,) = codes(db_url)["RC201"]
    assert "2 row(s) of" in str(f["message"]) and "also under foreign key" in str(f["message"])


def test_missing_index(applied: str) -> None:
    run_sql(applied, "DROP INDEX orgs_name_idx" + (" ON orgs;" if applied.startswith("mysql") else ";"))
    found = codes(applied)
    assert set(found) == {"RC101", "RC102"}
    assert "orgs_name_idx recorded at the point is missing" in str(found["RC102"][0]["message"])


def test_sequence_behind(db_url: str, tmp_path: Path) -> None:
    """(InnoDB never lets an AUTO_INCREMENT counter fall to its column's maximum: not on MySQL.)"""
    applied = db_url
    api.apply(applied, str(write_migrations(tmp_path / "m", history(applied))))
    if applied.startswith("postgresql"):
        run_sql(applied, "SELECT setval('orgs_id_seq', 1);")
    else:
        run_sql(applied, "UPDATE sqlite_sequence SET seq = 1 WHERE name = 'orgs';")
    found = codes(applied)
    assert set(found) == {"RC103"}
    assert "4" in str(found["RC103"][0]["message"])


@pytest.mark.postgres
@pytest.mark.parametrize("restart", ["ALTER SEQUENCE orgs_id_seq RESTART WITH 100", "SELECT setval('orgs_id_seq', 100, false)",
                                     "ALTER SEQUENCE orgs_id_seq START WITH 100 RESTART"])
def test_pg_sequence_restarted_ahead_is_not_behind(pg_url: str, tmp_path: Path, restart: str) -> None:
    """A sequence restarted past its column's maximum and not drawn from since: pg_sequences shows
    no last_value for it, and the check took its start value (1) for the next value: a false
    'behind'. Its own last_value is read; restarted below the maximum it is still found."""
    folder = write_migrations(tmp_path / "m", {**history(pg_url), "004_restart.sql": restart + ";\n"})
    api.apply(pg_url, str(folder))
    assert query(pg_url, "SELECT last_value, is_called FROM orgs_id_seq") == [(100, False)]  # kept as the migration left it
    assert "RC103" not in codes(pg_url)
    api.rollback_to(pg_url, "003_cleanup")
    assert query(pg_url, "SELECT last_value, is_called FROM orgs_id_seq") == [(4, True)]
    run_sql(pg_url, "SELECT setval('orgs_id_seq', 2, false)")
    assert "RC103" in codes(pg_url)


@pytest.mark.postgres
def test_pg_verify_gives_new_captures_their_statistics(pg_url: str, tmp_path: Path) -> None:
    """Verify reads the captures of the last rollback: those autovacuum has not analysed yet get
    their statistics first (the planner otherwise takes them for a few hundred rows), the user's
    tables are left to autovacuum, and the checks still run on one read-only snapshot."""
    run_sql(pg_url, "CREATE TABLE acct (id int PRIMARY KEY, note text); INSERT INTO acct SELECT g, 'n' || g FROM generate_series(1, 500) g;"
                    "CREATE TABLE other (id int PRIMARY KEY); INSERT INTO other SELECT generate_series(1, 10);")
    api.apply(pg_url, str(write_migrations(tmp_path / "m", {"001_n.sql": "UPDATE acct SET note = 'x' WHERE id % 2 = 0;\n"})))
    api.rollback_to(pg_url, "base")
    tuples = "SELECT c.relname, c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname IN ('other', 'cap_2_1')"
    assert sorted(query(pg_url, tuples)) == [("cap_2_1", -1), ("other", -1)]
    assert verify(pg_url).ok
    assert sorted(query(pg_url, tuples)) == [("cap_2_1", 250), ("other", -1)]


def test_soft_deleted_row_changed_after_rollback(rolled_back: str) -> None:
    run_sql(rolled_back, "UPDATE orgs SET deleted_at = '2030-01-01' WHERE id = 3;")
    found = codes(rolled_back)
    assert set(found) == {"RC203", "RC204"}
    messages = [str(f["message"]) for f in found["RC203"]]
    assert any("no longer soft-deleted" in m and "2024-02-02" in m for m in messages)
    assert any("soft-deleted now" in m and "2030-01-01" in m for m in messages)
    assert all(f["table"] in ("orgs", "public.orgs") for f in found["RC204"])


def test_undeleted_row_with_custom_soft_delete_column(rolled_back: str) -> None:
    run_sql(rolled_back, "UPDATE orgs SET deleted_at = NULL WHERE id = 2;")
    assert "RC203" in codes(rolled_back)
    report = verify(rolled_back, soft_delete_column="archived_at")
    rc203 = next(c for c in report.checks if c.code == "RC203")
    assert rc203.status == "skipped" and "archived_at" in str(rc203.reason)


def test_restored_row_changed_after_rollback(rolled_back: str) -> None:
    run_sql(rolled_back, "UPDATE contacts SET email = 'changed@x.io' WHERE id = 1;")
    found = codes(rolled_back)
    assert set(found) == {"RC204"}
    (f,) = found["RC204"]
    assert f["table"] in ("contacts", "public.contacts") and "differs" in str(f["message"])


def test_database_without_journal(sqlite_url: str) -> None:
    run_sql(sqlite_url, "CREATE TABLE t (id INTEGER PRIMARY KEY, p INTEGER REFERENCES t(id)); INSERT INTO t VALUES (1, 7);")
    report = verify(sqlite_url)
    assert report.exit_code == 1 and [f.code for f in report.findings] == ["RC201"]
    assert next(c for c in report.checks if c.code == "RC101").status == "skipped"
    assert report.recorded is False
    assert query(sqlite_url, "SELECT count(*) FROM sqlite_master WHERE name LIKE '_rollback%'") == [(0,)]


def test_mysql_runs_the_checks_and_the_emergency_says_so(mysql_url: str, tmp_path: Path) -> None:
    """verify on MySQL/MariaDB ran no check at all (every one skipped, "not available on mysql"):
    the emergency's verification then checked nothing. The checks run there now."""
    folder = write_migrations(tmp_path / "m", {"001_t.sql": "CREATE TABLE t (id INT PRIMARY KEY, v INT);\n"
                                               "INSERT INTO t VALUES (1, 10), (2, 20);\n",
                                               "002_v.sql": "ALTER TABLE t DROP COLUMN v;\n"})
    api.apply(mysql_url, str(folder))
    code, data = invoke_json("verify", "--db", mysql_url)
    assert code == 0 and data["checks_run"] == 5, data
    assert {c["code"] for c in data["checks"] if c["status"] == "skipped"} == {"RC203", "RC204", "RC390"}
    res = invoke("--emergency", "--target", "001_t", "--db", mysql_url)
    assert res.exit_code == 0, res.stdout + res.stderr
    assert "verification passed" in res.stdout, res.stdout
    assert query(mysql_url, "SELECT id, v FROM t ORDER BY id") == [(1, 10), (2, 20)]
    run_sql(mysql_url, "UPDATE t SET v = 99 WHERE id = 2;")  # after the rollback, behind the tool's back
    (f,) = codes(mysql_url)["RC204"]
    assert "t differs from its state before 002_v" in str(f["message"]), f


def test_sqlite_checks_run_are_counted(applied: str) -> None:
    code, data = invoke_json("verify", "--db", applied)
    assert code == 0 and data["checks_run"] == sum(c["status"] != "skipped" for c in data["checks"]) > 0
    assert "ok: every check holds" in invoke("verify", "--db", applied).stdout


def test_sqlite_index_out_of_step_with_its_table(sqlite_url: str) -> None:
    run_sql(sqlite_url, "CREATE TABLE t (a INTEGER, b INTEGER); CREATE INDEX t_a ON t (a);"
            "INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);"
            "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE INDEX t_a ON t (b)' WHERE name = 't_a';")
    found = codes(sqlite_url)
    assert "RC102" in found
    assert any(f["object"] == "index:t_a" and f["table"] == "t" for f in found["RC102"])


def test_sqlite_null_value_lines_are_confirmed_against_the_rows(sqlite_url: str) -> None:
    # syncthing-style counters: WITHOUT ROWID, a key column after NOT NULL ones. SQLite 3.40's
    # integrity_check says "NULL value in counts.count" for every row of such a table; none is NULL.
    run_sql(sqlite_url, "CREATE TABLE counts (device INTEGER NOT NULL, count INTEGER NOT NULL, size INTEGER NOT NULL,"
            " deleted INTEGER NOT NULL, PRIMARY KEY (device, deleted)) STRICT, WITHOUT ROWID;"
            "INSERT INTO counts VALUES (1, 5, 500, 0), (1, 2, 200, 1), (2, 7, 700, 0);")
    assert codes(sqlite_url) == {}
    # a real NULL under NOT NULL (the column made NOT NULL behind SQLite's back) is still found, once, counted
    run_sql(sqlite_url, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, NULL), (2, NULL), (3, 'x');"
            "PRAGMA writable_schema = ON;"
            "UPDATE sqlite_master SET sql = 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)' WHERE name = 'notes';")
    found = codes(sqlite_url)
    assert list(found) == ["RC102"]
    assert [f["message"] for f in found["RC102"]] == ["integrity check: NULL value in notes.body (2 rows)"]


@pytest.mark.postgres
def test_postgres_only_faults(pg_url: str, tmp_path: Path) -> None:
    files = history(pg_url)
    files["004_notes.sql"] = (
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, org_id INTEGER, body TEXT);\n"
        "INSERT INTO notes VALUES (1, 1, 'ok'), (2, 404, 'orphan');\n"
        "ALTER TABLE notes ADD CONSTRAINT notes_org_fk FOREIGN KEY (org_id) REFERENCES orgs(id) NOT VALID;\n"
    )
    files["005_rls.sql"] = "ALTER TABLE orgs ENABLE ROW LEVEL SECURITY;\nCREATE POLICY orgs_live ON orgs USING (deleted_at IS NULL);\n"
    api.apply(pg_url, str(write_migrations(tmp_path / "m", files)))
    # a NOT VALID foreign key over an orphan: RC201 only
    found = codes(pg_url)
    assert set(found) == {"RC201"} and "NOT VALID" in str(found["RC201"][0]["message"])
    run_sql(pg_url, "DELETE FROM notes WHERE id = 2;")
    assert codes(pg_url) == {}
    # an index the catalog marks invalid: RC102 only (the schema itself is as recorded)
    run_sql(pg_url, "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'contacts_org_idx'::regclass;")
    found = codes(pg_url)
    assert set(found) == {"RC102"} and "indisvalid = false" in str(found["RC102"][0]["message"])
    run_sql(pg_url, "UPDATE pg_index SET indisvalid = true WHERE indexrelid = 'contacts_org_idx'::regclass;")
    # a UNIQUE index that failed CONCURRENTLY over duplicates: invalid, enforces nothing, duplicates found
    run_sql(pg_url, "INSERT INTO orgs (name) VALUES ('ACME');")
    with pytest.raises(Exception, match="could not create unique index"):
        run_sql(pg_url, "CREATE UNIQUE INDEX CONCURRENTLY orgs_name_uq ON orgs (name);")
    found = codes(pg_url)
    assert set(found) == {"RC101", "RC102", "RC202"}
    assert "'ACME'" in str(found["RC202"][0]["message"]) and found["RC202"][0]["object"] == "index:public.orgs_name_uq"
    run_sql(pg_url, "DROP INDEX orgs_name_uq; DELETE FROM orgs WHERE name = 'ACME' AND id > 4;")
    # row-level security switched off and a policy dropped behind the tool's back
    run_sql(pg_url, "DROP POLICY orgs_live ON orgs; ALTER TABLE orgs DISABLE ROW LEVEL SECURITY;")
    found = codes(pg_url)
    assert set(found) == {"RC101"}
    messages = " ".join(str(f["message"]) for f in found["RC101"])
    assert "row-level-security policy public.orgs.orgs_live recorded at point 005_rls" in messages
    assert "row-level security disabled" in messages


@pytest.mark.postgres
def test_publications_and_replica_identity_are_schema(pg_url: str, tmp_path: Path) -> None:
    """Supabase Realtime's ALTER PUBLICATION ... ADD TABLE and REPLICA IDENTITY FULL: changed by
    hand they are drift (RC101), rolled back they come back; a point recorded before they were
    modelled (fingerprint without them, no fingerprint_rev) still verifies and rolls back."""
    run_sql(pg_url, "CREATE PUBLICATION app_feed;")
    files = history(pg_url)
    files["004_realtime.sql"] = (
        "ALTER TABLE contacts REPLICA IDENTITY FULL;\nALTER PUBLICATION app_feed ADD TABLE contacts, orgs;\n"
    )
    api.apply(pg_url, str(write_migrations(tmp_path / "m", files)))
    assert codes(pg_url) == {}
    run_sql(pg_url, "ALTER PUBLICATION app_feed DROP TABLE orgs; ALTER TABLE contacts REPLICA IDENTITY DEFAULT;")
    found = codes(pg_url)
    assert set(found) == {"RC101"}
    assert {f["object"] for f in found["RC101"]} == {"publication:app_feed", "table:public.contacts"}
    run_sql(pg_url, "ALTER PUBLICATION app_feed ADD TABLE orgs; ALTER TABLE contacts REPLICA IDENTITY FULL;")
    assert codes(pg_url) == {}
    # Point 003 as an older version recorded it: its fingerprint knew nothing of publications.
    model = api.points(pg_url)
    p003 = next(p for p in model if p["migration"] == "003_cleanup")
    from rollback_commander.model.schema import SchemaModel

    stored = SchemaModel.from_json(str(query(pg_url, f"SELECT model_after FROM rollback.points WHERE id = {p003['id']}")[0][0]))
    run_sql(
        pg_url,
        f"UPDATE rollback.points SET fingerprint_after = '{stored.fingerprint(rev=1)}', info = (info::jsonb - 'fingerprint_rev')::text "
        f"WHERE id = {p003['id']}",
    )
    api.rollback_to(pg_url, "003_cleanup")
    assert query(pg_url, "SELECT tablename FROM pg_publication_tables ORDER BY 1") == []
    assert query(pg_url, "SELECT relreplident::text FROM pg_class WHERE oid = 'contacts'::regclass") == [("d",)]
    assert codes(pg_url) == {}
    # Against a point recorded now, a publication changed by hand is drift, not excused as "older".
    assert api.rollback_to(pg_url, "002_contacts").verified
    run_sql(pg_url, "ALTER PUBLICATION app_feed ADD TABLE orgs;")
    assert set(codes(pg_url)) == {"RC101"}


@pytest.mark.postgres
def test_column_storage_statistics_and_compression_are_schema(pg_url: str, tmp_path: Path) -> None:
    """ALTER COLUMN ... SET STORAGE EXTERNAL (chef's and file stores' already-compressed blobs), SET
    STATISTICS and SET COMPRESSION were not modelled: a rollback left them as the migration set them
    and verified. Now they are rolled back (also across a type change, which resets storage), changed
    by hand they are drift, and a point recorded before (fingerprint_rev 2) still verifies."""
    files = history(pg_url)
    files["004_storage.sql"] = (
        "ALTER TABLE contacts ALTER COLUMN email SET STORAGE EXTERNAL, ALTER COLUMN email SET COMPRESSION pglz;\n"
        "ALTER TABLE orgs ALTER COLUMN name SET STATISTICS 800;\n"
    )
    files["005_retype.sql"] = "ALTER TABLE contacts ALTER COLUMN email TYPE varchar(200);\n"
    api.apply(pg_url, str(write_migrations(tmp_path / "m", files)))
    settings = ("SELECT attrelid::regclass::text, attname, attstorage::text, attstattarget, attcompression::text "
                "FROM pg_attribute WHERE attrelid IN ('contacts'::regclass, 'orgs'::regclass) "
                "AND attname IN ('email', 'name') ORDER BY 1, 2")
    api.rollback_to(pg_url, "004_storage")
    assert query(pg_url, settings) == [("contacts", "email", "e", -1, "p"), ("orgs", "name", "x", 800, "")]
    assert codes(pg_url) == {}
    run_sql(pg_url, "ALTER TABLE orgs ALTER COLUMN name SET STATISTICS 100;")
    assert {f["object"] for f in codes(pg_url)["RC101"]} == {"table:public.orgs"}
    run_sql(pg_url, "ALTER TABLE orgs ALTER COLUMN name SET STATISTICS 800;")
    # Point 003 as an older version recorded it: its fingerprint knew nothing of column settings.
    p003 = next(p for p in api.points(pg_url) if p["migration"] == "003_cleanup")
    from rollback_commander.model.schema import SchemaModel

    stored = SchemaModel.from_json(str(query(pg_url, f"SELECT model_after FROM rollback.points WHERE id = {p003['id']}")[0][0]))
    run_sql(pg_url, f"UPDATE rollback.points SET fingerprint_after = '{stored.fingerprint(rev=2)}', "
                    f"info = (info::jsonb || '{{\"fingerprint_rev\": 2}}')::text WHERE id = {p003['id']}")
    assert api.rollback_to(pg_url, "003_cleanup").verified
    assert query(pg_url, settings) == [("contacts", "email", "x", -1, ""), ("orgs", "name", "x", -1, "")]
    assert codes(pg_url) == {}


@pytest.mark.postgres
def test_restored_table_whose_enum_an_older_migration_renamed(pg_url: str, tmp_path: Path) -> None:
    """coder's api_key_scope pattern: ALTER TYPE ... RENAME VALUE, ADD VALUE, then an UPDATE of the
    table. Rolled back to base, the table holds its base rows, but the capture of the UPDATE holds
    the renamed labels: RC204 must not report the correct rollback (it did: '300 row(s) missing')."""
    run_sql(pg_url, "CREATE TYPE scope AS ENUM ('all', 'read'); CREATE TABLE tokens (id int PRIMARY KEY, s scope NOT NULL);"
            "INSERT INTO tokens SELECT g, (ARRAY['all', 'read']::scope[])[1 + g % 2] FROM generate_series(1, 300) g;")
    files = {
        "001_rename.sql": "ALTER TYPE scope RENAME VALUE 'all' TO 'crm:all';\n",
        "002_add.sql": "ALTER TYPE scope ADD VALUE 'crm:write';\n",
        "003_use.sql": "UPDATE tokens SET s = 'crm:write' WHERE id % 10 = 0;\n",
    }
    folder = write_migrations(tmp_path / "m", files)
    api.apply(pg_url, str(folder))
    api.rollback_to(pg_url, "base")
    assert query(pg_url, "SELECT s::text, count(*) FROM tokens GROUP BY 1 ORDER BY 1") == [("all", 150), ("read", 150)]
    report = verify(pg_url)
    assert report.findings == []
    rc204 = next(c for c in report.checks if c.code == "RC204")
    assert "public.scope changed since 003_use" in str(rc204.reason)
    # An enum that only lost the labels a reverted ADD VALUE added prints the rest the same: compared.
    api.apply(pg_url, str(write_migrations(tmp_path / "m2", {k: v for k, v in files.items() if k != "001_rename.sql"})))
    api.rollback_to(pg_url, "base")
    assert verify(pg_url).findings == []
    run_sql(pg_url, "UPDATE tokens SET s = 'read' WHERE id = 10;")
    assert set(codes(pg_url)) == {"RC204"}


def test_cli_lists_checks_and_filters(sqlite_url: str) -> None:
    code, data = invoke_json("verify", "--list-checks")
    assert code == 0
    assert [c["code"] for c in data["checks"]] == ["RC101", "RC102", "RC103", "RC201", "RC202", "RC203", "RC204", "RC390"]
    assert all(c["name"] and c["description"] and c["hint"] for c in data["checks"])
    assert describe_checks() == data["checks"]
    run_sql(sqlite_url, "CREATE TABLE t (id INTEGER PRIMARY KEY);")
    code, data = invoke_json("verify", "--db", sqlite_url, "--check", "RC201", "--check", "duplicate-keys")
    assert code == 0 and [c["code"] for c in data["checks"]] == ["RC201", "RC202"]
    code, data = invoke_json("verify", "--db", sqlite_url, "--check", "RC999")
    assert code == 2 and "RC999" in data["message"]
    res = invoke("verify", "--db", sqlite_url)
    assert res.exit_code == 0 and "every check holds" in res.stdout
    res = invoke("verify", "--db", "sqlite:////nonexistent-folder/x.db")
    assert res.exit_code == 2 and "error" in res.stderr


def test_copy_taken_after_the_migration_wrote_a_partition_is_not_the_before_state(pg_url: str, tmp_path: Path) -> None:
    """A migration moves rows out of a partition, then attaches a new one: the parent is copied at
    the ATTACH, after the DELETE, so its copy is not what the migration found. RC204 compared the
    restored parent with it and reported a correct rollback ("38 row(s) are not in the capture")."""
    run_sql(pg_url, "CREATE TABLE events (id int, day date NOT NULL) PARTITION BY RANGE (day);\n"
                    "CREATE TABLE events_default PARTITION OF events DEFAULT;\n"
                    "INSERT INTO events SELECT g, date '2024-12-20' + g FROM generate_series(1, 30) g;\n")
    folder = write_migrations(tmp_path / "m", {"001_split.sql": (
        "CREATE TABLE events_2025 (LIKE events INCLUDING DEFAULTS);\n"
        "INSERT INTO events_2025 SELECT * FROM events_default WHERE day >= '2025-01-01';\n"
        "DELETE FROM events_default WHERE day >= '2025-01-01';\n"
        "ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n")})
    api.apply(pg_url, str(folder))
    api.rollback_to(pg_url, "base")
    assert query(pg_url, "SELECT count(*) FROM events") == [(30,)]
    report = verify(pg_url)
    assert report.exit_code == 0, [f.message for f in report.findings]
    rc204 = next(c for c in report.checks if c.code == "RC204")
    assert rc204.status == "passed" and rc204.checked >= 1, rc204


@pytest.mark.mysql
def test_rows_captured_without_generated_columns_compare_on_mysql(mysql_url: str, tmp_path: Path) -> None:
    """MySQL row captures hold a table's writable columns only: RC203/RC204 compared a generated
    column too and could not run ("Unknown column 'slug'")."""
    run_sql(mysql_url, "CREATE TABLE orgs (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, deleted_at DATETIME NULL,\n"
                       "  slug VARCHAR(50) AS (LOWER(name)) STORED);\n"
                       "INSERT INTO orgs (id, name, deleted_at) VALUES (1, 'Acme', NULL), (2, 'Globex', '2024-01-01');\n")
    folder = write_migrations(tmp_path / "m", {"001_up.sql": "UPDATE orgs SET name = UPPER(name);\nDELETE FROM orgs WHERE id = 2;\n"})
    api.apply(mysql_url, str(folder))
    api.rollback_to(mysql_url, "base")
    report = verify(mysql_url)
    status = {c.code: c for c in report.checks}
    assert report.exit_code == 0 and status["RC203"].status == status["RC204"].status == "passed", status
    run_sql(mysql_url, "UPDATE orgs SET deleted_at = NULL WHERE id = 2;")
    assert set(codes(mysql_url)) == {"RC203", "RC204"}


@pytest.mark.postgres
def test_rows_inserted_after_a_dropped_column_are_not_a_restore_fault(pg_url: str, tmp_path: Path) -> None:
    """quickwit's `ALTER TABLE indexes DROP COLUMN update_timestamp`, rows written afterwards, then a
    rollback: the rows inserted since are kept by design (the restored column gets its default, the
    result's `filled`), so the table holds more rows than before the migration. RC204 reported that
    correct rollback as a fault ('1350 row(s) now, 1050 then, data checksum differs'); it must check
    that the count is exactly the rows before plus the rows filled, and still catch a row changed."""
    run_sql(pg_url, "CREATE TABLE idx (id int PRIMARY KEY, meta text NOT NULL, ts timestamp NOT NULL DEFAULT now());"
            "INSERT INTO idx (id, meta) SELECT g, 'm' || g FROM generate_series(1, 50) g;")
    api.apply(pg_url, str(write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE idx DROP COLUMN ts;\n"})))
    run_sql(pg_url, "INSERT INTO idx (id, meta) SELECT g, 'late' || g FROM generate_series(51, 60) g;")
    result = api.rollback_to(pg_url, "base")
    assert [f["rows"] for f in result.filled] == [10]
    report = verify(pg_url)
    assert report.findings == [], [f.to_dict() for f in report.findings]
    rc204 = next(c for c in report.checks if c.code == "RC204")
    assert "public.idx: 10 row(s) written since 001_drop were kept by the rollback" in str(rc204.reason)
    run_sql(pg_url, "DELETE FROM idx WHERE id = 7;")
    assert set(codes(pg_url)) == {"RC204"}


@pytest.mark.postgres
def test_rows_kept_by_keep_current_are_not_a_restore_fault(pg_url: str, tmp_path: Path) -> None:
    """rallly's `UPDATE polls SET deleted_at = now() WHERE deleted`, rows of it changed and deleted
    afterwards, then `rollback to … --on-conflict keep-current`: those rows are kept as they are now
    on purpose, yet RC204 reported them as 'row(s) as captured are missing or changed'. It must
    accept as many such rows as the rollback kept (its conflicts), and still catch one more."""
    run_sql(pg_url, "CREATE TABLE polls (id int PRIMARY KEY, deleted boolean NOT NULL, note text);"
            "INSERT INTO polls SELECT g, g % 2 = 0, 'n' || g FROM generate_series(1, 40) g;")
    folder = write_migrations(tmp_path / "m", {"001_note.sql": "UPDATE polls SET note = 'gone' WHERE deleted;\n"})
    api.apply(pg_url, str(folder))
    run_sql(pg_url, "UPDATE polls SET note = 'edited' WHERE id = 2; DELETE FROM polls WHERE id = 4;")
    result = api.rollback_to(pg_url, "base", on_conflict="keep-current")
    assert sum(int(c["rows"]) for c in result.conflicts) == 2, result.conflicts
    report = verify(pg_url)
    assert report.findings == [], [f.to_dict() for f in report.findings]
    rc204 = next(c for c in report.checks if c.code == "RC204")
    assert "2 row(s) of public.polls changed since 001_note were kept" in str(rc204.reason), rc204.reason
    run_sql(pg_url, "UPDATE polls SET note = 'later' WHERE id = 6;")
    assert set(codes(pg_url)) == {"RC204"}


@pytest.mark.postgres
def test_sequence_of_a_column_retyped_to_text_is_not_compared(pg_url: str, tmp_path: Path) -> None:
    """quickwit's `ALTER TABLE shards ALTER COLUMN shard_id TYPE VARCHAR(255)` on a BIGSERIAL column:
    the sequence stays owned by (and the default of) a text column, whose max is text. RC103
    compared that text with the sequence's next number: an internal error (TypeError), exit 2."""
    run_sql(pg_url, "CREATE TABLE shards (source text NOT NULL, shard_id bigserial, PRIMARY KEY (source, shard_id));"
            "INSERT INTO shards (source) SELECT 's' || g FROM generate_series(1, 20) g;")
    api.apply(pg_url, str(write_migrations(tmp_path / "m", {
        "001_text.sql": "ALTER TABLE shards ALTER COLUMN shard_id TYPE varchar(255);\n"})))
    report = verify(pg_url)
    assert report.findings == [] and report.exit_code == 0, [f.to_dict() for f in report.findings]
    rc103 = next(c for c in report.checks if c.code == "RC103")
    assert "public.shards.shard_id is not a number" in str(rc103.reason), rc103.reason
    # a numeric column behind its sequence is still found
    run_sql(pg_url, "CREATE TABLE t (id serial PRIMARY KEY); INSERT INTO t VALUES (5);")
    assert set(codes(pg_url)) == {"RC101", "RC103"}

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
    serial = "id SERIAL PRIMARY KEY" if url.startswith("postgresql") else "id INTEGER PRIMARY KEY AUTOINCREMENT"
    return {
        "001_orgs.sql": f"CREATE TABLE orgs ({serial}, name TEXT NOT NULL, deleted_at TEXT);\n"
        "INSERT INTO orgs (name, deleted_at) VALUES ('Acme', NULL), ('Globex', '2024-01-01'),\n"
        "  ('Initech', '2024-02-02'), ('Umbrella', NULL);\n",
        "002_contacts.sql": "CREATE TABLE contacts (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs(id),\n"
        "  email TEXT UNIQUE, phone TEXT);\n"
        "CREATE INDEX contacts_org_idx ON contacts (org_id);\n"
        "INSERT INTO contacts (id, org_id, email, phone) VALUES (1, 1, 'a@x.io', '555-1'), (2, 2, 'b@x.io', NULL);\n",
        "003_cleanup.sql": "DELETE FROM orgs WHERE deleted_at IS NOT NULL\n"
        "  AND id NOT IN (SELECT org_id FROM contacts WHERE org_id IS NOT NULL);\n"
        "ALTER TABLE contacts DROP COLUMN phone;\n"
        "UPDATE orgs SET name = upper(name);\n",
    }


@pytest.fixture
def applied(db_url: str, tmp_path: Path) -> str:
    """The three migrations applied."""
    api.apply(db_url, str(write_migrations(tmp_path / "m", history(db_url))))
    return db_url


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
    assert all(c["status"] == "passed" for c in status.values()), status
    assert status["RC203"]["checked"] == 1 and status["RC204"]["checked"] == 2
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
    assert skipped == {"RC203": "no rollback since the last apply", "RC204": "no rollback since the last apply"}


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


def test_orphaned_rows_with_foreign_keys_off(applied: str) -> None:
    off = "SET session_replication_role = replica;" if applied.startswith("postgresql") else ""
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
    run_sql(applied, "DROP INDEX contacts_org_idx;")
    found = codes(applied)
    assert set(found) == {"RC101", "RC102"}
    assert "contacts_org_idx recorded at the point is missing" in str(found["RC102"][0]["message"])


def test_sequence_behind(applied: str) -> None:
    if applied.startswith("postgresql"):
        run_sql(applied, "SELECT setval('orgs_id_seq', 1);")
    else:
        run_sql(applied, "UPDATE sqlite_sequence SET seq = 1 WHERE name = 'orgs';")
    found = codes(applied)
    assert set(found) == {"RC103"}
    assert "4" in str(found["RC103"][0]["message"])


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

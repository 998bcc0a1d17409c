"""Every command through the CLI, with --json parsed and exit codes checked, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from rollback_commander import api
from rollback_commander.engine.session import open_target
from rollback_commander.urls import parse_url

from .helpers import invoke, invoke_json, query, run_sql, write_migrations

HISTORY = {
    "001_orgs.sql": "CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
    "INSERT INTO orgs (id, name) VALUES (1, 'Acme'), (2, 'Globex');\n",
    "002_contacts.sql": "CREATE TABLE contacts (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs(id),\n"
    "  email TEXT UNIQUE, phone TEXT);\n"
    "INSERT INTO contacts (id, org_id, email, phone) VALUES (1, 1, 'a@x.io', '555-1'), (2, 2, 'b@x.io', NULL);\n",
    "003_drop_phone.sql": "ALTER TABLE contacts DROP COLUMN phone;\n",
}


@pytest.fixture
def migrations(tmp_path: Path) -> Path:
    return write_migrations(tmp_path / "migrations", HISTORY)


def test_apply_points_sql_to_log_roundtrip(db_url: str, migrations: Path) -> None:
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(migrations))
    assert code == 0, data
    assert data["applied"] == ["001_orgs", "002_contacts", "003_drop_phone"]
    assert data["migrations"][2]["captures"][0]["rows"] == 2

    code, data = invoke_json("points", "--db", db_url)
    assert code == 0
    assert [p["migration"] for p in data["points"]] == ["base", "001_orgs", "002_contacts", "003_drop_phone"]
    assert all(p["active"] for p in data["points"])

    res = invoke("sql", "--db", db_url)
    assert res.exit_code == 0
    assert "reverse of migration 003_drop_phone" in res.stdout
    assert "phone" in res.stdout

    code, data = invoke_json("to", "002_contacts", "--db", db_url, "--dry-run")
    assert code == 0 and data["dry_run"] is True and data["reverts"] == ["003_drop_phone"]
    assert query(db_url, "SELECT count(*) FROM contacts")[0][0] == 2

    code, data = invoke_json("to", "002_contacts", "--db", db_url, "--yes")
    assert code == 0, data
    assert data["verified"] is True
    assert sorted(query(db_url, "SELECT id, phone FROM contacts")) == [(1, "555-1"), (2, None)]

    code, data = invoke_json("log", "--db", db_url)
    assert code == 0
    kinds = [e["kind"] for e in data["events"]]
    assert kinds[:1] == ["adopt"] and kinds.count("apply") == 3 and "rollback" in kinds

    res = invoke("log", "--db", db_url, "--jsonl")
    assert res.exit_code == 0
    assert all(json.loads(line)["kind"] for line in res.stdout.splitlines())
    code, data = invoke_json("log", "--db", db_url, "--limit", "2")
    assert code == 0 and len(data["events"]) == 2
    for bad in ("0", "-1"):  # printed every event before
        res = invoke("log", "--db", db_url, "--limit", bad)
        assert res.exit_code == 2 and "--limit" in res.stderr

    # apply again after a rollback, then roll back to base
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(migrations))
    assert code == 0 and data["applied"] == ["003_drop_phone"]
    code, data = invoke_json("to", "base", "--db", db_url, "--yes")
    assert code == 0 and data["reverts"] == ["003_drop_phone", "002_contacts", "001_orgs"]
    assert api.fingerprint(db_url)["tables"] == {}


def test_human_output_and_help(db_url: str, migrations: Path) -> None:
    res = invoke("apply", "--db", db_url, "--dir", str(migrations), "--dry-run")
    assert res.exit_code == 0
    assert "Would apply" in res.stdout and "003_drop_phone" in res.stdout
    res = invoke("apply", "--db", db_url, "--dir", str(migrations), "--to", "002_contacts")
    assert res.exit_code == 0 and "002_contacts" in res.stdout and "003_drop_phone" not in res.stdout
    assert "points" in invoke("points", "--db", db_url).stdout.lower()
    res = invoke("to", "001_orgs", "--db", db_url)
    assert res.exit_code == 2 and "--yes" in res.stderr


def test_dry_run_names_a_probed_statement_instead_of_an_empty_capture(sqlite_url: str, tmp_path: Path) -> None:
    """A rebuild's RENAME is probed when it runs: the dry run says so, not `capture  (probe)`."""
    run_sql(sqlite_url, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);")
    folder = write_migrations(tmp_path / "m", {"001_rebuild.sql": "CREATE TABLE notes2 (id INTEGER PRIMARY KEY, body TEXT NOT NULL DEFAULT '');\n"
                                                "INSERT INTO notes2 SELECT * FROM notes;\nDROP TABLE notes;\nALTER TABLE notes2 RENAME TO notes;\n"})
    res = invoke("apply", "--db", sqlite_url, "--dir", str(folder), "--dry-run")
    assert res.exit_code == 0, res.stdout
    assert "L3: copy notes" in res.stdout and "L4: probed when run" in res.stdout
    assert "capture  (probe)" not in res.stdout and "capture (probe)" not in res.stdout


def test_dry_run_foretells_strategy_and_volume_and_sql_shows_what_was_kept(pg_url: str, tmp_path: Path) -> None:
    """`apply --dry-run` names each statement's capture strategy per table with the volume it would
    copy (the planner's estimate of the rows an UPDATE changes; a table copied once is not copied
    again), changing nothing; after the apply, `rollback sql` names what was kept."""
    run_sql(pg_url, "CREATE TABLE contacts (id bigint PRIMARY KEY, phone text, status text);\n"
                    "INSERT INTO contacts SELECT g, 'p' || g, 's' FROM generate_series(1, 5000) g;\nANALYZE contacts;\n")
    folder = write_migrations(tmp_path / "m", {"001_x.sql": "ALTER TABLE contacts DROP COLUMN phone;\n"
                                                "UPDATE contacts SET status = 'x' WHERE id <= 100;\n"
                                                "ALTER TABLE contacts ALTER COLUMN status TYPE varchar(20);\nTRUNCATE contacts;\n"})
    before = api.fingerprint(pg_url)
    code, data = invoke_json("apply", "--db", pg_url, "--dir", str(folder), "--dry-run")
    assert code == 0
    plan = [p["strategy"] for p in data["migrations"][0]["plan"]]
    assert [[(e["table"], e["strategy"]) for e in p] for p in plan] == [
        [("public.contacts", "quarantine")], [("public.contacts", "rows")], [("public.contacts", "copy")],
        [("public.contacts", "copy")]]
    assert plan[0][0]["rows"] == 0
    assert 50 <= plan[1][0]["rows"] <= 200 and plan[1][0]["estimate"] == "planner's estimate" and plan[1][0]["bytes"] > 0
    assert plan[2][0]["rows"] == 5000 and plan[2][0]["bytes"] > 0
    assert plan[3][0]["rows"] == 0 and "line 3" in plan[3][0]["estimate"]
    res = invoke("apply", "--db", pg_url, "--dir", str(folder), "--dry-run")
    assert "L2: rows public.contacts: ~" in res.stdout and "L3: copy public.contacts: ~5,000 rows" in res.stdout
    assert api.fingerprint(pg_url) == before
    assert invoke("apply", "--db", pg_url, "--dir", str(folder)).exit_code == 0
    kept = [line for line in invoke("sql", "--db", pg_url).stdout.splitlines() if line.startswith("-- kept: ")]
    assert [line.split(":")[1].strip() for line in kept] == ["quarantine public.contacts", "rows public.contacts",
                                                             "copy public.contacts"]
    assert "phone as _rollback_q" in kept[0] and "100 rows" in kept[1] and "5,000 rows" in kept[2]


def test_dry_run_bounds_row_captures_by_the_table_on_sqlite(sqlite_url: str, tmp_path: Path) -> None:
    run_sql(sqlite_url, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n"
                        "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 300) "
                        "INSERT INTO notes SELECT n, 'b' || n FROM s;\n")
    folder = write_migrations(tmp_path / "m", {"001_x.sql": "DELETE FROM notes WHERE id > 250;\n"})
    code, data = invoke_json("apply", "--db", sqlite_url, "--dir", str(folder), "--dry-run")
    assert code == 0
    [entry] = data["migrations"][0]["plan"][0]["strategy"]
    assert (entry["strategy"], entry["rows"], entry["estimate"]) == ("rows", 300, "at most the table")


def test_every_command_has_help() -> None:
    import click

    from rollback_commander.cli.main import cli

    ctx = click.Context(cli)
    names = cli.list_commands(ctx)
    assert {"apply", "to", "verify", "rehearse", "undo", "rls", "plan"} <= set(names)
    for name in names:  # loads the lazily registered ones too
        assert cli.get_command(ctx, name) is not None, name
    assert sorted(cli.commands) == names  # the lazy map names exactly what the modules register
    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 20, name
        for param in command.params:
            if isinstance(param, __import__("click").Option):
                assert param.help, f"{name} {param.name}"


def test_missing_folder_and_file(db_url: str, tmp_path: Path) -> None:
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(tmp_path / "nope"))
    assert code == 2 and "does not exist" in data["message"] and "nope" in data["message"]
    f = tmp_path / "file.sql"
    f.write_text("SELECT 1;")
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(f))
    assert code == 2 and "not a folder" in data["message"]


def test_one_folder_per_migration_layouts(db_url: str, tmp_path: Path) -> None:
    """Prisma (`<ts>_<name>/migration.sql`) and Diesel (`<ts>_<name>/up.sql` + `down.sql`): the id is
    the folder's name, down.sql never runs, other files (migration_lock.toml) are passed over."""
    prisma = write_migrations(tmp_path / "prisma", {
        "migration_lock.toml": 'provider = "postgresql"\n',
        "20240105090000_init/migration.sql": HISTORY["001_orgs.sql"],
        "20240210120000_contacts/migration.sql": HISTORY["002_contacts.sql"],
    })
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(prisma))
    assert code == 0, data
    assert data["applied"] == ["20240105090000_init", "20240210120000_contacts"]
    assert invoke_json("to", "base", "--db", db_url, "--yes")[0] == 0
    diesel = write_migrations(tmp_path / "diesel", {
        "00000000000000_diesel_initial_setup/up.sql": HISTORY["001_orgs.sql"],
        "00000000000000_diesel_initial_setup/down.sql": "THIS IS NOT SQL;\n",
        "2024-02-10-120000_add_contacts/up.sql": HISTORY["002_contacts.sql"],
        "2024-02-10-120000_add_contacts/down.sql": "SELECT * FROM down_files_are_never_run;\n",
        "2024-03-01-080000_drop_phone/up.sql": HISTORY["003_drop_phone.sql"],
        "2024-03-01-080000_drop_phone/down.sql": "THIS IS NOT SQL;\n",
    })
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(diesel))
    assert code == 0, data
    assert data["applied"] == ["00000000000000_diesel_initial_setup", "2024-02-10-120000_add_contacts",
                               "2024-03-01-080000_drop_phone"]
    code, data = invoke_json("to", "2024-02-10-120000_add_contacts", "--db", db_url, "--yes")
    assert code == 0, data
    assert query(db_url, "SELECT phone FROM contacts ORDER BY id") == [("555-1",), (None,)]


def test_down_sql_is_never_a_migration(db_url: str, tmp_path: Path) -> None:
    """A down.sql beside the migrations is a down file, not a migration with the id `down`; --dir
    naming one Diesel migration's own folder applies its up.sql under the folder's name."""
    flat = write_migrations(tmp_path / "flat", {
        "001_orgs.sql": HISTORY["001_orgs.sql"],
        "down.sql": "THIS IS NOT SQL;\n",
    })
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(flat))
    assert code == 0, data
    assert data["applied"] == ["001_orgs"]
    one = write_migrations(tmp_path / "diesel", {
        "2024-02-10-120000_add_contacts/up.sql": HISTORY["002_contacts.sql"],
        "2024-02-10-120000_add_contacts/down.sql": "THIS IS NOT SQL;\n",
    })
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(one / "2024-02-10-120000_add_contacts"))
    assert code == 0, data
    assert data["applied"] == ["2024-02-10-120000_add_contacts"]


def test_sqitch_project_applies_deploy_scripts_in_plan_order(db_url: str, tmp_path: Path) -> None:
    """A Sqitch project (or its deploy/ folder): the plan's order, not the file names'; revert/ and
    verify/ never run; a reworked change's earlier script is deploy/<name>@<tag>.sql."""
    files = {
        "sqitch.conf": "[core]\n\tengine = pg\n",
        "sqitch.plan": "%syntax-version=1.0.0\n%project=crm\n\n"
        "orgs 2024-01-01T10:00:00Z Ann <ann@x.io> # Add orgs.\n"
        "contacts [orgs] 2024-01-02T10:00:00Z Ann <ann@x.io> # Add contacts.\n"
        "contact_count [contacts] 2024-01-03T10:00:00Z Ann <ann@x.io> # A view.\n"
        "@v1.0 2024-01-04T10:00:00Z Ann <ann@x.io> # Tag v1.0.\n\n"
        "+drop_phone [contacts] 2024-01-05T10:00:00Z Ann <ann@x.io> # Drop phone.\n"
        "contact_count [contact_count@v1.0] 2024-01-06T10:00:00Z Ann <ann@x.io> # Rework the view.\n",
        "deploy/orgs.sql": "-- Deploy crm:orgs to pg\nBEGIN;\n" + HISTORY["001_orgs.sql"] + "COMMIT;\n",
        "deploy/contacts.sql": "-- Deploy crm:contacts to pg\n-- requires: orgs\n" + HISTORY["002_contacts.sql"],
        "deploy/contact_count@v1.0.sql": "CREATE VIEW contact_count AS SELECT org_id, count(*) AS n FROM contacts GROUP BY org_id;\n",
        "deploy/drop_phone.sql": HISTORY["003_drop_phone.sql"],
        "deploy/contact_count.sql": "DROP VIEW contact_count;\n"
        "CREATE VIEW contact_count AS SELECT org_id, count(email) AS n FROM contacts GROUP BY org_id;\n",
    }
    for change in ("orgs", "contacts", "contact_count", "drop_phone"):
        files[f"revert/{change}.sql"] = "THIS IS NOT SQL;\n"
        files[f"verify/{change}.sql"] = "SELECT 1/0;\n"
    project = write_migrations(tmp_path / "crm", files)
    order = ["orgs", "contacts", "contact_count@v1.0", "drop_phone", "contact_count"]
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(project), "--dry-run")
    assert code == 0, data
    assert [m["id"] for m in data["migrations"]] == order
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(project / "deploy"))
    assert code == 0, data
    assert data["applied"] == order
    code, data = invoke_json("to", "contacts", "--db", db_url, "--yes")
    assert code == 0, data
    assert query(db_url, "SELECT phone FROM contacts ORDER BY id") == [("555-1",), (None,)]
    write_migrations(project, {"sqitch.plan": files["sqitch.plan"] + "-drop_phone 2024-01-07T10:00:00Z Ann <a@x.io>\n"})
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(project))
    assert code == 2 and "sqitch.plan:11" in data["message"] and "-drop_phone" in data["message"], data


def test_popx_folder_applies_the_files_for_its_database(db_url: str, tmp_path: Path) -> None:
    """ory's popx layout (hydra, keto, kratos): `<version>_<name>.<dialect>.up.sql` files for other
    databases never run, one for this database replaces the untagged file of its version, and the id
    is `<version>_<name>` whichever file ran."""
    dialect = parse_url(db_url).dialect
    tag = {"sqlite": "sqlite3", "postgresql": "postgres"}[dialect]
    broken = "THIS IS NOT SQL;\n"
    folder = write_migrations(tmp_path / "popx", {
        "20240101000001000000_orgs.up.sql": HISTORY["001_orgs.sql"],
        "20240101000001000000_orgs.down.sql": broken,
        "20240101000002000000_contacts.up.sql": broken,
        f"20240101000002000000_contacts.{tag}.up.sql": HISTORY["002_contacts.sql"],
        "20240101000002000000_contacts.mysql.up.sql": broken,
        "20240101000002000000_contacts.cockroach.up.sql": broken,
        f"20240101000003000000_drop_phone.{tag}.autocommit.up.sql": HISTORY["003_drop_phone.sql"],
        "20240101000003000000_drop_phone.mysql.up.sql": broken,
        f"20240101000003000000_drop_phone.{tag}.down.sql": broken,
    })
    ids = ["20240101000001000000_orgs", "20240101000002000000_contacts", "20240101000003000000_drop_phone"]
    assert [m.id for m in api.migrations(str(folder), dialect)] == ids
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder))
    assert code == 0, data
    assert data["applied"] == ids
    code, data = invoke_json("to", ids[1], "--db", db_url, "--yes")
    assert code == 0, data
    assert query(db_url, "SELECT phone FROM contacts ORDER BY id") == [("555-1",), (None,)]
    other = write_migrations(tmp_path / "other", {"20240101000001000000_orgs.mysql.up.sql": broken})
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(other))
    assert code == 2 and "no migration in the folder is for" in data["message"], data


def test_popx_names_with_and_without_tags() -> None:
    """`<version>_<name>.autocommit.up.sql` without a dialect read `autocommit` as an unknown dialect
    tag, so the file was not a migration of any database."""
    from rollback_commander.model.migration import dialect_tag

    assert dialect_tag("0002_b.autocommit.up.sql") == ("0002_b", None)
    assert dialect_tag("0002_b.mysql.autocommit.up.sql") == ("0002_b", "mysql")
    assert dialect_tag("0002_b.postgres.up.sql") == ("0002_b", "postgresql")
    assert dialect_tag("0002_b.oracle.up.sql") is None
    assert dialect_tag("0002_b.up.sql") is None


def _journal_dump(url: str) -> list[object]:
    with open_target(parse_url(url)) as t:
        return [(p.id, p.migration, p.active) for p in t.journal.points()] + [len(t.journal.events())]


def test_syntax_error_mid_migration_changes_nothing(db_url: str, tmp_path: Path) -> None:
    folder = write_migrations(tmp_path / "m", {"001_ok.sql": HISTORY["001_orgs.sql"]})
    assert invoke_json("apply", "--db", db_url, "--dir", str(folder))[0] == 0
    before_fp = api.fingerprint(db_url)
    before_journal = _journal_dump(db_url)
    write_migrations(folder, {"002_bad.sql": "CREATE TABLE t1 (id INTEGER PRIMARY KEY);\n"
                              "INSERT INTO orgs (id, name) VALUES (3, 'Initech');\n"
                              "\n"
                              "CREATE TABLE t2 (id INTEGER PRIMARY KEY,, broken);\n"
                              "CREATE TABLE t3 (id INTEGER);\n"})
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder))
    assert code == 1, data
    assert "002_bad.sql:4" in data["message"]
    assert "syntax error" in data["message"].lower()
    assert api.fingerprint(db_url) == before_fp
    assert _journal_dump(db_url) == before_journal


def test_up_and_down_sections_in_one_file(sqlite_url: str, tmp_path: Path) -> None:
    """dbmate (`-- migrate:up`), goose (`-- +goose Up`) and sql-migrate (`-- +migrate Up`) files hold
    their down part too: only the up parts run, and an error line still points into the whole file.
    (Folder-per-migration layouts: test_one_folder_per_migration_layouts.)"""
    folder = write_migrations(tmp_path / "m", {
        "20240101_notes.sql": "-- migrate:up\nCREATE TABLE notes (id INTEGER PRIMARY KEY);\n-- migrate:down\nDROP TABLE notes;\n",
        "20240102_tags.sql": "-- +goose Up\nCREATE TABLE tags (id INTEGER PRIMARY KEY);\n-- +goose Down\nDROP TABLE tags;\n",
        "20240103_links.sql": "-- +migrate Up\nCREATE TABLE links (id INTEGER PRIMARY KEY);\n\n-- +migrate Down\nTHIS IS NOT SQL;\n",
    })
    code, data = invoke_json("apply", "--db", sqlite_url, "--dir", str(folder))
    assert code == 0, data
    assert [p["migration"] for p in api.points(sqlite_url)] == ["base", "20240101_notes", "20240102_tags", "20240103_links"]
    assert {"notes", "tags", "links"} <= set(api.fingerprint(sqlite_url)["tables"])
    write_migrations(folder, {"20240104_bad.sql": "-- +goose Down\nDROP TABLE links;\n-- +goose Up\n\nCREATE TABLE t (id,, x);\n"})
    code, data = invoke_json("apply", "--db", sqlite_url, "--dir", str(folder))
    assert code == 1 and "20240104_bad.sql:5" in data["message"], data
    assert "links" in api.fingerprint(sqlite_url)["tables"]


def test_unknown_target(db_url: str, migrations: Path) -> None:
    invoke_json("apply", "--db", db_url, "--dir", str(migrations))
    code, data = invoke_json("to", "999_nope", "--db", db_url, "--yes")
    assert code == 2 and "999_nope" in data["message"] and "002_contacts" in data["hint"]
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(migrations), "--to", "nope")
    assert code == 2 and "nope" in data["message"]


def test_unreachable_database_and_password_masking(tmp_path: Path, migrations: Path) -> None:
    url = "postgresql://alice:s3cretpw@127.0.0.1:1/appdb"
    for args in (("apply", "--db", url, "--dir", str(migrations)), ("points", "--db", url), ("to", "base", "--db", url, "--yes")):
        res = invoke(*args)
        assert res.exit_code == 2
        assert "s3cretpw" not in res.stdout + res.stderr
        assert "Traceback" not in res.stdout + res.stderr
        assert "***" in res.stderr
    code, data = invoke_json("points", "--db", url)
    assert code == 2 and "s3cretpw" not in json.dumps(data)
    res = invoke("points", "--db", "oracle://x:pw@h/db")
    assert res.exit_code == 2 and "pw@" not in res.stderr and "unsupported" in res.stderr
    res = invoke("points", "--db", f"sqlite:///{tmp_path}/missing/dir/x.db")
    assert res.exit_code == 2 and "does not exist" in res.stderr


def test_password_with_unencoded_characters_is_never_printed(pg_url: str, mysql_url: str, migrations: Path) -> None:
    """A password written into the URL without percent-encoding its @, /, ?, # or space was printed
    whole or in part (`postgresql://u:pa/ss@h/db` in full as a "bad port", `u:***@ss:w0rd@h`,
    libpq's "failed to resolve host 'ss'", "sek ret" whole). Such a URL is refused (exit 2)
    naming no part of it; PyMySQL's `@` form still works and is masked to the last `@`."""
    # a password starting with digits read as a port: "1234/ab9q" was printed in full
    for secret in ("pa/ss9q", "pa?ss9q", "pa#ss9q", "p@ss9q:w0rd", "sek ret9q", "1234/ss9q", "1234?ss9q"):
        url = pg_url.replace("postgres@", f"postgres:{secret}@")
        for args in (("points", "--db", url), ("apply", "--db", url, "--dir", str(migrations))):
            res = invoke(*args)
            assert res.exit_code == 2, (secret, res.stdout, res.stderr)
            assert "percent-encoded" in res.stderr and "ss9q" not in res.stdout + res.stderr, (secret, res.stderr)
            code, data = invoke_json(*args)
            assert code == 2 and data["error"] == "usage" and "ss9q" not in json.dumps(data)
    encoded = pg_url.replace("postgres@", "postgres:p%40ss9q%2Fw0rd@")  # the same, percent-encoded: works
    code, data = invoke_json("points", "--db", encoded)
    assert code == 0 and data == {"points": []}
    res = invoke("points", "--db", mysql_url.replace("root@", "root:1234/ss9q@"))
    assert res.exit_code == 2 and "ss9q" not in res.stdout + res.stderr, res.stderr
    wrong = mysql_url.replace("root@", "root:p@ss9q@")  # PyMySQL takes the password to the last @
    res = invoke("points", "--db", wrong)
    assert res.exit_code == 2 and "root:***@127.0.0.1" in res.stderr and "ss9q" not in res.stderr, res.stderr


def test_password_never_logged_in_journal(pg_url: str, migrations: Path) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DO $$ BEGIN CREATE ROLE rc_pw_user LOGIN PASSWORD 'Pw-9x!secret' SUPERUSER; "
                     "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    url = pg_url.replace("postgres@", "rc_pw_user:Pw-9x%21secret@")
    res = invoke("apply", "--db", url, "--dir", str(migrations), "--json")
    assert res.exit_code == 0, res.stdout + res.stderr
    assert "Pw-9x" not in res.stdout + res.stderr
    dump = json.dumps(query(pg_url, "SELECT * FROM rollback.events") + query(pg_url, "SELECT info FROM rollback.points"), default=str)
    assert "Pw-9x" not in dump


def test_group_options_before_a_command_are_refused_not_dropped(
        sqlite_url: str, migrations: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`rollback --db A to base` used to drop --db silently and roll back $DATABASE_URL's database;
    --json before the command printed tables, --emergency before one did nothing, and --target
    without --emergency printed the help with exit 0. Each is a usage error (exit 2) now."""
    assert invoke("apply", "--db", sqlite_url, "--dir", str(migrations)).exit_code == 0
    other = tmp_path / "other.db"
    other.touch()
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    res = invoke("--db", f"sqlite:///{other}", "to", "base", "--yes")
    assert res.exit_code == 2, res.stdout
    assert "--db given before the command 'to'" in res.stderr and "rollback to --db URL" in res.stderr
    assert query(sqlite_url, "SELECT count(*) FROM orgs") == [(2,)]  # $DATABASE_URL's database untouched
    code, data = invoke_json("points")  # --json after the command: fine
    assert code == 0 and len(data["points"]) == 4
    res = invoke("--json", "points", "--db", sqlite_url)
    assert res.exit_code == 2 and json.loads(res.stdout)["error"] == "usage"
    res = invoke("--emergency", "log", "--db", sqlite_url)
    assert res.exit_code == 2 and "--emergency given before the command 'log'" in res.stderr
    res = invoke("--target", "base")
    assert res.exit_code == 2 and "--target only goes with --emergency" in res.stderr
    assert query(sqlite_url, "SELECT count(*) FROM orgs") == [(2,)]
    res = invoke("--emergency", "--target", "base", "--db", sqlite_url, "--reason", "test")
    assert res.exit_code == 0 and "Emergency rollback to base" in res.stdout, res.stdout + res.stderr


def test_env_and_config_file(sqlite_url: str, migrations: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rollback.toml").write_text(f'migrations = "{migrations}"\n[database]\nurl = "{sqlite_url}"\n')
    code, data = invoke_json("apply")
    assert code == 0 and len(data["applied"]) == 3
    monkeypatch.setenv("ROLLBACK_DATABASE_URL", sqlite_url)
    (tmp_path / "rollback.toml").write_text('[database]\nurl = "postgresql://nobody@127.0.0.1:1/x"\n')
    code, data = invoke_json("points")
    assert code == 0 and len(data["points"]) == 4
    monkeypatch.delenv("ROLLBACK_DATABASE_URL")
    (tmp_path / "rollback.toml").write_text("[database\n")
    code, data = invoke_json("points")
    assert code == 2 and "rollback.toml" in data["message"]


def _hold_lock(url: str, seconds: float, held: threading.Event) -> None:
    with open_target(parse_url(url), missing="create") as holder:
        holder.begin_locked(1.0)
        held.set()
        time.sleep(seconds)
        holder.conn.rollback()


def test_concurrent_apply_waits_or_fails_clearly(db_url: str, migrations: Path) -> None:
    held = threading.Event()
    t = threading.Thread(target=_hold_lock, args=(db_url, 2.0, held))
    t.start()
    held.wait(5)
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(migrations), "--lock-timeout", "0.5")
    t.join()
    assert code == 1, data
    assert data["error"] == "locked"
    assert "process " in data["message"] and "since" in data["message"]  # who holds it, since when
    if db_url.startswith("sqlite"):  # SQLite: the holder's own process (PostgreSQL names its backend)
        assert f"process {os.getpid()}" in data["message"]
    assert invoke_json("points", "--db", db_url)[1]["points"] == []

    # the second run waits for the first to finish, then applies without interleaving
    held.clear()
    t = threading.Thread(target=_hold_lock, args=(db_url, 0.8, held))
    t.start()
    held.wait(5)
    t0 = time.monotonic()
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(migrations), "--lock-timeout", "10")
    t.join()
    assert code == 0, data
    assert time.monotonic() - t0 >= 0.5
    assert len(data["applied"]) == 3


def test_lock_holder_named_is_the_one_in_this_database(pg_url: str, migrations: Path) -> None:
    """The advisory lock is per database: a run holding it on another database of the server (here the
    server's admin database) is not the holder named, the one on this database is."""
    import psycopg

    from rollback_commander.dialects.postgres import LOCK_KEY

    from .conftest import POSTGRES_URL

    with psycopg.connect(POSTGRES_URL, autocommit=True, application_name="elsewhere") as elsewhere, \
            psycopg.connect(pg_url, autocommit=True, application_name="here") as here:
        elsewhere.execute("SELECT pg_advisory_lock(%s)", (LOCK_KEY,))
        here.execute("SELECT pg_advisory_lock(%s)", (LOCK_KEY,))
        pid = here.info.backend_pid
        try:
            code, data = invoke_json("apply", "--db", pg_url, "--dir", str(migrations), "--lock-timeout", "0.3")
        finally:
            elsewhere.execute("SELECT pg_advisory_unlock(%s)", (LOCK_KEY,))
            here.execute("SELECT pg_advisory_unlock(%s)", (LOCK_KEY,))
    assert code == 1 and data["error"] == "locked", data
    assert f"process {pid} (here)" in data["message"], data["message"]


def test_entry_point_runs() -> None:
    res = subprocess.run([sys.executable, "-m", "rollback_commander.cli.main", "--help"], capture_output=True, text=True)
    assert res.returncode == 0 and "apply" in res.stdout


@pytest.mark.parametrize("command", [["points"], ["verify"], ["sql"], ["to", "base", "--yes"], ["plan", "base"]])
def test_missing_sqlite_file_is_refused_not_created(command: list[str], tmp_path: Path, migrations: Path) -> None:
    """Only apply may create a database file: a typo in --db must not leave an empty file behind
    and report an empty journal. A dry run reads the missing file as the new, empty database."""
    path = tmp_path / "typo.db"
    res = invoke(*command, "--db", f"sqlite:///{path}")
    assert res.exit_code == 2 and f"the file {path} does not exist" in res.stderr, (res.stdout, res.stderr)
    assert not path.exists()
    code, data = invoke_json("apply", "--db", f"sqlite:///{path}", "--dir", str(migrations), "--dry-run")
    assert code == 0 and [m["id"] for m in data["migrations"]][:1] == ["001_orgs"], data
    assert not path.exists()
    code, data = invoke_json("apply", "--db", f"sqlite:///{path}", "--dir", str(migrations))
    assert code == 0 and len(data["applied"]) == 3 and path.exists(), data


def test_dry_run_into_a_missing_folder_fails_as_the_apply_would(
        tmp_path: Path, migrations: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`apply --dry-run` into a folder that is not there said it would apply everything (exit 0),
    while the apply itself then failed (exit 2). Both fail now, and a three-slash URL that reads as
    if an absolute path were meant (sqlite:///tmp/x.db is tmp/x.db here) gets the four-slash form."""
    monkeypatch.chdir(tmp_path)
    absolute = f"sqlite:///{tmp_path}/gone/x.db"
    for extra in ((), ("--dry-run",)):
        code, data = invoke_json("apply", "--db", absolute, "--dir", str(migrations), *extra)
        assert code == 2 and f"folder {tmp_path}/gone does not exist" in data["message"], (extra, data)
        assert "four slashes" not in data["hint"]
    relative = f"sqlite://{tmp_path}/x.db"  # three slashes in all: relative to the current folder
    code, data = invoke_json("apply", "--db", relative, "--dir", str(migrations), "--dry-run")
    assert code == 2 and f"an absolute path takes four slashes: sqlite:///{tmp_path}/x.db" in data["hint"], data
    res = invoke("points", "--db", relative)
    assert res.exit_code == 2 and "four slashes" in res.stderr
    (tmp_path / "data").mkdir()
    code, data = invoke_json("points", "--db", "sqlite:///data/x.db")  # a folder here: meant relative
    assert code == 2 and "four slashes" not in data["hint"]


def test_tables_printed_into_a_pipe_keep_whole_ids(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Into a pipe, a file or a CI log rich drew tables 80 columns wide and cut migration ids to
    `20261121103000_add…`; they are whole now (COLUMNS, when set, still decides the width)."""
    monkeypatch.delenv("COLUMNS", raising=False)
    long_id = "20261121103000_add_contact_directory_view"
    folder = write_migrations(tmp_path / "m", {"001_orgs.sql": HISTORY["001_orgs.sql"],
                                               f"{long_id}.sql": "CREATE VIEW org_names AS SELECT name FROM orgs;\n"})
    assert invoke("apply", "--db", sqlite_url, "--dir", str(folder)).exit_code == 0
    for args in (("points",), ("plan",), ("deps",), ("log",)):
        res = invoke(*args, "--db", sqlite_url)
        assert res.exit_code == 0 and long_id in res.stdout, (args, res.stdout)
        assert "…" not in res.stdout, (args, res.stdout)


def test_interrupted_json_command_still_prints_json(pg_url: str, tmp_path: Path) -> None:
    """Ctrl-C during `apply --json` printed only "interrupted" on stderr, leaving a JSON consumer an
    empty stdout; it prints the error object (exit 130), and the migration is not applied."""
    import signal

    folder = write_migrations(tmp_path / "m", {"001_slow.sql": "CREATE TABLE slow (id int PRIMARY KEY);\n"
                                                               "SELECT pg_sleep(20);\n"})
    proc = subprocess.Popen([sys.executable, "-m", "rollback_commander.cli.main", "apply", "--db", pg_url,
                             "--dir", str(folder), "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not query(pg_url, "SELECT 1 FROM pg_stat_activity WHERE query LIKE '%pg_sleep(20)%' "
                                                            "AND pid <> pg_backend_pid()"):
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, (stdout, stderr)
    data = json.loads(stdout)
    assert data["error"] == "interrupted" and "rollback points" in data["hint"]
    assert query(pg_url, "SELECT to_regclass('public.slow')") == [(None,)]


def test_json_apply_loads_only_what_it_uses(tmp_path: Path) -> None:
    """Process start is part of every command's time: a JSON apply must not load the console library,
    the RLS break-glass module or the rehearsal runner."""
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "001_t.sql").write_text("CREATE TABLE t (id integer PRIMARY KEY);\n")
    code = (
        "import sys\n"
        "from rollback_commander.cli.main import main\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print(sorted(m for m in ('rich', 'rollback_commander.ops.rls', 'rollback_commander.rehearse.runner') if m in sys.modules))"
    )
    argv = ["apply", "--db", f"sqlite:///{tmp_path / 'app.db'}", "--dir", str(folder), "--json"]
    res = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines()[-1] == "[]", res.stdout


def test_demo_restores_everything(tmp_path: Path) -> None:
    code, data = invoke_json("demo", "--workdir", str(tmp_path / "demo"))
    assert code == 0, data
    assert data["restored"] is True
    assert data["after_rollback"] == data["before"]
    assert data["after_bad_release"] != data["before"]
    assert data["seconds"] < 10
    res = invoke("demo", "--workdir", str(tmp_path / "demo2"))
    assert res.exit_code == 0 and "Schema and data are back" in res.stdout


def test_run_sql_helper_really_writes(sqlite_url: str) -> None:
    run_sql(sqlite_url, "CREATE TABLE x (a INT); INSERT INTO x VALUES (1);")
    assert query(sqlite_url, "SELECT a FROM x") == [(1,)]


def test_sqlite_holder_note_goes_with_the_lock(sqlite_url: str, migrations: Path) -> None:
    """The note naming the lock holder lives only while it holds the lock: a run that finished
    leaves none, so a later wait never names a process that no longer holds it."""
    note = Path(sqlite_url.split("///", 1)[1] + ".rollback-lock")
    with open_target(parse_url(sqlite_url), missing="create") as holder:
        holder.begin_locked(1.0)
        assert json.loads(note.read_text())["pid"] == os.getpid()
        holder.conn.rollback()
        assert not note.exists()
    code, data = invoke_json("apply", "--db", sqlite_url, "--dir", str(migrations))
    assert code == 0, data
    assert not note.exists()


@pytest.mark.mysql
def test_dry_run_refuses_conflicts_as_the_rollback_does_on_mariadb(mysql_url: str, tmp_path: Path) -> None:
    """`rollback to --dry-run` foretells the conflict refusal the rollback gives, hint included:
    on MariaDB/MySQL (the stepwise engine) keep-current keeps the rows of row-captured tables only."""
    from rollback_commander.errors import Conflict

    run_sql(mysql_url, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10)); INSERT INTO t VALUES (1, 'a'), (2, 'b');")
    api.apply(mysql_url, str(write_migrations(tmp_path / "m", {"001_upd.sql": "UPDATE t SET v = 'x';\n"})))
    run_sql(mysql_url, "UPDATE t SET v = 'mine' WHERE id = 1")
    dry = api.rollback_to(mysql_url, "base", dry_run=True)
    with pytest.raises(Conflict) as err:
        api.rollback_to(mysql_url, "base")
    assert "row-captured tables only" in err.value.hint
    assert dry.refusals[:1] == [{"message": err.value.message, "hint": err.value.hint}], dry.refusals


@pytest.mark.mysql
def test_keep_current_refusal_names_the_tables_copied_whole(mysql_url: str, tmp_path: Path) -> None:
    """Given --on-conflict keep-current, a conflict in a table kept whole (a MODIFY COLUMN copies it)
    is refused saying keep-current cannot keep those rows, not by offering keep-current again; the
    dry run foretells the same refusal, and restore-old still rolls back."""
    from rollback_commander.errors import Conflict

    run_sql(mysql_url, "CREATE TABLE params (id INT PRIMARY KEY, v VARCHAR(40) NOT NULL); INSERT INTO params VALUES (1, 'a');")
    folder = write_migrations(tmp_path / "m", {"001_widen.sql": "ALTER TABLE params MODIFY COLUMN v VARCHAR(80) NOT NULL;\n"})
    api.apply(mysql_url, str(folder))
    run_sql(mysql_url, "INSERT INTO params VALUES (2, 'added since')")
    dry = api.rollback_to(mysql_url, "base", dry_run=True, on_conflict="keep-current")
    with pytest.raises(Conflict) as err:
        api.rollback_to(mysql_url, "base", on_conflict="keep-current")
    assert "keep-current cannot keep them: params (1 rows then, 2 now, contents differ, since 001_widen)" in err.value.message, err.value.message
    assert "--on-conflict keep-current keeps" not in err.value.hint and "restore-old" in err.value.hint, err.value.hint
    assert dry.refusals[:1] == [{"message": err.value.message, "hint": err.value.hint}], dry.refusals
    assert api.rollback_to(mysql_url, "base", on_conflict="restore-old").verified


def test_error_line_counts_from_the_statement_not_its_leading_comments(pg_url: str, tmp_path: Path) -> None:
    """The statement's text starts with the comments before it: the line of a PostgreSQL error
    position is counted from its first line of code, so it names the line that holds the error."""
    sql = "-- header\n/* two\n   lines */\n\nCREATE TABLE t (id int,\n  x no_such_type);\n"
    folder = write_migrations(tmp_path / "m", {"001_bad.sql": sql})
    code, data = invoke_json("apply", "--db", pg_url, "--dir", str(folder))
    assert code == 1 and data["details"]["line"] == 6 and data["message"].split(": ")[0].endswith("001_bad.sql:6"), data


def test_progress_in_a_terminal(sqlite_url: str, migrations: Path) -> None:
    """In a terminal, verify and rehearse draw progress bars: rich enters its console as a context
    manager, and the lazily made console's stand-in did not support that ('internal error:
    TypeError: ... does not support the context manager protocol', exit 2). No test ran with a terminal."""
    import pty

    api.apply(sqlite_url, str(migrations))
    master, slave = pty.openpty()
    try:
        res = subprocess.run([sys.executable, "-m", "rollback_commander.cli.main", "verify", "--db", sqlite_url],
                             stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, timeout=60, env={**os.environ, "COLUMNS": "120"})
        os.close(slave)
        output = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal is closed once everything is read
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(master)
    text = output.decode("utf-8", "replace")
    assert res.returncode == 0, text
    assert "every check holds" in text and "internal error" not in text


def test_a_rollback_that_would_orphan_rows_written_since_is_refused(db_url: str, tmp_path: Path) -> None:
    """A migration adds a parent row, the application then writes a child row under it: rolling
    back would take the parent away. PostgreSQL refuses by itself (the foreign key comes back
    checked); SQLite, where the rollback runs with foreign keys off, left the child orphaned and
    reported success. Both now refuse, naming the rows, and change nothing."""
    run_sql(db_url, "CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT);"
                    "CREATE TABLE contacts (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs (id));"
                    "INSERT INTO orgs VALUES (1, 'Acme'), (2, 'Globex'); INSERT INTO contacts VALUES (1, 1);")
    folder = write_migrations(tmp_path / "m", {"001_initech.sql": "INSERT INTO orgs (id, name) VALUES (3, 'Initech');\n"})
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder))
    assert code == 0, data
    run_sql(db_url, "INSERT INTO contacts VALUES (2, 3)")
    code, data = invoke_json("to", "base", "--db", db_url, "--yes")
    assert code == 1, data
    assert "refer to rows this rollback takes away" in data["hint"]
    assert sorted(query(db_url, "SELECT id FROM orgs")) == [(1,), (2,), (3,)]
    code, data = invoke_json("points", "--db", db_url)
    assert [p["migration"] for p in data["points"] if p["active"]] == ["base", "001_initech"]
    run_sql(db_url, "DELETE FROM contacts WHERE id = 2")
    code, data = invoke_json("to", "base", "--db", db_url, "--yes")
    assert code == 0, data
    assert sorted(query(db_url, "SELECT id FROM orgs")) == [(1,), (2,)]


@pytest.mark.postgres
def test_restore_old_that_would_orphan_rows_of_another_table_says_why(pg_url: str, tmp_path: Path) -> None:
    """hoppscotch's `timestamp_with_timezone` retypes `User` (kept whole), users and their
    `UserEnvironment` rows are written since; `--on-conflict restore-old` puts `User` back as it
    was and so takes those users away. The foreign key stops it, nothing changed; the hint named
    only rows the migration inserted or keys it changed as the cause, not restore-old's own."""
    run_sql(pg_url, "CREATE TABLE users (uid text PRIMARY KEY, created timestamp NOT NULL);"
                    "CREATE TABLE envs (id int PRIMARY KEY, uid text NOT NULL REFERENCES users (uid));"
                    "INSERT INTO users VALUES ('a', '2024-01-01'), ('b', '2024-02-02'); INSERT INTO envs VALUES (1, 'a');")
    folder = write_migrations(tmp_path / "m", {
        "001_tz.sql": "ALTER TABLE users ALTER COLUMN created TYPE timestamptz USING created AT TIME ZONE 'UTC';\n"})
    code, data = invoke_json("apply", "--db", pg_url, "--dir", str(folder))
    assert code == 0, data
    run_sql(pg_url, "INSERT INTO users VALUES ('c', now()); INSERT INTO envs VALUES (2, 'c');")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 1 and "public.users" in data["message"], data
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes", "--on-conflict", "restore-old")
    assert code == 1, data
    assert "envs_uid_fkey" in data["message"] and "with --on-conflict restore-old" in data["hint"], data
    assert sorted(query(pg_url, "SELECT uid FROM users")) == [("a",), ("b",), ("c",)]
    run_sql(pg_url, "DELETE FROM envs WHERE id = 2")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes", "--on-conflict", "restore-old")
    assert code == 0, data
    assert sorted(query(pg_url, "SELECT uid FROM users")) == [("a",), ("b",)]


def test_version_folders_apply_by_version_then_file(db_url: str, tmp_path: Path) -> None:
    """Synapse's `delta/<version>/NN_name.sql`: files sorted by their name across folders ran
    `10/01_x` before `9/02_y`, and two folders' `01_…` collided. Now version folders apply in version
    order (9 < 10 < 10.1), files within a folder in name order, the id carries the folder, and only
    the target's `.sql.<database>` file of a step runs."""
    dialect = parse_url(db_url).dialect
    broken = "THIS IS NOT SQL;\n"
    own, other = ("sqlite", "postgres") if dialect == "sqlite" else ("postgres", "sqlite")
    folder = write_migrations(tmp_path / "delta", {
        "9/01_orgs.sql": HISTORY["001_orgs.sql"],
        "9/02_contacts.sql": HISTORY["002_contacts.sql"],
        "10/01_orgs_city.sql": "ALTER TABLE orgs ADD COLUMN city TEXT;\nUPDATE orgs SET city = 'Oslo';\n",
        f"10/02_contacts_phone.sql.{own}": HISTORY["003_drop_phone.sql"],
        f"10/02_contacts_phone.sql.{other}": broken,
        "10.1/01_orgs.sql": "UPDATE orgs SET name = upper(name);\n",
        "README.md": "not a migration\n",
    })
    ids = ["9/01_orgs", "9/02_contacts", "10/01_orgs_city", "10/02_contacts_phone", "10.1/01_orgs"]
    assert [m.id for m in api.migrations(str(folder), dialect)] == ids
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder))
    assert code == 0, data
    assert data["applied"] == ids
    assert query(db_url, "SELECT name, city FROM orgs ORDER BY id") == [("ACME", "Oslo"), ("GLOBEX", "Oslo")]
    code, data = invoke_json("to", "9/02_contacts", "--db", db_url, "--yes")
    assert code == 0, data
    assert query(db_url, "SELECT phone FROM contacts ORDER BY id") == [("555-1",), (None,)]
    assert query(db_url, "SELECT name FROM orgs ORDER BY id") == [("Acme",), ("Globex",)]


def test_v_prefixed_version_folders_apply_in_version_order() -> None:
    """temporal's `schema/postgresql/v12/temporal/versioned/v1.9/`, `v1.10/`, ...: v1.9 before v1.10."""
    case = Path(__file__).parent / "cases" / "postgresql" / "135_temporal_versioned_folders_widened_ids_and_dropped_not_null"
    assert [m.id for m in api.migrations(str(case / "migrations"), "postgresql")] == [
        "v1.9/alter_columns", "v1.10/update_info_maps_table", "v1.13/nexus_endpoints", "v1.15/add_current_executions_data",
        "v1.18/add_metadata_to_chasm_node_maps", "v1.20/alter_workflow_id_columns"]


def test_version_folders_beside_folder_per_migration_names() -> None:
    """A folder holding `up.sql` / `migration.sql` is one migration even when its name is a bare
    version (`20240105090000/migration.sql`); tags in every spelling name the same id."""
    from rollback_commander.model.migration import dialect_tag

    assert dialect_tag("01_fts.sql.postgres") == ("01_fts", "postgresql")
    assert dialect_tag("01_fts.up.sql.sqlite") == ("01_fts", "sqlite")
    assert dialect_tag("0003_fts.sqlite.sql") == ("0003_fts", "sqlite")
    assert dialect_tag("0004_vec.pglite.sql") == ("0004_vec", "pglite")
    assert dialect_tag("V0001.Name.up.sql") is None
    assert dialect_tag("01_x.sql.bak") is None


def test_version_folder_ids_and_prisma_bare_version_folders(tmp_path: Path) -> None:
    folder = write_migrations(tmp_path / "m", {
        "20240105090000/migration.sql": "SELECT 1;\n",
        "20240210120000/migration.sql": "SELECT 2;\n",
    })
    assert [m.id for m in api.migrations(str(folder), "sqlite")] == ["20240105090000", "20240210120000"]
    nested = write_migrations(tmp_path / "n", {
        "v2/01_a.sql": "SELECT 1;\n", "v10/01_a.sql": "SELECT 1;\n", "01_root.sql": "SELECT 1;\n",
        "3/0003_fts.sqlite.sql": "SELECT 1;\n", "3/0003_fts.sql": "THIS IS NOT SQL;\n",
        "3/0004_vec.pglite.sql": "THIS IS NOT SQL;\n", "3/0003_fts.down.sql.sqlite": "THIS IS NOT SQL;\n",
    })
    found = api.migrations(str(nested), "sqlite")
    assert [m.id for m in found] == ["01_root", "v2/01_a", "3/0003_fts", "v10/01_a"]
    assert found[2].path.name == "0003_fts.sqlite.sql"


def test_prisma_folders_apply_in_prisma_order_by_name_as_text(tmp_path: Path) -> None:
    """`prisma migrate` orders its `<name>/migration.sql` folders by name as text: papermark's
    `202310122339_NewColumnInLinkTable` (12 digits) comes after `20230918172941_update_schema` (14
    digits) and before `20231013165123_create_document_version`. Read as numbers it came first,
    before the migration creating the table it alters."""
    folder = write_migrations(tmp_path / "m", {
        "20230912150657_initialize/migration.sql": "CREATE TABLE link (id int);\n",
        "20230918172941_update_schema/migration.sql": "SELECT 1;\n",
        "202310122339_NewColumnInLinkTable/migration.sql": "ALTER TABLE link ADD COLUMN allow int;\n",
        "20231013165123_create_document_version/migration.sql": "SELECT 2;\n",
        "202310311254_NewColumnEnableNotification/migration.sql": "SELECT 3;\n",
        "20231103092228_data_room/migration.sql": "SELECT 4;\n",
    })
    assert [m.id for m in api.migrations(str(folder), "sqlite")] == [
        "20230912150657_initialize", "20230918172941_update_schema", "202310122339_NewColumnInLinkTable",
        "20231013165123_create_document_version", "202310311254_NewColumnEnableNotification",
        "20231103092228_data_room"]
    # plain files keep the natural order (V2 before V10, 2 before 10)
    plain = write_migrations(tmp_path / "p", {"10_b.sql": "SELECT 1;\n", "2_a.sql": "SELECT 1;\n"})
    assert [m.id for m in api.migrations(str(plain), "sqlite")] == ["2_a", "10_b"]


def test_code_migration_steps_are_refused_by_name(sqlite_url: str, tmp_path: Path) -> None:
    """Synapse keeps Python deltas (`delta/<version>/*.py`) among its SQL ones. The tool runs SQL
    only, and applying the SQL around one would leave a history no release had: refused (exit 2)
    naming the file, nothing applied. `__init__.py` is no migration step."""
    folder = write_migrations(tmp_path / "delta", {
        "__init__.py": "",
        "9/01_orgs.sql": HISTORY["001_orgs.sql"],
        "10/01_backfill.py": "def run_upgrade(cur, database_engine, *args):\n    pass\n",
    })
    code, data = invoke_json("apply", "--db", sqlite_url, "--dir", str(folder))
    assert code == 2, data
    assert "10/01_backfill.py" in data["message"] and "not SQL" in data["message"], data
    assert data["details"]["files"] == [str(folder / "10" / "01_backfill.py")]
    (folder / "10" / "01_backfill.py").unlink()
    code, data = invoke_json("apply", "--db", sqlite_url, "--dir", str(folder))
    assert code == 0 and data["applied"] == ["9/01_orgs"], data


def test_version_folder_migrations_keep_the_bare_ids_a_journal_recorded(sqlite_url: str, tmp_path: Path) -> None:
    """Before version folders were read, `2023/0001_orgs.sql` was recorded as `0001_orgs`: an
    upgraded tool must not take it for a new migration `2023/0001_orgs` and run it again."""
    from rollback_commander.engine.apply import recorded_ids
    from rollback_commander.model.migration import discover

    folder = write_migrations(tmp_path / "m", {"2023/0001_orgs.sql": HISTORY["001_orgs.sql"],
                                               "2024/0002_contacts.sql": HISTORY["002_contacts.sql"]})
    found = discover(folder, "sqlite")
    assert [m.id for m in recorded_ids(found, {"0001_orgs"})] == ["0001_orgs", "2024/0002_contacts"]
    assert [m.id for m in recorded_ids(found, set())] == ["2023/0001_orgs", "2024/0002_contacts"]
    code, data = invoke_json("apply", "--db", sqlite_url, "--dir", str(folder), "--to", "2023/0001_orgs")
    assert code == 0 and data["applied"] == ["2023/0001_orgs"], data
    # the journal as an older version wrote it
    run_sql(sqlite_url, "UPDATE _rollback_points SET migration = '0001_orgs' WHERE migration = '2023/0001_orgs'")
    code, data = invoke_json("apply", "--db", sqlite_url, "--dir", str(folder))
    assert code == 0 and data["applied"] == ["2024/0002_contacts"], data
    code, data = invoke_json("to", "0001_orgs", "--db", sqlite_url, "--yes")
    assert code == 0, data
    assert query(sqlite_url, "SELECT count(*) FROM orgs") == [(2,)]


def test_failed_statement_is_shown_without_the_comments_above_it(db_url: str, tmp_path: Path) -> None:
    """A statement that fails is named in the hint by its own text: the comment the file puts above
    it was shown first instead, cut at 120 characters, so a long comment hid the statement (seen on
    atuin's drop_non_uuid_history_ids.sql: 'Statement: -- `HistoryId` is now a UUID: rows are …').
    The line is the statement's own; the dry-run plan shows the statements the same way."""
    comment = "-- Ids are UUIDs now: anything that is not one cannot be read back, so it goes.\n" * 3
    folder = write_migrations(tmp_path / "m", {
        "001_items.sql": "CREATE TABLE items (id TEXT PRIMARY KEY, n INTEGER NOT NULL);\n",
        "002_purge.sql": comment + "/* and a block comment */\nDELETE FROM no_such_items WHERE length(id) <> 32;\n",
    })
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder))
    assert code == 1 and data["message"].startswith(f"{folder / '002_purge.sql'}:5:"), data
    assert "Statement: DELETE FROM no_such_items WHERE length(id) <> 32" in data["hint"], data["hint"]
    assert "UUIDs" not in data["hint"] and "block comment" not in data["hint"], data["hint"]
    code, data = invoke_json("points", "--db", db_url)
    assert code == 0 and [p["migration"] for p in data["points"]][-1] == "001_items", data


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql", "mysql"])
def test_added_column_with_default_before_not_null_keeps_rows_written_since(
        dialect: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """`ADD COLUMN c … DEFAULT x NOT NULL` changes no row the point holds, as `… NOT NULL DEFAULT x`
    does not: it was copied whole before it ran, so rows written afterwards were conflicts of that
    point and a rollback refused (or dropped them with --on-conflict restore-old). Seen on chirpstack's
    `alter table device_queue_item add column is_encrypted boolean default false not null`: 120 queue
    items written since were 'put back as they were', i.e. deleted, while the same statement written
    `not null default false` on device_profile kept them. Both orders now add the column uncopied."""
    url = str(request.getfixturevalue({"sqlite": "sqlite_url", "postgresql": "pg_url", "mysql": "mysql_url"}[dialect]))
    folder = write_migrations(tmp_path / "m", {
        "001_queue.sql": "CREATE TABLE queue_items (id INTEGER PRIMARY KEY, payload VARCHAR(40) NOT NULL);\n"
        "INSERT INTO queue_items (id, payload) VALUES (1, 'a'), (2, 'b');\n",
        "002_encrypted.sql": "ALTER TABLE queue_items ADD COLUMN is_encrypted BOOLEAN DEFAULT false NOT NULL;\n",
        "003_expires.sql": "ALTER TABLE queue_items ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;\n",
    })
    code, data = invoke_json("apply", "--db", url, "--dir", str(folder))
    assert code == 0, data
    assert [m["captures"] for m in data["migrations"][1:]] == [[], []], data["migrations"]
    run_sql(url, "INSERT INTO queue_items (id, payload, is_encrypted, priority) VALUES (3, 'c', true, 5);\n")
    code, data = invoke_json("to", "001_queue", "--db", url, "--yes")
    assert code == 0, data
    assert sorted(query(url, "SELECT id, payload FROM queue_items")) == [(1, "a"), (2, "b"), (3, "c")]
    code, data = invoke_json("verify", "--db", url)
    assert code == 0, data


_FAILING_TRIGGER = {
    "sqlite": "CREATE TRIGGER items_audit AFTER DELETE ON items BEGIN\n"
    "  INSERT INTO items_log (item_id, note) VALUES (old.id, NULL);\nEND;\n",
    "postgresql": "CREATE FUNCTION items_audit() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
    "  INSERT INTO items_log (item_id, note) VALUES (OLD.id, NULL);\n  RETURN OLD;\nEND;\n$$;\n"
    "CREATE TRIGGER items_audit AFTER DELETE ON items FOR EACH ROW EXECUTE FUNCTION items_audit();\n",
    "mysql": "CREATE TRIGGER items_audit AFTER DELETE ON items FOR EACH ROW\n"
    "  INSERT INTO items_log (item_id, note) VALUES (OLD.id, NULL);\n",
}


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql", "mysql"])
def test_failed_statement_names_the_triggers_of_the_table_it_writes(
        dialect: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """A row change whose trigger fails reports the trigger body's error as its own: atuin's
    `delete from history where …` failed with '5 values for 6 columns' (its FTS5 delete trigger,
    created two years of migrations earlier, lists one value too few), naming neither the trigger
    nor its table. The hint now names the triggers of the tables the statement writes."""
    url = str(request.getfixturevalue({"sqlite": "sqlite_url", "postgresql": "pg_url", "mysql": "mysql_url"}[dialect]))
    folder = write_migrations(tmp_path / "m", {
        "001_items.sql": "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL);\n"
        "CREATE TABLE items_log (item_id INTEGER NOT NULL, note VARCHAR(20) NOT NULL);\n"
        "INSERT INTO items (id, name) VALUES (1, 'a'), (2, 'legacy');\n" + _FAILING_TRIGGER[dialect],
        "002_purge.sql": "DELETE FROM items WHERE name = 'legacy';\n",
    })
    code, data = invoke_json("apply", "--db", url, "--dir", str(folder))
    assert code == 1 and data["message"].startswith(f"{folder / '002_purge.sql'}:1:"), data
    assert data["hint"].endswith("items has trigger items_audit: the error may come from one of them"), data["hint"]
    assert "Statement: DELETE FROM items WHERE name = 'legacy'" in data["hint"], data["hint"]  # MySQL's too
    assert sorted(query(url, "SELECT id FROM items")) == [(1,), (2,)]


def test_a_whole_table_conflict_put_back_says_its_row_counts_not_rows_changed(pg_url: str, tmp_path: Path) -> None:
    """umami's `ALTER COLUMN "parameters" SET DATA TYPE JSONB` copies report whole; a row inserted and
    another updated since are one table-level conflict, compared by checksum: the rollback said
    "1 row(s) of public.report changed since ...: put back as they were" (the difference of the row
    counts), now the counts then and now, as the dry run and the refusal say."""
    run_sql(pg_url, "CREATE TABLE report (id int PRIMARY KEY, parameters varchar(6000) NOT NULL);\n"
                    "INSERT INTO report SELECT g, '{\"window\": ' || g || '}' FROM generate_series(1, 9) g;\n")
    folder = write_migrations(tmp_path / "m", {
        "12_update_report_parameter.sql": 'ALTER TABLE "report"\nALTER COLUMN "parameters" SET DATA TYPE JSONB USING parameters::JSONB\n'})
    api.apply(pg_url, str(folder))
    run_sql(pg_url, "INSERT INTO report VALUES (10, '{}'); UPDATE report SET parameters = '{\"edited\": true}' WHERE id = 1;")
    res = invoke("to", "base", "--db", pg_url, "--yes", "--on-conflict", "restore-old")
    assert res.exit_code == 0, res.output
    text = " ".join(res.output.split())
    assert ("conflict: public.report changed since 12_update_report_parameter (9 rows then, 10 now, contents differ): "
            "put back as it was") in text, text
    assert query(pg_url, "SELECT count(*) FROM report") == [(9,)]

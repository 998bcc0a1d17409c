"""Bad input to every command, on real databases (SQLite, PostgreSQL, MariaDB): each row of BAD_INPUT
runs the CLI as a user would, once printing for people and once with --json, and must

- exit 1 or 2 (as the row says), never with a traceback or an "internal error";
- name the culprit (the file, statement, argument or value) in the message (the JSON's "message");
- with --json, print one valid JSON error object on stdout;
- never show the password of a URL (s3cret) on stdout, stderr or in the journal;
- leave the database (its schema fingerprint and every table's rows) and the journal (its points and
  events) exactly as they were.

The database of each dialect holds HISTORY, applied once per module; rows that do not touch a
database (arguments refused before connecting) run on SQLite only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from rollback_commander import api
from rollback_commander.engine.session import open_target
from rollback_commander.urls import parse_url

from .conftest import fresh_mysql_database, fresh_pg_database
from .helpers import invoke, query, write_migrations

SECRET = "s3cret"
PG_PW = f"postgresql://u:{SECRET}@127.0.0.1:1/x"
MY_PW = f"mysql://root:{SECRET}@127.0.0.1:1/x"

HISTORY = {
    "001_orgs.sql": "CREATE TABLE orgs (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\n"
    "INSERT INTO orgs (id, name) VALUES (1, 'Acme'), (2, 'Globex');\n",
    "002_contacts.sql": "CREATE TABLE contacts (id INTEGER PRIMARY KEY, org_id INTEGER, email VARCHAR(80), phone VARCHAR(20));\n"
    "INSERT INTO contacts (id, org_id, email, phone) VALUES (1, 1, 'a@x.io', '555-1'), (2, 2, 'b@x.io', NULL);\n",
    "003_drop_phone.sql": "ALTER TABLE contacts DROP COLUMN phone;\n",
}


def _folders(root: Path) -> dict[str, Path]:
    """The migration folders the rows name (each one the applied history plus what is wrong)."""
    made = {
        "good": write_migrations(root / "good", HISTORY),
        "syntax": write_migrations(root / "syntax", {**HISTORY, "004_bad.sql": (
            "CREATE TABLE t1 (id INTEGER PRIMARY KEY);\n"
            "INSERT INTO orgs (id, name) VALUES (3, 'Initech');\n"
            "CREATE TABLE t2 (id INTEGER PRIMARY KEY,, broken);\n"
            "CREATE TABLE t3 (id INTEGER);\n")}),
        "dup": write_migrations(root / "dup", {**HISTORY, "004_tags.sql": "CREATE TABLE tags (id INTEGER);\n",
                                               "004_tags.up.sql": "CREATE TABLE labels (id INTEGER);\n"}),
        "nonutf": write_migrations(root / "nonutf", HISTORY),
        "link": write_migrations(root / "link", HISTORY),
        "empty": root / "empty",
        "not_a_folder": root / "001_orgs.sql",
        "not_a_database": root / "not_a_database.db",
    }
    (made["nonutf"] / "004_latin1.sql").write_bytes("INSERT INTO orgs (id, name) VALUES (3, 'Caf\xe9');\n".encode("latin-1"))
    os.symlink(root / "gone" / "004_moved.sql", made["link"] / "004_link.sql")
    made["empty"].mkdir()
    made["not_a_folder"].write_text(HISTORY["001_orgs.sql"])
    made["not_a_database"].write_text("this is a text file, not an SQLite database\n" * 20)
    return made


@dataclass(frozen=True)
class Row:
    id: str
    args: Callable[[str, dict[str, Path], Path], list[str]]
    """The command line, given the database URL, the folders and a scratch folder."""
    culprit: str
    """What the message must name (a file name, a value, an option)."""
    code: int = 2
    dialects: tuple[str, ...] = ("sqlite",)
    json: bool = True
    """Whether the command has --json (then the row also runs with it)."""


ALL = ("sqlite", "postgresql", "mysql")


def _with_password(url: str) -> str:
    """`url` with the password s3cret (for rows refused before connecting)."""
    scheme, rest = url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user.split(':', 1)[0]}:{SECRET}@{host}"
BAD_INPUT = [
    # migration folders and files
    Row("apply-missing-folder", lambda u, f, t: ["apply", "--db", u, "--dir", str(t / "nope")], "nope", dialects=ALL),
    Row("apply-empty-folder", lambda u, f, t: ["apply", "--db", u, "--dir", str(f["empty"])], "holds no .sql migration",
        dialects=ALL),
    Row("apply-folder-is-a-file", lambda u, f, t: ["apply", "--db", u, "--dir", str(f["not_a_folder"])], "is not a folder"),
    Row("apply-not-utf8", lambda u, f, t: ["apply", "--db", u, "--dir", str(f["nonutf"])], "004_latin1.sql", dialects=ALL),
    Row("apply-broken-link", lambda u, f, t: ["apply", "--db", u, "--dir", str(f["link"])], "004_link.sql", dialects=ALL),
    Row("apply-syntax-error-mid-migration", lambda u, f, t: ["apply", "--db", u, "--dir", str(f["syntax"])],
        "004_bad.sql:3", code=1, dialects=ALL),
    Row("apply-duplicate-ids", lambda u, f, t: ["apply", "--db", u, "--dir", str(f["dup"])], "004_tags", dialects=ALL),
    Row("rehearse-empty-folder", lambda u, f, t: ["rehearse", "--db", u, "--dir", str(f["empty"])], "holds no .sql migration"),
    # arguments
    Row("apply-to-unknown", lambda u, f, t: ["apply", "--db", u, "--dir", str(f["good"]), "--to", "042_nope"], "042_nope",
        dialects=ALL),
    Row("apply-placeholder-not-assignment", lambda u, f, t: ["apply", "--db", u, "--dir", str(f["good"]), "--placeholder",
                                                             "schemacrm"], "schemacrm"),
    Row("apply-negative-lock-timeout", lambda u, f, t: ["apply", "--db", u, "--dir", str(f["good"]), "--lock-timeout", "-5"],
        "--lock-timeout"),
    Row("to-nan-lock-timeout", lambda u, f, t: ["to", "base", "--db", u, "--yes", "--lock-timeout", "nan"], "--lock-timeout"),
    Row("to-unknown-target", lambda u, f, t: ["to", "042_nope", "--db", u, "--yes"], "042_nope", dialects=ALL),
    Row("to-unknown-point-id", lambda u, f, t: ["to", "#999", "--db", u, "--yes"], "#999", dialects=ALL),
    Row("to-target-closing-markup", lambda u, f, t: ["to", "v1[/]", "--db", u, "--yes"], "v1[/]"),
    Row("to-target-with-markup", lambda u, f, t: ["to", "[bold]v2[/bold]", "--db", u, "--dry-run"], "[bold]v2[/bold]"),
    Row("to-without-confirmation", lambda u, f, t: ["to", "base", "--db", u], "confirmation", dialects=ALL),
    Row("to-bad-on-conflict", lambda u, f, t: ["to", "base", "--db", u, "--yes", "--on-conflict", "merge"], "merge"),
    Row("sql-unknown-target", lambda u, f, t: ["sql", "042_nope", "--db", u], "042_nope", json=False),
    Row("prune-nothing-said", lambda u, f, t: ["prune", "--db", u], "prune"),
    Row("prune-bad-age", lambda u, f, t: ["prune", "--db", u, "--older-than", "7x"], "7x"),
    Row("prune-age-too-long", lambda u, f, t: ["prune", "--db", u, "--older-than", "99999999999d"], "99999999999d"),
    Row("prune-negative-keep", lambda u, f, t: ["prune", "--db", u, "--keep", "-1"], "--keep"),
    Row("log-zero-limit", lambda u, f, t: ["log", "--db", u, "--limit", "0"], "--limit"),
    Row("log-json-and-jsonl", lambda u, f, t: ["log", "--db", u, "--jsonl", "--json"], "--jsonl"),
    Row("verify-against-unknown", lambda u, f, t: ["verify", "--db", u, "--against", "042_nope"], "042_nope", dialects=ALL),
    Row("verify-unknown-check", lambda u, f, t: ["verify", "--db", u, "--check", "RC999"], "RC999"),
    Row("rehearse-bad-rto", lambda u, f, t: ["rehearse", "--db", u, "--dir", str(f["good"]), "--rto", "soon"], "soon"),
    Row("rehearse-report-format", lambda u, f, t: ["rehearse", "--db", u, "--dir", str(f["good"]), "--report",
                                                   str(t / "r.txt")], "r.txt"),
    Row("tag-at-unknown", lambda u, f, t: ["tag", "v1", "--db", u, "--at", "042_nope"], "042_nope", dialects=ALL),
    Row("mark-without-status", lambda u, f, t: ["mark", "001_orgs", "--db", u], "--stable"),
    Row("mark-health-out-of-range", lambda u, f, t: ["mark", "001_orgs", "--db", u, "--stable", "--health", "200"],
        "--health"),
    Row("plan-unknown-target", lambda u, f, t: ["plan", "042_nope", "--db", u], "042_nope", dialects=ALL),
    Row("report-incident-and-last", lambda u, f, t: ["report", "7", "--last", "--db", u], "--last"),
    Row("deps-undo-unknown", lambda u, f, t: ["deps", "--db", u, "--undo", "042_nope"], "042_nope"),
    Row("deps-with-dependents-alone", lambda u, f, t: ["deps", "--db", u, "--with-dependents"], "--undo"),
    Row("undo-unknown", lambda u, f, t: ["undo", "042_nope", "--db", u, "--yes"], "042_nope", dialects=("sqlite", "postgresql")),
    Row("undo-on-mysql", lambda u, f, t: ["undo", "002_contacts", "--db", u, "--yes"], "mysql", dialects=("mysql",)),
    Row("rls-unknown-table", lambda u, f, t: ["rls", "disable", "no_such_table", "--reason", "test", "--db", u],
        "no_such_table", dialects=("postgresql",)),
    Row("emergency-unknown-target", lambda u, f, t: ["--emergency", "--target", "042_nope", "--db", u], "042_nope",
        dialects=ALL),
    Row("unknown-command", lambda u, f, t: ["rollbak", "--db", u], "rollbak"),
    Row("group-option-before-command", lambda u, f, t: ["--db", u, "points"], "--db"),
    # URLs: the password never shows
    Row("url-as-extra-argument", lambda u, f, t: ["points", "--db", u, PG_PW], "127.0.0.1:1/x"),
    Row("pg-unreachable", lambda u, f, t: ["points", "--db", PG_PW], "127.0.0.1"),
    Row("pg-unreachable-apply", lambda u, f, t: ["apply", "--db", PG_PW, "--dir", str(f["good"])], "127.0.0.1"),
    Row("mysql-unreachable", lambda u, f, t: ["to", "base", "--db", MY_PW, "--yes"], "127.0.0.1"),
    Row("mysql-unreachable-rehearse", lambda u, f, t: ["rehearse", "--db", MY_PW, "--dir", str(f["good"])], "127.0.0.1"),
    Row("pg-bad-port", lambda u, f, t: ["points", "--db", f"postgresql://u:{SECRET}@127.0.0.1:port/x"], "port"),
    Row("unknown-scheme", lambda u, f, t: ["points", "--db", f"oracle://u:{SECRET}@db/x"], "oracle://"),
    Row("mysql-url-bad-connect-timeout", lambda u, f, t: ["points", "--db", _with_password(u) + "?connect_timeout=soon"],
        "connect_timeout='soon'", dialects=("mysql",)),
    Row("mysql-url-unknown-charset", lambda u, f, t: ["points", "--db", _with_password(u) + "?charset=klingon"],
        "charset='klingon'", dialects=("mysql",)),
    Row("sqlite-not-a-database", lambda u, f, t: ["points", "--db", f"sqlite:///{f['not_a_database']}"],
        "not a database"),
]

@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _folders(tmp_path_factory.mktemp("bad_input"))


@pytest.fixture(scope="module")
def databases(folders: dict[str, Path], tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
              ) -> Iterator[Callable[[str], str]]:
    """The URL of a database of each dialect holding HISTORY, made on first use (a row of one dialect
    needs only its own) and shared by the module's rows (each checks it left it as it found it)."""
    urls: dict[str, str] = {}
    with ExitStack() as stack:
        def get(dialect: str) -> str:
            if dialect not in urls:
                if dialect == "sqlite":
                    url = f"sqlite:///{tmp_path_factory.mktemp('bad_input_db') / 'app.db'}"
                elif dialect == "postgresql":
                    url = stack.enter_context(fresh_pg_database(request.getfixturevalue("_pg_admin")))
                else:
                    url = stack.enter_context(fresh_mysql_database(request.getfixturevalue("_mysql_admin")))
                res = invoke("apply", "--db", url, "--dir", str(folders["good"]), "--json")
                assert res.exit_code == 0, res.stdout + res.stderr
                urls[dialect] = url
            return urls[dialect]

        yield get


def state(url: str) -> str:
    """The database's schema fingerprint and table checksums, and the journal's points and events."""
    with open_target(parse_url(url)) as t:
        journal = [p.to_dict() for p in t.journal.points()] + list(t.journal.events())
    return json.dumps([api.fingerprint(url), journal], sort_keys=True, default=str)


def _cases() -> list[Any]:
    return [pytest.param(row, dialect, id=f"{row.id}-{dialect}") for row in BAD_INPUT for dialect in row.dialects]


@pytest.mark.parametrize(("row", "dialect"), _cases())
def test_bad_input(row: Row, dialect: str, databases: Callable[[str], str], folders: dict[str, Path],
                   tmp_path: Path) -> None:
    url = databases(dialect)
    before = state(url)
    args = row.args(url, folders, tmp_path)
    culprit = row.culprit
    runs = [(args, False)] + ([([*args, "--json"], True)] if row.json else [])
    for argv, as_json in runs:
        res = invoke(*argv)  # in this process: an exception escaping the error handler fails the test here
        said = res.stdout + res.stderr
        where = f"`rollback {' '.join(argv)}` said: {said}"
        assert res.exit_code == row.code, where
        assert "Traceback" not in said and "internal error" not in said, where
        assert SECRET not in said, where
        if as_json:
            data = json.loads(res.stdout)
            assert data["error"] and culprit in data["message"], where
        else:
            assert culprit in said, where
        after = state(url)
        assert after == before, f"{where}\nchanged the database or the journal"
        assert SECRET not in after


def test_every_command_has_a_row() -> None:
    """The table covers the commands: each one but demo (no database, no input to get wrong) and
    runbook (no argument of its own to get wrong) has a row."""
    import click

    from rollback_commander.cli.main import cli

    commands = set(cli.list_commands(click.Context(cli)))
    some_folders: dict[str, Path] = defaultdict(lambda: Path("/f"))
    covered = {arg for row in BAD_INPUT for arg in row.args("postgresql://u@127.0.0.1/x", some_folders, Path("/t")) if arg in commands}
    assert commands - covered == {"demo", "runbook"}


def test_real_process_masks_and_escapes(tmp_path: Path, folders: dict[str, Path]) -> None:
    """The `rollback` entry point itself (its own process): a URL with a password given where a
    target goes, and a target that is rich markup, each end in a message, exit 2, no traceback."""
    env = {**os.environ, "ROLLBACK_DATABASE_URL": "", "DATABASE_URL": ""}
    db = f"sqlite:///{tmp_path / 'app.db'}"
    assert subprocess.run([sys.executable, "-m", "rollback_commander.cli.main", "apply", "--db", db, "--dir",
                           str(folders["good"])], capture_output=True, text=True, env=env, timeout=120).returncode == 0
    for argv, culprit in ((["to", PG_PW, "--db", db, "--yes"], "u:***@127.0.0.1:1/x"),
                          (["points", "--db", db, MY_PW], "root:***@127.0.0.1:1/x"),
                          (["to", "[/]", "--db", db, "--yes"], "'[/]'")):
        res = subprocess.run([sys.executable, "-m", "rollback_commander.cli.main", *argv], capture_output=True, text=True,
                             env=env, timeout=120)
        said = res.stdout + res.stderr
        assert res.returncode == 2, said
        assert "Traceback" not in said and SECRET not in said and culprit in said, said
    assert query(db, "SELECT count(*) FROM orgs") == [(2,)]


@pytest.mark.parametrize("dialect", ["sqlite", "mysql"])
def test_tag_and_mark_dry_runs_change_nothing(dialect: str, databases: Callable[[str], str]) -> None:
    """`tag --dry-run` and `mark --dry-run` check what the real run checks (a tag on another point
    needs --move) and write nothing: not even the tags and marks tables (on MariaDB their DDL
    would commit at once)."""
    url = databases(dialect)
    before = state(url)
    code, data = _json("tag", "v9", "--db", url, "--at", "001_orgs", "--dry-run")
    assert code == 0 and data == {"tag": "v9", "point_id": data["point_id"], "migration": "001_orgs", "moved_from": None,
                                  "dry_run": True}
    res = invoke("mark", "002_contacts", "--db", url, "--bad", "--note", "[red]slow[/red]", "--dry-run")
    assert res.exit_code == 0 and "Would mark point" in res.stdout and "002_contacts" in res.stdout, res.stdout + res.stderr
    assert state(url) == before
    assert _tag_and_mark_tables(url) == []  # the module never tags or marks for real
    code, data = _json("sql", "001_orgs", "--db", url)
    assert code == 0 and data["target"] == "001_orgs" and "contacts" in data["sql"]


def _json(*args: str) -> tuple[int, Any]:
    res = invoke(*args, "--json")
    return res.exit_code, json.loads(res.stdout)


def _tag_and_mark_tables(url: str) -> list[str]:
    sql = ("SELECT name FROM sqlite_master WHERE name LIKE '%tags' OR name LIKE '%marks'" if url.startswith("sqlite")
           else "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                "AND (table_name LIKE '%tags' OR table_name LIKE '%marks')")
    return [str(r[0]) for r in query(url, sql)]


def test_tag_dry_run_refuses_what_the_tag_would(tmp_path: Path, folders: dict[str, Path]) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert invoke("apply", "--db", url, "--dir", str(folders["good"])).exit_code == 0
    assert invoke("tag", "v1", "--db", url).exit_code == 0
    before = state(url)
    code, data = _json("tag", "v1", "--db", url, "--at", "001_orgs", "--dry-run")
    assert code == 2 and "already on point" in data["message"] and "--move" in data["hint"]
    code, data = _json("tag", "v1", "--db", url, "--at", "001_orgs", "--dry-run", "--move")
    assert code == 0 and data["moved_from"] == data["point_id"] + 2 and data["dry_run"] is True
    assert state(url) == before


@pytest.mark.parametrize(("config", "culprit"), [
    ('lock_timeout = "ten"', "lock_timeout = 'ten'"),
    ("lock_timeout = -3", "lock_timeout = -3"),
    ("migrations = 5", "migrations must be a string"),
    ('[database]\nurl = ["sqlite:///a.db"]', "database.url must be a string"),
    ("this is not toml", "line 1"),
])
def test_bad_config_file(config: str, culprit: str, databases: Callable[[str], str], folders: dict[str, Path],
                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """rollback.toml is input too: a wrong value is a usage error naming the file and the setting."""
    url = databases("sqlite")
    before = state(url)
    (tmp_path / "rollback.toml").write_text(config + "\n")
    monkeypatch.chdir(tmp_path)
    for args in (["points", "--db", url], ["apply", "--db", url, "--dir", str(folders["syntax"])]):
        res = invoke(*args)
        assert res.exit_code == 2 and "rollback.toml" in res.stderr and culprit in res.stderr, res.stdout + res.stderr
        code, data = _json(*args)
        assert code == 2 and culprit in data["message"], data
    monkeypatch.undo()  # back where no rollback.toml is, to read the state as before
    assert state(url) == before

"""`rollback rls disable|restore|status`: the emergency RLS break-glass on PostgreSQL, with
Supabase-like roles (anon, authenticated, service_role) and an `auth.uid()` policy."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import psycopg
import pytest

from rollback_commander import api
from rollback_commander.cli.main import cli
from rollback_commander.cli.ops_cmds import register
from rollback_commander.engine.session import open_target
from rollback_commander.ops.rls import restore_expired
from rollback_commander.urls import parse_url

from .helpers import invoke, invoke_json, query, run_sql, write_migrations

register(cli)

ALICE = "00000000-0000-0000-0000-00000000000a"
BOB = "00000000-0000-0000-0000-00000000000b"

ROLES = """
DO $$ BEGIN CREATE ROLE anon NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE authenticated NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE service_role NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
"""

AUTH = """
CREATE SCHEMA auth;
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
  AS $f$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $f$;
GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
"""

SCHEMA = f"""
CREATE TABLE notes (id integer PRIMARY KEY, owner_id uuid NOT NULL, body text);
INSERT INTO notes VALUES (1, '{ALICE}', 'alice 1'), (2, '{ALICE}', 'alice 2'), (3, '{BOB}', 'bob 1');
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON notes FOR ALL TO authenticated USING (owner_id = auth.uid()) WITH CHECK (owner_id = auth.uid());
CREATE POLICY no_anon ON notes AS RESTRICTIVE FOR SELECT TO anon USING (false);
GRANT SELECT ON notes TO anon;
GRANT SELECT, INSERT, UPDATE, DELETE ON notes TO authenticated;
GRANT ALL ON notes TO service_role WITH GRANT OPTION;
GRANT UPDATE (body) ON notes TO anon;
CREATE TABLE profiles (id uuid PRIMARY KEY, name text);
INSERT INTO profiles VALUES ('{ALICE}', 'Alice'), ('{BOB}', 'Bob');
ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE profiles FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON profiles FOR SELECT USING (true);
GRANT SELECT ON profiles TO PUBLIC;
"""


@pytest.fixture
def supa(pg_url: str, tmp_path: Path) -> str:
    run_sql(pg_url, ROLES + AUTH)  # like Supabase: the auth schema is there before the app's migrations
    api.apply(pg_url, str(write_migrations(tmp_path / "m", {"001_schema.sql": SCHEMA})))
    return pg_url


def as_role(url: str, role: str, sql: str, sub: str | None = None) -> Any:
    """Run a query as `role` (SET ROLE); the exception class name when it is refused."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"SET ROLE {role}")
        if sub:
            conn.execute("SELECT set_config('request.jwt.claim.sub', %s, false)", (sub,))
        try:
            return conn.execute(sql).fetchall()
        except psycopg.Error as exc:
            return type(exc).__name__


def security(url: str) -> dict[str, Any]:
    return api.fingerprint(url)


def test_disable_then_restore_exactly(supa: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from rollback_commander.ops.rls_check import RlsBreakGlass
    from rollback_commander.verify.registry import CHECKS

    monkeypatch.setitem(CHECKS, RlsBreakGlass.code, RlsBreakGlass)  # what the registry patch does
    url = supa
    before = security(url)
    assert as_role(url, "authenticated", "SELECT id FROM notes ORDER BY id", ALICE) == [(1,), (2,)]
    assert as_role(url, "anon", "SELECT id FROM notes") == []
    code, data = invoke_json("rls", "disable", "notes", "public.profiles", "--reason", "policy locks out support",
                             "--for", "15m", "--db", url)
    assert code == 0, data
    assert data["tables"] == ["public.notes", "public.profiles"]
    assert data["revoked_from"] == ["PUBLIC", "anon", "authenticated"]
    assert data["saved"]["public.notes"] == {"rls": True, "rls_forced": False, "policies": 2, "grants": 13}
    assert data["saved"]["public.profiles"]["rls_forced"] is True
    # fail closed: the public-facing roles lose access, RLS is off for the others
    assert query(url, "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
                      "WHERE relname IN ('notes', 'profiles') ORDER BY 1") == [("notes", False, False), ("profiles", False, False)]
    for role in ("anon", "authenticated"):
        assert as_role(url, role, "SELECT id FROM notes", ALICE) == "InsufficientPrivilege"
        assert as_role(url, role, "SELECT id FROM profiles") == "InsufficientPrivilege"
        assert as_role(url, role, "UPDATE notes SET body = 'x' WHERE false") == "InsufficientPrivilege"
    assert as_role(url, "service_role", "SELECT count(*) FROM notes") == [(3,)]
    code, st = invoke_json("rls", "status", "--db", url)
    assert code == 0 and [s["tables"] for s in st["active"]] == [["public.notes", "public.profiles"]]
    assert st["active"][0]["reason"] == "policy locks out support" and 0 < st["active"][0]["remaining_seconds"] <= 900
    assert st["tables"]["public.notes"] == {"session": st["active"][0]["id"], "rls": False, "policies": 2, "exists": True}
    # verify names the tables in break-glass mode (RC390)
    code, report = invoke_json("verify", "--db", url, "--check", "RC390")
    assert code == 1 and sorted(f["table"] for f in report["findings"]) == ["public.notes", "public.profiles"]
    # a second break-glass on the same table would save the break-glass state: refused
    code, again = invoke_json("rls", "disable", "notes", "--reason", "again", "--db", url)
    assert code == 1 and again["error"] == "refused"

    code, data = invoke_json("rls", "restore", "--db", url)
    assert code == 0, data
    (r,) = data["restored"]
    assert r["restored"] and r["security_verified"] and r["fingerprint_matches"] and r["changed_meanwhile"] == []
    assert security(url) == before  # flags, policies, grants (column grants too): the model fingerprint
    assert as_role(url, "authenticated", "SELECT id FROM notes ORDER BY id", BOB) == [(3,)]
    assert as_role(url, "anon", "SELECT id FROM notes") == []
    assert as_role(url, "anon", "SELECT name FROM profiles ORDER BY 1") == [("Alice",), ("Bob",)]
    code, st = invoke_json("rls", "status", "--db", url)
    assert st["active"] == [] and st["history"][0]["restore_note"] == "manual"
    code, data = invoke_json("rls", "restore", "--db", url)
    assert code == 0 and data["restored"] == []
    kinds = [e["kind"] for e in api.log(url)]
    assert kinds[-3:] == ["rls-disable", "verify", "rls-restore"]
    code, verify = invoke_json("verify", "--db", url)
    assert code == 0, verify
    assert [c["status"] for c in verify["checks"] if c["code"] == "RC390"] == ["passed"]


def test_restore_puts_back_policies_changed_meanwhile(supa: str) -> None:
    url = supa
    before = security(url)
    code, _ = invoke_json("rls", "disable", "notes", "--reason", "fixing own_notes", "--db", url)
    assert code == 0
    run_sql(url, "DROP POLICY own_notes ON notes; CREATE POLICY own_notes ON notes USING (true);"
                 "GRANT INSERT ON notes TO anon; GRANT SELECT (id) ON notes TO authenticated;"
                 "ALTER TABLE notes ADD COLUMN tag text;")
    code, data = invoke_json("rls", "restore", "--db", url)
    assert code == 0, data
    (r,) = data["restored"]
    assert r["fingerprint_matches"] is False and r["changed_meanwhile"] == ["~ table public.notes: columns added tag"]
    run_sql(url, "ALTER TABLE notes DROP COLUMN tag;")
    assert security(url) == before


def test_fail_closed_when_a_public_role_inherits_access(supa: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = supa
    run_sql(url, """
        DO $$ BEGIN CREATE ROLE rc_ops_web NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
        DO $$ BEGIN CREATE ROLE rc_ops_readers NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
        GRANT rc_ops_readers TO rc_ops_web;
        GRANT SELECT ON notes TO rc_ops_readers;
    """)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rollback.toml").write_text('[rls]\npublic_roles = ["rc_ops_web", "no_such_role"]\n', encoding="utf-8")
    before = security(url)
    code, data = invoke_json("rls", "disable", "notes", "--reason", "test", "--db", url)
    assert code == 1 and data["error"] == "refused" and "rc_ops_web on public.notes" in data["message"]
    assert security(url) == before and invoke_json("rls", "status", "--db", url)[1]["active"] == []
    # without the inherited grant it goes through; the missing role is reported, not fatal
    run_sql(url, "REVOKE SELECT ON notes FROM rc_ops_readers;")
    code, data = invoke_json("rls", "disable", "notes", "--reason", "test", "--db", url)
    assert code == 0 and data["revoked_from"] == ["PUBLIC", "rc_ops_web"]
    assert data["warnings"] == ["role no_such_role does not exist (nothing to revoke)"]
    (tmp_path / "rollback.toml").write_text('[rls]\npublic_roles = "anon"\n', encoding="utf-8")
    code, data = invoke_json("rls", "status", "--db", url)
    assert code == 0  # the config is only read where it is used
    code, data = invoke_json("rls", "disable", "profiles", "--reason", "x", "--db", url)
    assert code == 2 and "public_roles" in data["message"]


def test_expired_break_glass_restores_on_the_next_command(supa: str) -> None:
    url = supa
    before = security(url)
    code, _ = invoke_json("rls", "disable", "notes", "--reason", "short", "--for", "1s", "--db", url)
    assert code == 0
    time.sleep(1.2)
    res = invoke("plan", "--db", url, "--json")  # any command of this group restores first
    assert res.exit_code == 0
    assert "break-glass #" in res.stderr and "restored on public.notes" in res.stderr
    assert security(url) == before
    code, st = invoke_json("rls", "status", "--db", url)
    assert st["active"] == [] and st["history"][0]["restore_note"] == "expired"
    with open_target(parse_url(url)) as target:
        assert restore_expired(target) == []


def test_rls_usage_errors(supa: str, sqlite_url: str) -> None:
    url = supa
    for args, code in ((["disable", "nope", "--reason", "x"], 2), (["disable", "notes", "--reason", " "], 2),
                       (["disable", "notes", "--reason", "x", "--for", "soon"], 2), (["restore", "--session", "99"], 2),
                       (["disable", "rollback.points", "--reason", "x"], 2)):
        got, data = invoke_json("rls", *args, "--db", url)
        assert got == code and data["error"] == "usage", (args, data)
    got, data = invoke_json("rls", "disable", "notes", "--reason", "x", "--for", "soon", "--db", url)
    assert data["message"] == "bad --for duration 'soon'", data  # was "bad RTO 'soon'"
    Path(sqlite_url.split("///", 1)[1]).touch()
    got, data = invoke_json("rls", "status", "--db", sqlite_url)
    assert got == 2 and "PostgreSQL" in data["message"]
    res = invoke("rls", "disable", "notes", "--db", url)  # --reason is required
    assert res.exit_code == 2


def test_break_glass_incident_report(supa: str) -> None:
    url = supa
    assert invoke_json("rls", "disable", "profiles", "--reason", "INC-7 lockout", "--db", url)[0] == 0
    assert invoke_json("rls", "restore", "--db", url)[0] == 0
    code, data = invoke_json("report", "--last", "--db", url)
    assert code == 0, data
    assert data["kind"] == "rls-break-glass" and data["tables"] == ["public.profiles"] and data["reason"] == "INC-7 lockout"
    assert data["restored_how"] == "manual" and data["seconds_in_break_glass"] >= 0
    assert data["revoked_from"] == ["PUBLIC", "anon", "authenticated"]
    res = invoke("report", "--last", "--format", "html", "--db", url)
    assert res.exit_code == 0 and 'class="span rls"' in res.stdout


def test_restore_expired_hook_runs_once_per_database(supa: str, sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from rollback_commander.engine import session
    from rollback_commander.ops.rls_due import restore_expired_hook

    url = supa
    lines: list[str] = []
    hook = restore_expired_hook(lines.append)
    with session.open_target(parse_url(sqlite_url), missing="create") as target:
        hook(target)  # nothing to do on SQLite
    assert invoke_json("rls", "disable", "notes", "--reason", "x", "--for", "1s", "--db", url)[0] == 0
    with session.open_target(parse_url(url)) as target:
        hook(target)
    assert lines == []  # not yet
    time.sleep(1.1)
    monkeypatch.setattr(session, "OPEN_HOOKS", [hook])  # only this hook (not the CLI's own, if a command installed it)
    monkeypatch.setattr(session, "_hooked", set())  # no database opened yet
    with session.open_target(parse_url(url)):
        pass
    with session.open_target(parse_url(url)):
        pass
    (line,) = lines  # once, although the database was opened twice
    assert "restored on public.notes" in line


def test_restore_expired_inside_a_transaction_leaves_it_alone(pg_url: str) -> None:
    """Inside the caller's transaction restore_expired does nothing: it rolled that transaction back
    (its early return had moved into expired_sessions, its own rollback stayed)."""
    with open_target(parse_url(pg_url)) as target:
        target.conn.begin()
        target.conn.execute("CREATE TABLE kept (id int)")
        assert restore_expired(target) == []
        assert target.conn.in_transaction
        target.conn.commit()
    assert query(pg_url, "SELECT count(*) FROM kept") == [(0,)]

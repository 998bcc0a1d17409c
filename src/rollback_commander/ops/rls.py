"""Emergency row-level-security break-glass (PostgreSQL, Supabase-style roles).

`rollback rls disable TABLE... --reason ... --for 15m` saves each table's RLS flags, policies (as
re-runnable CREATE POLICY statements) and grants (table and column, every grantee) in the journal
(`rollback.rls_breakglass`), then in one transaction, holding the run lock: turns RLS off (and
NO FORCE) and REVOKEs ALL from PUBLIC and the public-facing roles of the config
(`[rls] public_roles`, default anon and authenticated). It fails closed: before committing it
checks that none of those roles can still reach the tables (through a role they belong to, or as
superuser); if one can, nothing changes. It never grants anything.

`rollback rls restore` puts back flags, policies and grants exactly, in one transaction per
break-glass session, and commits only when the tables' security state (RLS flags, policies, table
and column privileges in the schema model) equals the one saved; other changes made to the tables
meanwhile are kept and reported. `restore_expired(target)` does the same for sessions whose time
is up: the CLI calls it at the start of commands.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from typing import Any

from ..config import Settings, load_settings
from ..engine.errors_map import database_message, is_database_error
from ..engine.session import Target
from ..errors import Refused, RollbackError, UsageError
from ..journal.store import actor
from ..model.schema import SchemaModel
from ..rehearse.rto import format_seconds, parse_rto
from .rls_due import expired_sessions
from .store import ensure_table, iso, table_exists, to_utc

DEFAULT_PUBLIC_ROLES = ["anon", "authenticated"]
TABLE_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"
COLUMN_PRIVILEGES = "SELECT, INSERT, UPDATE, REFERENCES"


def public_roles(settings: Settings) -> list[str]:
    section = settings.extra.get("rls", {})
    roles = section.get("public_roles", DEFAULT_PUBLIC_ROLES) if isinstance(section, dict) else None
    if not isinstance(roles, list) or not all(isinstance(r, str) and r for r in roles):
        raise UsageError("rollback.toml [rls] public_roles must be a list of role names",
                         hint='e.g. public_roles = ["anon", "authenticated"]')
    return roles


def _require_pg(target: Target) -> None:
    if target.dialect.name != "postgresql":
        raise UsageError(f"row-level security break-glass needs PostgreSQL; {target.dialect.name} has no row-level security")


def _q(ident: str) -> str:
    return '"' + ident.replace('"', '""') + '"'


def _role_sql(role: str) -> str:
    return "PUBLIC" if role.upper() == "PUBLIC" else _q(role)


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# -- reading the security state ---------------------------------------------------------------
def resolve_tables(target: Target, names: list[str]) -> dict[str, int]:
    """Table names as typed (search_path applies) -> {"schema.name": oid}."""
    out: dict[str, int] = {}
    for name in names:
        try:
            row = target.conn.query(
                "SELECT n.nspname, c.relname, c.oid, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.oid = to_regclass(%s)", (name,))
        except Exception as exc:
            if not is_database_error(exc):
                raise
            raise UsageError(f"bad table name {name!r}: {database_message(exc)}") from None
        if not row or row[0][3] not in ("r", "p"):
            raise UsageError(f"no table {name!r}", hint="name tables as in SQL: contacts or public.contacts")
        schema, rel, oid, _ = row[0]
        if schema == "rollback":
            raise UsageError(f"{name}: the tool's own journal tables are not user tables")
        out[f"{schema}.{rel}"] = int(oid)
    return out


def _qualified(key: str) -> str:
    schema, _, name = key.partition(".")
    return f"{_q(schema)}.{_q(name)}"


_POLICY_CMD = {"*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}


def read_table_state(target: Target, key: str, oid: int) -> dict[str, Any]:
    """Flags, owner, policies (CREATE POLICY text, names qualified: independent of search_path),
    and table and column grants to every role but the owner."""
    conn = target.conn
    rls, forced, owner = conn.query(
        "SELECT relrowsecurity, relforcerowsecurity, pg_get_userbyid(relowner)::text FROM pg_class WHERE oid = %s", (oid,))[0]
    previous = conn.scalar("SELECT current_setting('search_path')")
    conn.execute("SELECT set_config('search_path', '', true)")
    try:
        rows = conn.query(
            "SELECT polname, polpermissive, polcmd, ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r)::text "
            "END FROM unnest(polroles) r ORDER BY 1), pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid) "
            "FROM pg_policy WHERE polrelid = %s ORDER BY polname", (oid,))
    finally:
        conn.execute("SELECT set_config('search_path', %s, true)", (previous,))
    policies = []
    for name, permissive, cmd, roles, using, check in rows:
        sql = (f"CREATE POLICY {_q(name)} ON {_qualified(key)} AS {'PERMISSIVE' if permissive else 'RESTRICTIVE'} "
               f"FOR {_POLICY_CMD[cmd]} TO {', '.join(_role_sql(r) for r in roles)}")
        if using is not None:
            sql += f" USING ({using})"
        if check is not None:
            sql += f" WITH CHECK ({check})"
        policies.append({"name": name, "sql": sql, "command": _POLICY_CMD[cmd], "roles": list(roles)})
    grants = [
        {"role": str(r[0]), "privilege": str(r[1]), "grantable": bool(r[2])}
        for r in conn.query(
            "SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END, x.privilege_type, "
            "x.is_grantable FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) x "
            "WHERE c.oid = %s AND x.grantee <> c.relowner ORDER BY 1, 2", (oid,))
    ]
    column_grants = [
        {"column": str(r[0]), "role": str(r[1]), "privilege": str(r[2]), "grantable": bool(r[3])}
        for r in conn.query(
            "SELECT a.attname::text, CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END, "
            "x.privilege_type, x.is_grantable FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "CROSS JOIN LATERAL aclexplode(a.attacl) x WHERE a.attrelid = %s AND a.attnum > 0 AND NOT a.attisdropped "
            "AND x.grantee <> c.relowner ORDER BY 1, 2, 3", (oid,))
    ]
    return {"owner": owner, "rls": bool(rls), "rls_forced": bool(forced), "policies": policies, "grants": grants,
            "column_grants": column_grants}


def security_state(model: SchemaModel, tables: list[str]) -> dict[str, Any]:
    """What the break-glass changes, as the schema model sees it: RLS flags, policies, table and
    column privileges of each table."""
    out: dict[str, Any] = {}
    for t in sorted(tables):
        table = model.tables.get(t)
        if table is None:
            out[t] = None
            continue
        out[t] = {
            "rls": bool(table.extra.get("rls")),
            "rls_forced": bool(table.extra.get("rls_forced")),
            "acl": sorted(table.extra.get("acl", [])),
            "column_acl": {c.name: sorted(c.extra["acl"]) for c in table.columns if c.extra.get("acl")},
            "policies": {o.name: o.definition for o in model.objects.values() if o.kind == "policy" and o.table == t},
        }
    return out


def tables_fingerprint(model: SchemaModel, tables: list[str]) -> str:
    """The model fingerprint restricted to these tables and the objects that belong to them."""
    data = {
        "tables": {t: asdict(model.tables[t]) for t in sorted(tables) if t in model.tables},
        "objects": {k: {"definition": o.definition, "table": o.table} for k, o in sorted(model.objects.items())
                    if o.table in tables},
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def _sub_model(model: SchemaModel, tables: list[str]) -> SchemaModel:
    sub = SchemaModel(model.dialect)
    for t in tables:
        if t in model.tables:
            sub.add_table(model.tables[t])
    for o in model.objects.values():
        if o.table in tables:
            sub.add(o)
    return sub


def _state_diff(saved: dict[str, Any], now: dict[str, Any]) -> list[str]:
    out = []
    for t in sorted(set(saved) | set(now)):
        a, b = saved.get(t), now.get(t)
        if a == b:
            continue
        if a is None or b is None:
            out.append(f"{t}: table {'missing' if b is None else 'added'}")
            continue
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                out.append(f"{t}: {k} was {a.get(k)!r}, is {b.get(k)!r}")
    return out


def _public_access(target: Target, roles: list[str], oids: dict[str, int]) -> list[str]:
    """(role, table) pairs where a public-facing role can still use the table."""
    leaks = []
    for key, oid in oids.items():
        for role in roles:
            row = target.conn.query(
                f"SELECT has_table_privilege(%s, %s::oid, '{TABLE_PRIVILEGES}') "
                f"OR has_any_column_privilege(%s, %s::oid, '{COLUMN_PRIVILEGES}')", (role, oid, role, oid))
            if row and row[0][0]:
                leaks.append(f"{role} on {key}")
    return leaks


def _existing_roles(target: Target, roles: list[str]) -> list[str]:
    rows = target.conn.query("SELECT rolname::text FROM pg_roles WHERE rolname = ANY(%s)", (roles,))
    have = {str(r[0]) for r in rows}
    return [r for r in roles if r in have]


def _definer_views(target: Target, oids: dict[str, int], roles: list[str]) -> list[str]:
    """Views reading the tables, running with their owner's rights, that public roles can select."""
    out = []
    for key, oid in oids.items():
        rows = target.conn.query(
            "SELECT DISTINCT v.oid, v.oid::regclass::text FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid "
            "JOIN pg_class v ON v.oid = r.ev_class WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = %s "
            "AND v.oid <> %s AND NOT coalesce(v.reloptions::text[] @> ARRAY['security_invoker=true'], false)",
            (oid, oid))
        for view_oid, view in rows:
            for role in roles:
                if target.conn.scalar("SELECT has_table_privilege(%s, %s::oid, 'SELECT')", (role, view_oid)):
                    out.append(f"view {view} reads {key} with its owner's rights and {role} can select it")
    return out


# -- sessions ---------------------------------------------------------------------------------
def _sessions(target: Target, where: str = "", params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    if not table_exists(target, "rls_breakglass"):
        return []
    rows = target.conn.query(
        "SELECT id, tables, reason, actor, started_at, expires_at, restored_at, restored_by, restore_note, saved, "
        f"now() FROM rollback.rls_breakglass {where} ORDER BY id DESC", params)
    out = []
    for r in rows:
        expires, now = to_utc(r[5]), to_utc(r[10])
        out.append({
            "id": int(r[0]), "tables": json.loads(r[1]), "reason": r[2], "actor": r[3], "started_at": iso(r[4]),
            "expires_at": iso(r[5]), "restored_at": iso(r[6]), "restored_by": r[7], "restore_note": r[8],
            "active": r[6] is None, "expired": r[6] is None and expires <= now,
            "remaining_seconds": max(0.0, round((expires - now).total_seconds(), 1)) if r[6] is None else None,
            "saved": json.loads(r[9]),
        })
    return out


def disable(
    target: Target, tables: list[str], *, reason: str, duration: str, settings: Settings | None = None,
    lock_timeout: float | None = None,
) -> dict[str, Any]:
    """Break-glass: save, then turn RLS off and revoke public-facing roles, in one transaction."""
    _require_pg(target)
    settings = settings or load_settings()
    if not tables:
        raise UsageError("name the tables: rollback rls disable TABLE... --reason ... --for 15m")
    if not reason.strip():
        raise UsageError("--reason is required: say why RLS is being turned off (it goes in the incident record)")
    seconds = parse_rto(duration, "--for duration")
    roles = public_roles(settings)
    conn = target.conn
    target.begin_locked(settings.lock_timeout if lock_timeout is None else lock_timeout)
    try:
        oids = resolve_tables(target, tables)
        keys = sorted(oids)
        ensure_table(target, "rls_breakglass")
        busy = [s for s in _sessions(target, "WHERE restored_at IS NULL") if set(s["tables"]) & set(keys)]
        if busy:
            s = busy[0]
            raise Refused(
                f"{', '.join(sorted(set(s['tables']) & set(keys)))} already in break-glass mode (session #{s['id']} by "
                f"{s['actor']} since {s['started_at']}, until {s['expires_at']})",
                hint="run `rollback rls restore` first; a second save would record the break-glass state as the one to restore",
            )
        model = target.dialect.introspect(conn)
        saved_tables = {k: read_table_state(target, k, oids[k]) for k in keys}
        existing = _existing_roles(target, roles)
        missing = [r for r in roles if r not in existing]
        warnings = [f"role {r} does not exist (nothing to revoke)" for r in missing]
        warnings += _definer_views(target, oids, existing)
        grantees = ", ".join(["PUBLIC", *(_q(r) for r in existing)])
        for k in keys:
            t = _qualified(k)
            conn.execute(f"ALTER TABLE {t} NO FORCE ROW LEVEL SECURITY")
            conn.execute(f"ALTER TABLE {t} DISABLE ROW LEVEL SECURITY")
            conn.execute(f"REVOKE ALL ON TABLE {t} FROM {grantees}")
        leaks = _public_access(target, existing, oids)
        if leaks:
            raise Refused(
                "public-facing roles could still reach the tables with RLS off: " + ", ".join(leaks),
                hint="nothing was changed. They hold the privileges through a role they are members of (or are superuser); "
                     "revoke those first, or leave RLS on",
            )
        saved = {
            "tables": saved_tables,
            "security": security_state(model, keys),
            "fingerprint": tables_fingerprint(model, keys),
            "model": json.loads(_sub_model(model, keys).to_json()),
            "public_roles": existing,
            "revoked_from": ["PUBLIC", *existing],
            "duration_seconds": seconds,
            "warnings": warnings,
        }
        sid = int(conn.scalar(
            "INSERT INTO rollback.rls_breakglass (tables, reason, actor, expires_at, saved) "
            "VALUES (%s, %s, %s, now() + make_interval(secs => %s), %s) RETURNING id",
            (json.dumps(keys), reason, actor(), seconds, json.dumps(saved, default=str))))
        target.journal.event("rls-disable", detail={"session": sid, "tables": keys, "reason": reason,
                                                    "seconds": seconds, "revoked_from": saved["revoked_from"]})
        expires = conn.scalar("SELECT expires_at FROM rollback.rls_breakglass WHERE id = %s", (sid,))
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return {"session": sid, "tables": keys, "reason": reason, "expires_at": iso(expires),
            "duration": format_seconds(seconds), "revoked_from": saved["revoked_from"], "warnings": warnings,
            "saved": {k: {"rls": v["rls"], "rls_forced": v["rls_forced"], "policies": len(v["policies"]),
                          "grants": len(v["grants"]) + len(v["column_grants"])} for k, v in saved_tables.items()}}


def restore(
    target: Target, *, session: int | None = None, expired_only: bool = False, settings: Settings | None = None,
    lock_timeout: float | None = None,
) -> list[dict[str, Any]]:
    """Put back every active break-glass session (or one), one transaction each."""
    _require_pg(target)
    settings = settings or load_settings()
    wait = settings.lock_timeout if lock_timeout is None else lock_timeout
    where = "WHERE restored_at IS NULL" + (" AND expires_at <= now()" if expired_only else "")
    params: tuple[Any, ...] = ()
    if session is not None:
        where += " AND id = %s"
        params = (session,)
    sessions = _sessions(target, where, params)
    if session is not None and not sessions:
        raise UsageError(f"no active break-glass session #{session}", hint="see `rollback rls status`")
    return [_restore_one(target, s["id"], wait, "expired" if expired_only else "manual") for s in reversed(sessions)]


def _restore_one(target: Target, sid: int, wait: float, how: str) -> dict[str, Any]:
    conn = target.conn
    target.begin_locked(wait)
    try:
        found = _sessions(target, "WHERE id = %s AND restored_at IS NULL", (sid,))
        if not found:
            conn.rollback()
            return {"session": sid, "restored": False, "note": "already restored"}
        s = found[0]
        saved = s["saved"]
        keys: list[str] = s["tables"]
        oids: dict[str, int] = {}
        for k in keys:
            oid = conn.scalar("SELECT to_regclass(%s)::oid", (_qualified(k),))
            if oid is None:
                raise Refused(f"cannot restore break-glass #{sid}: table {k} no longer exists",
                              hint="re-create it (or restore from backup), then run `rollback rls restore` again")
            oids[k] = int(oid)
        statements: list[str] = []
        for k in keys:
            statements += _restore_table(target, k, oids[k], saved["tables"][k])
        model = target.dialect.introspect(conn)
        now_state = security_state(model, keys)
        differences = _state_diff(saved["security"], now_state)
        if differences:
            raise Refused(f"restoring break-glass #{sid} did not give back the saved security state; nothing was changed",
                          hint="; ".join(differences[:8]))
        changed: list[str] = []
        if tables_fingerprint(model, keys) != saved["fingerprint"]:
            changed = SchemaModel.from_json(json.dumps(saved["model"])).diff(_sub_model(model, keys))
        conn.execute("UPDATE rollback.rls_breakglass SET restored_at = now(), restored_by = %s, restore_note = %s "
                     "WHERE id = %s", (actor(), how, sid))
        target.journal.event("rls-restore", detail={"session": sid, "tables": keys, "how": how,
                                                    "changed_meanwhile": changed})
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return {"session": sid, "restored": True, "tables": keys, "how": how, "reason": s["reason"],
            "statements": len(statements), "security_verified": True, "fingerprint_matches": not changed,
            "changed_meanwhile": changed}


def _restore_table(target: Target, key: str, oid: int, state: dict[str, Any]) -> list[str]:
    conn, t = target.conn, _qualified(key)
    out: list[str] = []
    for (name,) in conn.query("SELECT polname::text FROM pg_policy WHERE polrelid = %s", (oid,)):
        out.append(f"DROP POLICY {_q(name)} ON {t}")
    out += [p["sql"] for p in state["policies"]]
    out.append(f"ALTER TABLE {t} {'ENABLE' if state['rls'] else 'DISABLE'} ROW LEVEL SECURITY")
    out.append(f"ALTER TABLE {t} {'FORCE' if state['rls_forced'] else 'NO FORCE'} ROW LEVEL SECURITY")
    current = conn.query(
        "SELECT DISTINCT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END FROM ("
        "SELECT (aclexplode(relacl)).grantee, relowner FROM pg_class WHERE oid = %s UNION ALL "
        "SELECT (aclexplode(a.attacl)).grantee, c.relowner FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "WHERE a.attrelid = %s AND a.attnum > 0 AND NOT a.attisdropped) x WHERE x.grantee <> x.relowner ORDER BY 1",
        (oid, oid))
    for (role,) in current:
        out.append(f"REVOKE ALL ON TABLE {t} FROM {_role_sql(str(role))}")
    grouped: dict[tuple[str, bool], list[str]] = {}
    for g in state["grants"]:
        grouped.setdefault((g["role"], g["grantable"]), []).append(g["privilege"])
    for (role, grantable), privs in sorted(grouped.items()):
        out.append(f"GRANT {', '.join(sorted(privs))} ON TABLE {t} TO {_role_sql(role)}"
                   + (" WITH GRANT OPTION" if grantable else ""))
    for g in state["column_grants"]:
        out.append(f"GRANT {g['privilege']} ({_q(g['column'])}) ON TABLE {t} TO {_role_sql(g['role'])}"
                   + (" WITH GRANT OPTION" if g["grantable"] else ""))
    previous = conn.scalar("SELECT current_setting('search_path')")
    conn.execute("SELECT set_config('search_path', '', true)")  # the saved policies name everything qualified
    try:
        for sql in out:
            conn.execute(sql)
    finally:
        conn.execute("SELECT set_config('search_path', %s, true)", (previous,))
    return out


def status(target: Target) -> dict[str, Any]:
    _require_pg(target)
    sessions = _sessions(target)
    active = [s for s in sessions if s["active"]]
    tables: dict[str, Any] = {}
    for s in active:
        for k in s["tables"]:
            row = target.conn.query(
                "SELECT relrowsecurity, (SELECT count(*) FROM pg_policy WHERE polrelid = c.oid) FROM pg_class c "
                "WHERE c.oid = to_regclass(%s)", (_qualified(k),))
            tables[k] = {"session": s["id"], "rls": bool(row[0][0]) if row else None,
                         "policies": int(row[0][1]) if row else None, "exists": bool(row)}
    strip = [{k: v for k, v in s.items() if k != "saved"} for s in sessions]
    return {"active": [s for s in strip if s["active"]], "history": [s for s in strip if not s["active"]][:20],
            "tables": tables}


def restore_expired(target: Target, settings: Settings | None = None, due: list[int] | None = None) -> list[str]:
    """Restore the break-glass sessions whose time is up; call it right after opening a target, before
    the command starts a transaction (inside one it does nothing). `due`: their ids, when the caller
    has read them (rls_due.expired_sessions). Returns one line per session for the user (never
    raises for a break-glass problem: the tables then stay closed to the public roles, which is the
    safe side)."""
    if target.conn.in_transaction:
        return []
    try:
        out = []
        for sid in expired_sessions(target) if due is None else due:
            try:
                for r in restore(target, session=sid, expired_only=True, settings=settings):
                    if r["restored"]:
                        out.append(f"break-glass #{sid} expired: RLS, policies and grants restored on {', '.join(r['tables'])}")
            except RollbackError as exc:
                out.append(f"break-glass #{sid} expired but could not be restored: {exc.message} ({exc.hint or ''})")
        return out
    finally:
        if target.conn.in_transaction:
            target.conn.rollback()

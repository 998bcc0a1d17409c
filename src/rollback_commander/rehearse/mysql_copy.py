"""A disposable copy of a MySQL/MariaDB database, made in the server: no row passes through Python.

A new database on the same server (`rc_rehearse_<10 hex>_<source>`, cut to 64 characters) gets the
source's default character set and collation, then:

1. every table's `SHOW CREATE TABLE` text, run in the copy with `foreign_key_checks = 0` (so foreign
   keys, CHECKs, generated and INVISIBLE columns, partitions and the AUTO_INCREMENT counter come
   along; `CREATE TABLE … LIKE` would lose the foreign keys and the counter), and MariaDB sequences;
2. the rows, `INSERT INTO copy.t (cols) SELECT cols FROM source.t` with explicit column lists that
   include INVISIBLE columns (a quarantine's hidden columns and markers; `SELECT *` skips them) and
   leave generated ones out, under `LOCK TABLES source.t READ, … copy.t WRITE, …`, so that every
   table is copied at the same point in time. A transaction cannot give that: in REPEATABLE READ,
   `INSERT … SELECT` reads the source with shared locks, which see the newest committed rows, not
   the snapshot (`START TRANSACTION WITH CONSISTENT SNAPSHOT` makes no difference), and READ
   COMMITTED gives each statement a point of its own. Writers to the source wait for the copy;
3. stored procedures and functions, views (in dependency order), triggers (in their order) and
   events, each under its own sql_mode. Trigger and routine bodies run in the copy, so one that
   names the source database would read or write the user's data there: such a database is refused
   before anything is created.

The tool's journal, capture and quarantined tables (`_rollback_*`) are ordinary tables and are copied
with the rest: the rehearsal rolls back on the copy. The copy is always dropped, also on failure and
Ctrl-C: every session still connected to it is killed first (a killed copy also releases the read
locks on the source).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..dialects.base import Connection
from ..dialects.mysql import MySQLDialect
from ..dialects.mysql_schema import qi, strip_database, strip_definer, tokenize
from ..errors import LockBusy, Refused, RollbackError, UsageError
from ..urls import DatabaseUrl, mask_password
from ..verify.report import Progress
from .copy import CopyInfo, copy_name, with_database

METHOD = "mysql-copy"
LOCK_WAIT_SECONDS = 60
"""How long the copy waits for the read locks on the source's tables (sessions writing there)."""
COPY_SQL_MODE = "NO_AUTO_VALUE_ON_ZERO"
"""The copying session's sql_mode: a 0 in an AUTO_INCREMENT column stays 0, and values the source
holds (zero dates made under a laxer mode) are copied as they are."""
LOCAL_ENGINES = frozenset({"innodb", "myisam", "aria", "memory", "heap", "archive", "csv", "rocksdb", "blackhole"})
"""Engines whose rows live in the table itself. Rows of any other (FEDERATED, CONNECT, SPIDER,
MERGE) live elsewhere: inserting them into the copy would write there."""
NO_SUCH_TABLE, VIEW_INVALID, ACCESS_DENIED, LOCK_WAIT_TIMEOUT = 1146, 1356, 1227, 1205


@dataclass
class CopiedObject:
    """A routine, view, trigger, event or sequence as the copy re-creates it."""
    kind: str
    name: str
    sql: str
    sql_mode: str | None = None
    time_zone: str | None = None


@dataclass
class SourceTable:
    name: str
    sql: str
    columns: list[str]
    """The columns the rows are copied by: INVISIBLE ones included, generated ones left out."""


@dataclass
class Source:
    name: str
    charset: str
    collation: str
    tables: list[SourceTable] = field(default_factory=list)
    sequences: list[CopiedObject] = field(default_factory=list)
    routines: list[CopiedObject] = field(default_factory=list)
    views: list[CopiedObject] = field(default_factory=list)
    triggers: list[CopiedObject] = field(default_factory=list)
    events: list[CopiedObject] = field(default_factory=list)


@contextmanager
def mysql_copy(url: DatabaseUrl, progress: Progress) -> Iterator[CopyInfo]:
    """A server-side copy of the URL's database, dropped on leaving."""
    dialect = MySQLDialect()
    source = str(url.parts().get("database") or "")
    if not source:
        raise UsageError(f"{url.masked} names no database", hint="write the database name in the URL: mysql://user@host/db")
    admin = dialect.connect(url)
    name = copy_name(source)
    info = CopyInfo(url=with_database(url.raw, name), name=name, method=METHOD)
    try:
        started = time.perf_counter()
        worker = dialect.connect(url)
        try:
            make_copy(worker, source, name, progress)
        finally:
            worker.close()
        info.seconds = time.perf_counter() - started
        yield info
    finally:
        progress.finish()
        try:
            info.dropped = drop_copy(admin, name)
        finally:
            admin.close()


def make_copy(conn: Connection, source: str, name: str, progress: Progress) -> None:
    """Read what the source holds, then build the copy: tables, rows, then the other objects."""
    conn.execute(f"SET SESSION sql_mode = '{COPY_SQL_MODE}', sql_quote_show_create = 1, "
                 f"foreign_key_checks = 0, unique_checks = 0, lock_wait_timeout = {LOCK_WAIT_SECONDS}")
    src = read_source(conn, source)
    refuse_foreign_references(src)
    _run(conn, f"CREATE DATABASE {qi(name)} CHARACTER SET {src.charset} COLLATE {src.collation}", "create the copy")
    conn.execute(f"USE {qi(name)}")
    for seq in src.sequences:  # first: a column default may call NEXTVAL of one
        _run(conn, seq.sql, f"create sequence {seq.name} in the copy")
    for table in src.tables:
        _run(conn, table.sql, f"create table {table.name} in the copy")
    copy_rows(conn, src, name, progress)
    copy_sequence_values(conn, src)
    for obj in src.routines:
        create_object(conn, obj)
    create_views(conn, src.views)
    for obj in [*src.triggers, *src.events]:
        create_object(conn, obj)


# -- reading the source -----------------------------------------------------------------------
def read_source(conn: Connection, db: str) -> Source:
    """The texts and column lists the copy is made from (the session's database is the source)."""
    rows = conn.query("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
                      "WHERE SCHEMA_NAME = %s", (db,))
    src = Source(db, str(rows[0][0]), str(rows[0][1]))
    kinds = {str(n): (str(k), str(e or "")) for n, k, e in conn.query(
        "SELECT TABLE_NAME, TABLE_TYPE, ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = %s", (db,))}
    columns = copied_columns(conn, db)
    for table in sorted(n for n, (k, _) in kinds.items() if k not in ("VIEW", "SEQUENCE", "SYSTEM VIEW")):
        engine = kinds[table][1]
        if engine.lower() not in LOCAL_ENGINES:
            raise Refused(
                f"cannot copy table {table} for the rehearsal: its rows live outside the table (ENGINE={engine})",
                hint="nothing was created; rehearse on a database without such tables (a staging copy)",
            )
        src.tables.append(SourceTable(table, strip_database(show(conn, "TABLE", table)[1], db), columns.get(table, [])))
    for seq in sorted(n for n, (k, _) in kinds.items() if k == "SEQUENCE"):
        src.sequences.append(CopiedObject("sequence", seq, show(conn, "SEQUENCE", seq)[1]))
    src.routines = _routines(conn, db)
    for view in sorted(n for n, (k, _) in kinds.items() if k == "VIEW"):
        src.views.append(CopiedObject("view", view, strip_database(show(conn, "VIEW", view)[1], db)))
    src.triggers = _triggers(conn, db)
    src.events = _events(conn, db)
    return src


def copied_columns(conn: Connection, db: str) -> dict[str, list[str]]:
    """Per table, the columns whose values are copied: every column but generated ones (virtual,
    stored, and MariaDB's system-versioning ROW START/END), INVISIBLE ones included."""
    out: dict[str, list[str]] = {}
    for table, column, extra in conn.query(
        "SELECT TABLE_NAME, COLUMN_NAME, EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %s "
        "ORDER BY TABLE_NAME, ORDINAL_POSITION", (db,)
    ):
        flags = str(extra or "").upper()
        if "VIRTUAL GENERATED" in flags or "STORED GENERATED" in flags or "ROW START" in flags or "ROW END" in flags:
            continue
        out.setdefault(str(table), []).append(str(column))
    return out


def show(conn: Connection, kind: str, name: str) -> list[str]:
    """The row of SHOW CREATE <kind> as text (the server gives bytes for some columns)."""
    rows = conn.query(f"SHOW CREATE {kind} {qi(name)}")
    if not rows:
        raise RollbackError(f"cannot read the definition of {kind.lower()} {name}")
    return [bytes(v).decode("utf-8", "replace") if isinstance(v, bytes | bytearray) else ("" if v is None else str(v))
            for v in rows[0]]


def _routines(conn: Connection, db: str) -> list[CopiedObject]:
    out = []
    for name, rtype in conn.query("SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES "
                                  "WHERE ROUTINE_SCHEMA = %s ORDER BY ROUTINE_TYPE, ROUTINE_NAME", (db,)):
        row = show(conn, str(rtype), str(name))
        if not row[2]:
            raise Refused(f"cannot read the body of {str(rtype).lower()} {name} to copy it",
                          hint="the rehearsal needs a user that may read the routines' definitions (their definer, or "
                               "SELECT on mysql.proc / SHOW_ROUTINE)")
        out.append(CopiedObject(str(rtype).lower(), str(name), row[2], sql_mode=row[1]))
    return out


def _triggers(conn: Connection, db: str) -> list[CopiedObject]:
    """Triggers per table and event in their firing order, so re-creating them keeps it."""
    names = conn.query("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = %s "
                       "ORDER BY EVENT_OBJECT_TABLE, EVENT_MANIPULATION, ACTION_TIMING, ACTION_ORDER", (db,))
    out = []
    for (name,) in names:
        row = show(conn, "TRIGGER", str(name))
        out.append(CopiedObject("trigger", str(name), row[2], sql_mode=row[1]))
    return out


def _events(conn: Connection, db: str) -> list[CopiedObject]:
    out = []
    for (name,) in conn.query("SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = %s "
                              "ORDER BY EVENT_NAME", (db,)):
        row = show(conn, "EVENT", str(name))
        out.append(CopiedObject("event", str(name), row[3], sql_mode=row[1], time_zone=row[2]))
    return out


def names_database(sql: str, db: str) -> bool:
    """Whether a text names `db` in front of an object (`db`.t, db.t, db . t, db/* c */.t)."""
    tokens = tokenize(sql)
    return any(
        tok.kind in ("ident", "word") and tok.value.lower() == db.lower() and i + 2 < len(tokens)
        and tokens[i + 1].text == "." and tokens[i + 2].kind in ("ident", "word")
        for i, tok in enumerate(tokens)
    )


def refuse_foreign_references(src: Source) -> None:
    """Refuse a source whose routines, triggers or events name its own database: run in the copy
    they would read or write the user's database (a trigger created as `CREATE TRIGGER db.t … ON
    db.t` would even be re-created there)."""
    named = [f"{o.kind} {o.name}" for o in (*src.routines, *src.triggers, *src.events) if names_database(o.sql, src.name)]
    if named:
        raise Refused(
            f"cannot rehearse on a copy of {src.name}: {', '.join(named)} name(s) the database {src.name} itself, "
            "so on the copy they would read or write the target",
            hint="nothing was created. Write those names without the database in front (they resolve to the "
                 "object's own database), or rehearse on a staging server",
        )


# -- building the copy ------------------------------------------------------------------------
def copy_rows(conn: Connection, src: Source, name: str, progress: Progress) -> None:
    """Every table's rows, under read locks on the source's tables so that all of them are copied
    at one point in time (see the module's docstring for why not a transaction)."""
    tables = [t for t in src.tables if t.columns]
    if not tables:
        return
    progress.start(f"copying {src.name} ({len(tables)} tables, server-side)", len(tables))
    locks = [f"{qi(src.name)}.{qi(t.name)} READ" for t in tables] + [f"{qi(name)}.{qi(t.name)} WRITE" for t in tables]
    locks += [f"{qi(name)}.{qi(s.name)} WRITE" for s in src.sequences]  # opened by NEXTVAL defaults
    try:
        _run(conn, "LOCK TABLES " + ", ".join(locks), "lock the target's tables for reading")
    except RollbackError as exc:
        if _errno(exc.__cause__) != LOCK_WAIT_TIMEOUT:
            raise
        raise LockBusy(
            f"cannot lock the target's tables for reading within {LOCK_WAIT_SECONDS}s to copy them",
            hint="other sessions kept writing to the target (a transaction left open?); nothing was changed and the "
                 "copy is dropped. Rehearse again when the target is quieter",
        ) from None
    for i, t in enumerate(tables):
        cols = ", ".join(qi(c) for c in t.columns)
        _run(conn, f"INSERT INTO {qi(name)}.{qi(t.name)} ({cols}) SELECT {cols} FROM {qi(src.name)}.{qi(t.name)}",
             f"copy the rows of {t.name}")
        progress.update(i + 1)
    conn.execute("UNLOCK TABLES")
    progress.finish()


def copy_sequence_values(conn: Connection, src: Source) -> None:
    """MariaDB sequences continue where the source's would (as mariadb-dump restores them)."""
    for seq in src.sequences:
        value = conn.scalar(f"SELECT next_not_cached_value FROM {qi(src.name)}.{qi(seq.name)}")
        conn.execute(f"SELECT SETVAL({qi(seq.name)}, {int(value)}, 0)")


def create_views(conn: Connection, views: list[CopiedObject]) -> None:
    """Views in dependency order: one that names a view not created yet is tried again after the
    others; when a round creates none, the first error is the answer."""
    pending = list(views)
    while pending:
        failed: list[tuple[CopiedObject, Exception]] = []
        for view in pending:
            try:
                create_object(conn, view)
            except RollbackError as exc:
                if _errno(exc.__cause__) not in (NO_SUCH_TABLE, VIEW_INVALID):
                    raise
                failed.append((view, exc))
        if len(failed) == len(pending):
            raise failed[0][1]
        pending = [v for v, _ in failed]


def create_object(conn: Connection, obj: CopiedObject) -> None:
    """Run an object's CREATE text under its own sql_mode (and an event's time zone); a DEFINER the
    session may not name is left out (the copy's object is then defined by the rehearsing user)."""
    settings = []
    if obj.sql_mode is not None:
        settings.append(("sql_mode", obj.sql_mode))
    if obj.time_zone is not None:
        settings.append(("time_zone", obj.time_zone))
    for var, value in settings:
        conn.execute(f"SET SESSION {var} = %s", (value,))
    try:
        try:
            _run(conn, obj.sql, f"create {obj.kind} {obj.name} in the copy")
        except RollbackError as exc:
            if _errno(exc.__cause__) != ACCESS_DENIED or strip_definer(obj.sql) == obj.sql:
                raise
            _run(conn, strip_definer(obj.sql), f"create {obj.kind} {obj.name} in the copy")
    finally:
        conn.execute(f"SET SESSION sql_mode = '{COPY_SQL_MODE}', time_zone = '+00:00'")


def _errno(exc: BaseException | None) -> int | None:
    args = getattr(exc, "args", ())
    return args[0] if args and isinstance(args[0], int) else None


def _run(conn: Connection, sql: str, doing: str) -> None:
    """Execute one statement of the copy; a database error says what the copy was doing."""
    from ..engine.errors_map import is_database_error

    try:
        conn.execute(sql)
    except Exception as exc:
        if not is_database_error(exc):
            raise
        raise RollbackError(
            f"cannot {doing}: {mask_password(str(exc))}",
            hint="the target was not changed; the copy is dropped",
        ) from exc


# -- dropping ---------------------------------------------------------------------------------
def drop_copy(admin: Connection, name: str) -> bool:
    """Kill the sessions still using the copy (a copy or a rehearsal step interrupted mid-statement
    goes on in the server, holding its locks), drop it, and say whether it is gone."""
    for (session,) in admin.query(
        "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = %s AND ID <> CONNECTION_ID()", (name,)
    ):
        with contextlib.suppress(Exception):  # it ended meanwhile
            admin.execute(f"KILL CONNECTION {int(session)}")
    admin.execute(f"DROP DATABASE IF EXISTS {qi(name)}")
    return not admin.scalar("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %s", (name,))


"""MySQL/MariaDB adapter: PyMySQL connection, journal tables named `_rollback_*`, a session-level
named lock (`GET_LOCK`), and server-side capture and restore of table data.

DDL is not transactional on MySQL: every CREATE/ALTER/DROP/RENAME commits the open transaction
first. Hence `transactional_ddl = False`, `needs_autocommit()` answers True for every statement that
commits implicitly, and the run lock is a *session* lock that survives those commits (held until
`unlock_session()` or the end of the connection), never a transaction-scoped one.

The connection runs with the server's autocommit on and opens transactions explicitly (`begin()`),
like the other adapters. With autocommit off every SELECT (introspection included) would open a
transaction that keeps metadata locks and a stale snapshot until the next COMMIT.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import time
from collections.abc import Sequence
from typing import Any, Final

from ..errors import ConnectionFailed, LockBusy, UsageError
from ..model.schema import Column, SchemaModel, Table
from ..urls import DatabaseUrl, mask_password
from . import mysql_capture as mc
from . import mysql_quarantine as mq
from .base import Connection, Dialect, ReversePlan, Reverted, Statement
from .mysql_schema import GEOMETRY_TYPES, INTERNAL_PREFIX, qi

_SEQUENCE_RESTART = re.compile(r"^ALTER SEQUENCE (`(?:[^`]|``)+`) RESTART WITH (-?\d+)$")
"""sequence_state_sql's statement for a MariaDB sequence: its quoted name and next value."""

SERVER_STATUS_IN_TRANS = 1
SERVER_STATUS_AUTOCOMMIT = 2
_READ_ONLY = re.compile(r"\bREAD\s+ONLY\b|\b(?:tx|transaction)_read_only\b", re.IGNORECASE)
"""A statement that may make the session's transactions read-only: the tool's journal writes after it
would fail, so the session is made read-write again (the migration's later statements too)."""
LOCK_PREFIX = "rollback-commander."
UTC_TIME_ZONE = "'+00:00'"
"""The tool's session time zone: journal timestamps (CURRENT_TIMESTAMP defaults) are UTC."""
USER_SESSION_VARIABLES: Final = (
    "sql_mode", "time_zone", "character_set_client", "character_set_connection", "character_set_results",
    "collation_connection", "sql_safe_updates", "sql_select_limit", "sql_auto_is_null", "max_join_size",
    "group_concat_max_len", "default_storage_engine", "explicit_defaults_for_timestamp", "sql_quote_show_create",
)
"""Session variables a migration's statements may set for the ones after them, which the tool's own
work must not run under (its sql_mode only in part: see neutral_sql_mode): a migration that ends
with `SET SQL_SAFE_UPDATES = 1` (MySQL Workbench scripts), a smaller `sql_select_limit` or
`group_concat_max_len`, another `default_storage_engine` must not reach the tool's queries, captures
and introspection."""
TOOL_SESSION_VALUES: Final = {
    "sql_safe_updates": 0, "sql_select_limit": 18446744073709551615, "sql_auto_is_null": 0,
    "max_join_size": 18446744073709551615, "sql_quote_show_create": 1,
}
"""Values of USER_SESSION_VARIABLES the tool's own work needs whatever the server's defaults."""
MARIADB_SESSION_VALUES: Final = {"system_versioning_alter_history": "KEEP"}
"""MariaDB-only session variables, kept apart like USER_SESSION_VARIABLES: a reverse or restore
must be able to ALTER a system-versioned table (the server refuses it under the default `ERROR`),
while a migration's own statements keep the server's setting (or the one they SET)."""
SQL_TEXT_MODES: Final = frozenset({
    "ANSI", "ANSI_QUOTES", "PIPES_AS_CONCAT", "NO_BACKSLASH_ESCAPES", "IGNORE_SPACE", "HIGH_NOT_PRECEDENCE",
    "REAL_AS_FLOAT", "EMPTY_STRING_IS_NULL", "SIMULTANEOUS_ASSIGNMENT", "ORACLE", "MSSQL", "DB2", "MAXDB",
    "POSTGRESQL", "MYSQL323", "MYSQL40", "NO_KEY_OPTIONS", "NO_TABLE_OPTIONS", "NO_FIELD_OPTIONS",
})  # fmt: skip
"""sql_mode flags that change how SQL text is read or how SHOW CREATE writes it."""


_LIQUIBASE_HEADER = re.compile(r"\A\ufeff?\s*--\s*liquibase\s+formatted\s+sql\b", re.IGNORECASE)
_LIQUIBASE_CHANGESET = re.compile(r"^[ \t]*--[ \t]*changeset[ \t]+\S+(.*)$", re.IGNORECASE)
_LIQUIBASE_DBMS = frozenset({"mysql", "mariadb", "all"})


def liquibase_changesets(sql: str) -> str:
    """A Liquibase formatted SQL file (`--liquibase formatted sql`) as the mysql client would
    read it, line for line: each `--changeset` line becomes a `DELIMITER` line for its changeset
    (`endDelimiter:<x>`, else `;`) and the body's last statement ends with that delimiter; a
    changeset for other databases only (`dbms:postgresql`, `dbms:!mysql`) is blanked. `--rollback`
    lines stay comments. Any other text is returned as it is.

    `splitStatements:false` gets `;` (an `endDelimiter` beside it splits nothing). Liquibase
    then sends the body as one JDBC text, and the server runs every statement in it (Connector/J's
    `allowMultiQueries`) or, without that, only a body of one statement: in practice a trigger or
    routine whose `BEGIN ... END` holds `;`s. The tool guards statement by statement, so it cannot
    send several as one text; it splits the body as the server parses it: a compound body stays
    whole (the splitter's block tracking), separate statements run one by one in order, which is
    what the server does with the one text. Either way a Liquibase user gets the same database."""
    if not _LIQUIBASE_HEADER.match(sql):
        return sql
    lines = sql.splitlines(keepends=True)
    heads = [i for i, line in enumerate(lines) if _LIQUIBASE_CHANGESET.match(line)]
    for k, i in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        match = _LIQUIBASE_CHANGESET.match(lines[i])
        attrs = {a.split(":", 1)[0].lower(): a.split(":", 1)[1] for a in (match.group(1) if match else "").split() if ":" in a}
        newline = lines[i][len(lines[i].rstrip("\r\n")) :]
        dbms = [d.strip().lower() for d in attrs.get("dbms", "").split(",") if d.strip()]
        excluded = {d[1:] for d in dbms if d.startswith("!")}
        wanted = [d for d in dbms if not d.startswith("!")]
        if excluded & _LIQUIBASE_DBMS or (wanted and not set(wanted) & _LIQUIBASE_DBMS):
            for j in range(i, end):
                lines[j] = lines[j][len(lines[j].rstrip("\r\n")) :]
            continue
        split = attrs.get("splitstatements", "true").lower() != "false"
        delimiter = attrs.get("enddelimiter", ";").replace("\\", "") if split else ";"
        lines[i] = f"DELIMITER {delimiter or ';'}{newline}"
        code = [j for j in range(i + 1, end) if lines[j].strip() and not lines[j].lstrip().startswith("--")]
        if code and not lines[code[-1]].rstrip().endswith(delimiter or ";"):
            body = lines[code[-1]].rstrip("\r\n")
            lines[code[-1]] = f"{body} {delimiter or ';'}{lines[code[-1]][len(body) :]}"
    return "".join(lines)


def _as_multi_statements(stmt: Statement) -> list[Statement]:
    """The statements the server runs for one text the client sends: itself, or, where it holds
    several `;`-separated statements (compound bodies kept whole), each of them."""
    from .splitter import split_sql

    if ";" not in stmt.text:
        return [stmt]
    parts = split_sql(stmt.text, "mysql")
    if len(parts) < 2:
        return [stmt]
    base = stmt.start_line - parts[0].start_line
    return [Statement(p.text, p.start_line + base, p.end_line + base) for p in parts]


def neutral_sql_mode(mode: str) -> str:
    """A migration's sql_mode as the tool's own work runs under it: its data rules (strictness, zero
    dates) kept, the flags that change how the tool's SQL reads (`"` as identifier quote, `||`,
    backslashes, MariaDB's Oracle mode) or how SHOW CREATE TABLE looks to the introspection dropped,
    and NO_AUTO_VALUE_ON_ZERO added (as mysqldump does): rows the tool copies back keep an
    AUTO_INCREMENT key of 0 (an anonymous user 0, a default group 0) instead of getting a new one."""
    flags = [f for f in mode.split(",") if f and f.upper() not in SQL_TEXT_MODES]
    if "NO_AUTO_VALUE_ON_ZERO" not in (f.upper() for f in flags):
        flags.append("NO_AUTO_VALUE_ON_ZERO")
    return ",".join(flags)
DIFF_TABLE = "_rollback_diff"
"""The temporary table a keyless restore uses for the row hashes that differ."""


class MySQLConnection(Connection):
    paramstyle = "%s"

    def __init__(self, raw: Any, database: str, version: str):
        self.raw = raw
        self.database = database
        self.version = version
        self.mariadb = "mariadb" in version.lower()
        self.lock_name = lock_name(database)
        self.lock_held = False
        self.session_variables: tuple[str, ...] = USER_SESSION_VARIABLES + (
            tuple(MARIADB_SESSION_VALUES) if self.mariadb else ()
        )
        self.tool_session: dict[str, Any] = {}
        """USER_SESSION_VARIABLES as the tool's own work needs them: UTC, the connection's character
        set (the one the driver encodes and decodes with)."""
        self.fresh_user_session: dict[str, Any] = {}
        """USER_SESSION_VARIABLES as every migration starts with: the server's time zone, the
        connection's character set."""
        self.user_session: dict[str, Any] = {}
        """USER_SESSION_VARIABLES a migration's own statements run under: a `SET time_zone` or
        `SET NAMES` of the migration holds for its statements after it, never for the tool's work
        (journal timestamps, introspection, captures) nor for the next migration."""

    def read_session(self) -> dict[str, Any]:
        """The session's USER_SESSION_VARIABLES, and `database`: the one it is in."""
        names = self.session_variables
        row = self.query("SELECT " + ", ".join(f"@@SESSION.{v}" for v in names) + ", DATABASE()")[0]
        return {**dict(zip(names, row[:-1], strict=True)), "database": row[-1]}

    def set_session(self, values: dict[str, Any], unless: dict[str, Any]) -> None:
        """SET the variables of `values` that differ from `unless` (the session's current values),
        in USER_SESSION_VARIABLES order (a character set before its collation)."""
        changed = [v for v in self.session_variables if v in values and values[v] != unless.get(v)]
        if changed:
            self.execute("SET " + ", ".join(f"SESSION {v} = %s" for v in changed), [values[v] for v in changed])

    def tool_values(self) -> dict[str, Any]:
        """The tool's own settings while a migration runs: its time zone and character set, and
        the migration's sql_mode made neutral (neutral_sql_mode)."""
        return {**self.tool_session, "sql_mode": neutral_sql_mode(str(self.user_session.get("sql_mode") or ""))}

    def run_as_user(self, sql: str) -> str | None:
        """Run a migration's statement under the session time zone, character set and sql_mode it
        expects (TIMESTAMP literals, NOW() into DATETIME, `SET NAMES latin1` before literals, `SET
        sql_mode = 'ANSI'` before `"quoted"` names), keeping what it sets for the migration's
        statements after it; the tool's own settings come back after. Returns the database the
        statement switched the session to (`USE other`, in any spelling), after switching it back
        to the target: the statements after it would run where nothing is captured; else None."""
        self.set_session(self.user_session, unless=self.tool_values())
        try:
            self.execute(sql)
        finally:
            self.user_session = self.read_session()
            now = self.user_session.pop("database")
            self.set_session(self.tool_values(), unless=self.user_session)
            self._autocommit_back()
            if _READ_ONLY.search(sql):  # SET SESSION TRANSACTION READ ONLY, tx_read_only = 1, ...
                self.execute("SET SESSION TRANSACTION READ WRITE")  # the tool's own writes must go on
        if now == self.database:
            return None
        self.execute(f"USE {qi(self.database)}")
        return str(now)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self.raw.cursor() as cur:
            cur.execute(sql, tuple(params) if params else None)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.raw.cursor() as cur:
            cur.execute(sql, tuple(params) if params else None)
            return list(cur.fetchall()) if cur.description else []

    def _autocommit_back(self) -> None:
        """Autocommit on again after a migration's `SET autocommit = 0` (phpMyAdmin dumps; or a
        procedure it calls): the tool's own writes (the journal) must not wait in a transaction
        nobody commits. Switching it on commits an open transaction, so with one open (the tool's
        own) that waits for its COMMIT or ROLLBACK."""
        if not int(self.raw.server_status or 0) & SERVER_STATUS_AUTOCOMMIT and not self.in_transaction:
            self.execute("SET SESSION autocommit = 1")

    def begin(self) -> None:
        self.execute("START TRANSACTION")

    def commit(self) -> None:
        self.execute("COMMIT")
        self._autocommit_back()

    def rollback(self) -> None:
        self.execute("ROLLBACK")
        self._autocommit_back()

    def close(self) -> None:
        with contextlib.suppress(Exception):  # already closed by the server
            self.raw.close()

    @property
    def in_transaction(self) -> bool:
        return bool(int(self.raw.server_status or 0) & SERVER_STATUS_IN_TRANS)


def lock_name(database: str) -> str:
    """The GET_LOCK name of a database (at most 64 characters, as MySQL 5.7+ requires)."""
    name = LOCK_PREFIX + database
    if len(name) <= 64:
        return name
    return LOCK_PREFIX + hashlib.sha1(database.encode()).hexdigest()


def connect_args(url: DatabaseUrl) -> dict[str, Any]:
    """PyMySQL keyword arguments for a mysql:// or mariadb:// URL."""
    parts = url.parts()
    query = dict(parts["query"]) if isinstance(parts["query"], dict) else {}
    database = parts["database"]
    if not database:
        raise UsageError(
            f"the database URL {url.masked} names no database",
            hint="use mysql://user:pass@host:3306/dbname",
        )
    charset = str(query.get("charset", "utf8mb4"))
    from pymysql.charset import charset_by_name

    if charset_by_name(charset) is None:
        raise UsageError(f"charset={charset!r} in the database URL {url.masked} is not a MySQL character set",
                         hint="leave it out (utf8mb4) or name one of SHOW CHARACTER SET, such as utf8mb4 or latin1")
    args: dict[str, Any] = {
        "host": parts["host"] or "127.0.0.1",
        "port": parts["port"] or 3306,
        "user": parts["user"] or "root",
        "password": parts["password"] or "",
        "database": database,
        "charset": charset,
        "autocommit": True,
        "connect_timeout": _seconds_option(url, query, "connect_timeout", 10),
    }
    socket = query.get("unix_socket") or query.get("socket")
    if socket:
        args["unix_socket"] = str(socket)
    return args


def _seconds_option(url: DatabaseUrl, query: dict[str, Any], name: str, default: int) -> int:
    """A whole number of seconds, 1 or more, given as `?name=` in the URL."""
    text = str(query.get(name, default))
    try:
        seconds = int(float(text))
    except (ValueError, OverflowError):
        seconds = 0
    if seconds < 1:
        raise UsageError(f"{name}={text!r} in the database URL {url.masked} is not a number of seconds",
                         hint=f"write it as ?{name}=10 (whole seconds, 1 or more)")
    return seconds


class MySQLDialect(Dialect):
    name = "mysql"
    transactional_ddl = False
    quarantine = True
    """DROP TABLE and DROP COLUMN are set aside in O(1) (see mysql_quarantine); the step engine
    (engine/steps.py) asks for the statements (quarantine_*_plan), the generic engine's probe and
    its quarantine_table_sql / quarantine_column_sql are not used here."""
    row_capture = True
    """DML is captured row by row by FOR EACH ROW triggers (see mysql_capture), inside the step
    engine, which decides per table (mysql_capture.capture_plan) and copies the rest whole; the
    generic engine's rows_capture_triggers is not used here."""

    def __init__(self) -> None:
        self.mariadb = False
        """Set by connect(): the reverse uses MariaDB's IF [NOT] EXISTS clauses where it can."""

    # -- connection ---------------------------------------------------------------------------
    def connect(self, url: DatabaseUrl) -> Connection:
        import pymysql

        args = connect_args(url)
        try:
            raw = pymysql.connect(**args)
        except Exception as exc:
            message = mask_password(str(exc)).strip()
            if args["password"]:
                message = message.replace(str(args["password"]), "***")
            raise ConnectionFailed(
                f"cannot connect to {url.masked}: {message}",
                hint="check that the server runs and the URL (host, port, user, password, database) is right",
            ) from None
        version = ""
        with raw.cursor() as cur:
            cur.execute("SELECT VERSION()")
            row = cur.fetchone()
            version = str(row[0]) if row else ""
        conn = MySQLConnection(raw, str(args["database"]), version)
        self.mariadb = conn.mariadb
        conn.fresh_user_session = conn.read_session()
        conn.fresh_user_session.pop("database")
        conn.user_session = dict(conn.fresh_user_session)
        conn.execute(f"SET SESSION time_zone = {UTC_TIME_ZONE}")
        actual = conn.read_session()
        actual.pop("database")
        conn.tool_session = {**actual, **TOOL_SESSION_VALUES, **(MARIADB_SESSION_VALUES if conn.mariadb else {})}
        conn.set_session(conn.tool_values(), unless=actual)
        if not conn.mariadb:
            # MySQL 8 caches information_schema statistics (AUTO_INCREMENT) for a day by default
            with contextlib.suppress(Exception):
                conn.execute("SET SESSION information_schema_stats_expiry = 0")
        return conn

    def reset_session(self, conn: Connection) -> None:
        """The tool's settings, and a fresh start for the next migration's own ones (the same
        whether migrations run in one `apply` or one per run)."""
        conn.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1")
        if isinstance(conn, MySQLConnection):  # sql_mode, time zone and character set: the tool's
            conn.user_session = dict(conn.fresh_user_session)
            conn.set_session(conn.tool_values(), unless={})

    # -- statements ---------------------------------------------------------------------------
    def split(self, sql: str) -> list[Statement]:
        """Statements as the mysql client would send them, and as the server then runs them: the
        client sends what stands between two `DELIMITER //` delimiters as one text and the server
        runs every statement in it (the client allows multi-statements), so `DROP TRIGGER IF EXISTS
        t;` followed by `CREATE TRIGGER t ... END;` before one `//` are two statements. A goose /
        sql-migrate `StatementEnd` annotation line also ends the statement before it, with or
        without a delimiter (goose sends a `StatementBegin ... StatementEnd` block as it is); the
        splitter does that, so a `DELIMITER` set before such a block holds after it."""
        from .splitter import split_sql

        out: list[Statement] = []
        for st in split_sql(liquibase_changesets(sql), "mysql"):
            out += _as_multi_statements(st)
        return out

    def needs_autocommit(self, stmt: Statement) -> bool:
        """True for a statement that commits the open transaction implicitly (DDL and friends)."""
        return implicit_commit(stmt.text)

    # -- schema -------------------------------------------------------------------------------
    def introspect(self, conn: Connection) -> SchemaModel:
        from .mysql_schema import introspect_mysql

        return introspect_mysql(conn)

    def plan_reverse(self, current: SchemaModel, target: SchemaModel, data_tables: set[str]) -> ReversePlan:
        from .mysql_reverse import plan_reverse_mysql

        return plan_reverse_mysql(current, target, data_tables, mariadb=self.mariadb)

    def quote(self, ident: str) -> str:
        return qi(ident)

    def qualified(self, table: str) -> str:
        return qi(table)

    # -- journal ------------------------------------------------------------------------------
    def journal_exists(self, conn: Connection) -> bool:
        return bool(
            conn.scalar(
                "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                "AND TABLE_NAME = '_rollback_points'"
            )
        )

    def journal_table(self, name: str) -> str:
        return f"_rollback_{name}"

    def capture_table_name(self, point: int, n: int) -> str:
        return f"_rollback_cap_{point}_{n}"

    def journal_ddl(self) -> list[str]:
        opts = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"
        return [
            f"""CREATE TABLE IF NOT EXISTS _rollback_points (
                id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                migration VARCHAR(512) NOT NULL,
                kind VARCHAR(64) NOT NULL,
                checksum VARCHAR(128),
                applied_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                applied_by VARCHAR(512),
                active BOOLEAN NOT NULL DEFAULT TRUE,
                reversible BOOLEAN NOT NULL DEFAULT TRUE,
                fingerprint_before VARCHAR(128),
                fingerprint_after VARCHAR(128),
                model_before LONGTEXT,
                model_after LONGTEXT,
                reverse_sql LONGTEXT,
                info LONGTEXT
            ) {opts}""",
            f"""CREATE TABLE IF NOT EXISTS _rollback_captures (
                id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                point_id BIGINT NOT NULL,
                table_name VARCHAR(512) NOT NULL,
                capture_table VARCHAR(512) NOT NULL,
                kind VARCHAR(64) NOT NULL,
                `rows` BIGINT,
                checksum_after VARCHAR(128),
                info LONGTEXT,
                KEY _rollback_captures_point (point_id)
            ) {opts}""",
            f"""CREATE TABLE IF NOT EXISTS _rollback_events (
                id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                kind VARCHAR(64) NOT NULL,
                migration VARCHAR(512),
                point_id BIGINT,
                actor VARCHAR(512),
                detail LONGTEXT
            ) {opts}""",
        ]

    # -- the run lock -------------------------------------------------------------------------
    def begin_locked(self, conn: Connection, wait_seconds: float) -> None:
        """Take the database's named lock for this session (unless it holds it already), then begin
        a transaction. The lock is session-level because DDL commits implicitly: it stays held
        across commits until unlock_session() or the connection closes."""
        self.lock_session(conn, wait_seconds)
        conn.begin()

    def lock_session(self, conn: Connection, wait_seconds: float) -> None:
        c = _mysql(conn)
        if c.lock_held:
            return
        deadline = time.monotonic() + wait_seconds
        while True:
            if conn.scalar("SELECT GET_LOCK(%s, 0)", (c.lock_name,)) == 1:
                c.lock_held = True
                return
            if time.monotonic() >= deadline:
                raise LockBusy(
                    f"another rollback run holds the lock on database {c.database}: {self._holder(conn, c.lock_name)}",
                    hint="wait for it to finish, or raise --lock-timeout",
                )
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())) or 0.01)

    def unlock_session(self, conn: Connection) -> None:
        c = _mysql(conn)
        if c.lock_held:
            conn.scalar("SELECT RELEASE_LOCK(%s)", (c.lock_name,))
            c.lock_held = False

    def _holder(self, conn: Connection, name: str) -> str:
        try:
            pid = conn.scalar("SELECT IS_USED_LOCK(%s)", (name,))
            if pid is None:
                return "another session (it has just released it; try again)"
            rows = conn.query(
                "SELECT USER, HOST, COMMAND, TIME, INFO FROM information_schema.PROCESSLIST WHERE ID = %s",
                (pid,),
            )
        except Exception:
            return "another session"
        if not rows:
            return f"connection {pid}"
        user, host, command, seconds, info = rows[0]
        doing = f", running: {str(info)[:80]}" if info else ""
        return f"connection {pid} ({user}@{host}, {command} for {seconds}s{doing})"

    # -- data ---------------------------------------------------------------------------------
    def table_checksum(self, conn: Connection, table: Table, like: str | None = None) -> str:
        """count:sum of 64-bit row hashes (MD5 of a NULL-safe, length-prefixed binary encoding of
        the model's columns), computed in the server; independent of row order."""
        row = conn.query(
            f"SELECT COUNT(*), COALESCE(SUM(CAST(CONV(SUBSTRING(MD5({row_encoding('t', table.columns)}), 1, 16), 16, 10) "
            f"AS UNSIGNED)), 0) FROM {qi(table.name)} t"
        )[0]
        return f"{int(row[0])}:{row[1]}"

    def capture_sql(self, table: Table, capture: str, live: dict[str, str] | None = None) -> list[str]:
        live = live or {}
        select = ", ".join(
            qi(live.get(c.name, c.name)) + ("" if live.get(c.name, c.name) == c.name else f" AS {qi(c.name)}")
            for c in table.columns
        )
        key = ""
        pk_cols = [table.column(k) for k in table.primary_key]
        if pk_cols and all(c is not None and _indexable(c) for c in pk_cols):
            key = f"(KEY _rollback_key ({', '.join(qi(k) for k in table.primary_key)})) "
        return [f"CREATE TABLE {capture} {key}ENGINE=InnoDB AS SELECT {select} FROM {qi(table.name)}"]

    def restore_sql(self, table: Table, capture: str, key: list[str] | None, rebuilt: bool) -> list[str]:
        return restore_statements(table, capture, key, rebuilt)

    def restore_guards(
        self, current: SchemaModel, target: SchemaModel, tables: set[str], data_tables: set[str]
    ) -> tuple[list[str], list[str]]:
        """`foreign_key_checks = 0` for the session around the data restore (rows load in any order,
        no ON DELETE/UPDATE action fires), and the triggers on the restored tables that stay in
        place through `pre` dropped before and re-created after (MySQL cannot disable a trigger).
        The guards and the restore must run in one session: a resumed run replays `before` first."""
        from .mysql_reverse import restore_guards

        return restore_guards(current, target, tables, data_tables, mariadb=self.mariadb)

    def sequence_state_sql(self, conn: Connection, model: SchemaModel) -> list[str]:
        """ALTER TABLE ... AUTO_INCREMENT = n for every user table with a counter (InnoDB raises a
        value below the largest id to just above it), and ALTER SEQUENCE ... RESTART WITH n for
        every MariaDB sequence of the model: NEXTVAL is not transactional, so a rollback has to put
        the position back. n is the sequence's next value not yet cached (exact for NOCACHE; a
        cached sequence comes back as after a server restart, skipping what the cache held). Each
        is DDL: it commits implicitly."""
        rows = conn.query(
            "SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
            "AND TABLE_TYPE = 'BASE TABLE' AND AUTO_INCREMENT IS NOT NULL ORDER BY TABLE_NAME"
        )
        out = [
            f"ALTER TABLE {qi(str(name))} AUTO_INCREMENT = {int(value)}"
            for name, value in rows
            if not str(name).lower().startswith(INTERNAL_PREFIX)
        ]
        for seq in sorted(model.objects_of("sequence"), key=lambda o: o.name):
            position = conn.scalar(f"SELECT next_not_cached_value FROM {qi(seq.name)}")
            if position is not None:
                out.append(f"ALTER SEQUENCE {qi(seq.name)} RESTART WITH {int(position)}")
        return out

    def sequence_reverse_sql(self, conn: Connection, mark: Any) -> list[str]:
        """The AUTO_INCREMENT statements as they are (InnoDB never sets a counter at or below the
        largest id). A MariaDB sequence the migration moved goes back only while it stands where
        the migration left it (nobody drew from it since) or behind where it was (a RESTART the
        migration made lower): one others drew from since is never restarted onto the numbers they
        were handed. RESTART is DDL, so the choice is made by the server when the reverse runs (a
        statement prepared from an IF). A sequence the migration dropped is re-created by the
        reverse and restarted as it was."""
        out: list[str] = []
        sequences: set[str] | None = None  # the sequences there are now, read once when needed
        for sql in mark:
            m = _SEQUENCE_RESTART.match(sql)
            if m is None:
                out.append(sql)
                continue
            if sequences is None:
                sequences = {qi(str(r[0])) for r in conn.query(
                    "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE'")}
            name, start = m.group(1), int(m.group(2))
            if name not in sequences:
                out.append(sql)
                continue
            end, inc = conn.query(f"SELECT next_not_cached_value, increment FROM {name}")[0]
            if int(end) == start:
                continue
            now = f"(SELECT next_not_cached_value FROM {name})"
            behind = f"{now} {'<' if int(inc) > 0 else '>'} {start}"
            text = sql.replace("'", "''")
            out += [f"SET @rollback_sequence = IF({now} = {int(end)} OR {behind}, '{text}', 'DO 0')",
                    "PREPARE rollback_sequence FROM @rollback_sequence", "EXECUTE rollback_sequence",
                    "DEALLOCATE PREPARE rollback_sequence"]
        return out

    def estimated_rows(self, conn: Connection, table: Table) -> int:
        est = conn.scalar(
            "SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s",
            (table.name,),
        )
        if est is None or int(est) < 100_000:  # InnoDB's estimate is rough for small tables: count
            return int(conn.scalar(f"SELECT COUNT(*) FROM {qi(table.name)}"))
        return int(est)

    def table_bytes(self, conn: Connection, table: str) -> int | None:
        return _bytes(conn, table, "DATA_LENGTH")

    def relation_bytes(self, conn: Connection, record: Any) -> int | None:
        if getattr(record, "kind", None) == "quarantine-columns":
            return None  # part of a live table: no size of its own
        return _bytes(conn, str(getattr(record, "capture", "")).strip("`"), "COALESCE(DATA_LENGTH, 0) + COALESCE(INDEX_LENGTH, 0)")

    # -- row capture (see mysql_capture) ----------------------------------------------------------
    def rows_capture_create(self, table: Table, capture: str, key: list[str], live: dict[str, str] | None = None) -> list[str]:
        return mc.create_sql(table, capture, key)

    rows_layout = 2
    """1: every capture said one firing. 2: one firing means one event per key (restores need not
    look for each key's first event)."""

    def rows_firings(self, conn: Connection, capture: str) -> int:
        """Per-row triggers have no statement firings to tell apart: 1 when every key has one
        event, as for one PostgreSQL firing, else 2."""
        return int(conn.scalar(mc.single_event_sql(capture)))

    def rows_capture_emptied(self, table: Table, capture: str, live: dict[str, str] | None = None) -> list[str]:
        return [mc.emptied_sql(table, capture)]

    def rows_finish(self, conn: Connection, table: Table, capture: str, key: list[str], live: dict[str, str] | None = None) -> None:
        conn.execute(mc.finish_sql(table, capture, key, live))

    def rows_restore_sql(self, table: Table, capture: str, key: list[str], firings: int | None = None,
                         schemas: Sequence[SchemaModel] = (), layout: int = 1, replayed: Sequence[str] = ()) -> list[str]:
        in_place = bool(schemas) and not any(mc.unique_besides(m, table.name, key) for m in schemas)
        return mc.restore_sql(table, capture, key, in_place=in_place, single=firings == 1)

    def rows_unique_clash_sql(
        self, table: Table, capture: str, key: list[str], uniques: list[list[str]], mode: str, firings: int | None = None,
        layout: int = 1, replayed: Sequence[str] = (),
    ) -> str | None:
        return mc.unique_clash_sql(table, capture, key, uniques, keep_current=mode == "keep-current")

    def rows_conflict_sql(
        self, table: Table, capture: str, key: list[str], live: dict[str, str] | None = None, firings: int | None = None, layout: int = 1,
        replayed: Sequence[str] = (),
    ) -> str:
        return mc.conflict_sql(table, capture, key, live)

    def rows_forget_conflicts_sql(
        self, table: Table, capture: str, key: list[str], live: dict[str, str] | None = None, firings: int | None = None, layout: int = 1
    ) -> str:
        return mc.forget_conflicts_sql(table, capture, key, live)

    # -- quarantine (see mysql_quarantine) --------------------------------------------------------
    def quarantine_tables_plan(self, model: SchemaModel, tables: list[str], point: int) -> tuple[list[str], dict[str, str]] | None:
        """DROP TABLE of `tables` as statements that set them aside, and where each goes (None: the
        real statement must run)."""
        return mq.tables_plan(model, tables, point)

    def quarantine_columns_plan(
        self, conn: Connection, model: SchemaModel, table: str, columns: list[str], point: int
    ) -> tuple[str, dict[str, str]] | None:
        """DROP COLUMN of `columns` as one ALTER TABLE that hides them, and their hidden names (None:
        the real statement must run)."""
        return mq.columns_plan(conn, model, table, columns, point, self.mariadb)

    def unquarantine_table_sql(self, table: str, where: str, replaced: bool) -> list[str]:
        return mq.unquarantine_table_sql(table, where, replaced)

    def unquarantine_column_sql(self, table: str, column: str, hidden: str, replaced: bool) -> list[str]:
        drop = f"DROP COLUMN {qi(column)}, " if replaced else ""
        return [f"ALTER TABLE {qi(table)} {drop}RENAME COLUMN {qi(hidden)} TO {qi(column)}"]

    def quarantine_marker_sql(self, table: str, point: int) -> tuple[tuple[str, str], str]:
        """The marker of the rows inserted after point's DROP COLUMN on the table: its two steps
        (add, refused where not INSTANT; default 1) and its name."""
        marker = mq.marker_name(point)
        return mq.marker_sql(table, marker), marker

    def unquarantine_marker_sql(self, table: str, marker: str, sequence: str | None = None) -> list[str]:
        return [f"ALTER TABLE {qi(table)} DROP COLUMN {qi(marker)}"]

    def unquarantined_model(self, conn: Connection, model: SchemaModel, records: list[Any]) -> SchemaModel:
        return mq.unquarantined_model(conn, model, records)

    def settle_quarantine(self, conn: Connection, records: list[Any]) -> list[Any]:
        return mq.settle(conn, records)

    def dangling_references(self, conn: Connection, tables: set[str]) -> dict[str, int]:
        """Per foreign key of the live database whose child or parent is one of `tables`, the child
        rows without a parent row (the reverse runs with FOREIGN_KEY_CHECKS=0: see mysql_orphans)."""
        from .mysql_orphans import dangling

        return dangling(conn, tables)

    def dangling_predicted(
        self, conn: Connection, steps: list[Reverted], tables: set[str], keep_current: bool = False
    ) -> tuple[dict[str, int], list[str]] | None:
        from .mysql_orphans import predicted

        return predicted(conn, steps, tables, keep_current)

    def drop_capture_sql(self, record: Any) -> list[str]:
        if record.kind == "quarantine-table":
            return [f"DROP TABLE IF EXISTS {qi(record.capture)}"]
        if record.kind == "quarantine-columns":
            gone = [*record.hidden.values(), *([record.marker] if record.marker else [])]
            drops = ", ".join(f"DROP COLUMN {qi(h)}" for h in gone)
            return [f"ALTER TABLE {qi(record.capture)} {drops}"] if drops else []  # settled: where they are
        if record.kind == "rows":  # triggers a crash may have left, then the capture
            return [*mc.drop_triggers_sql(record.capture), f"DROP TABLE IF EXISTS {qi(record.capture)}"]
        return super().drop_capture_sql(record)

    def drop_object_sql(self, kind: str, name: str, table: str | None) -> str | None:
        local = name[len(table) + 1 :] if table and name.startswith(table + ".") else name
        if kind == "index" and table:
            return f"ALTER TABLE {qi(table)} DROP INDEX {qi(local)}"
        if kind == "foreign_key" and table:
            return f"ALTER TABLE {qi(table)} DROP FOREIGN KEY {qi(local)}"
        if kind == "constraint" and table:
            return f"ALTER TABLE {qi(table)} DROP CONSTRAINT {qi(local)}"
        if kind == "trigger":
            return f"DROP TRIGGER IF EXISTS {qi(local)}"
        if kind in ("view", "procedure", "function", "event", "sequence"):
            return f"DROP {kind.upper()} IF EXISTS {qi(name)}"
        return None


def _mysql(conn: Connection) -> MySQLConnection:
    if not isinstance(conn, MySQLConnection):  # pragma: no cover - programming error
        raise TypeError("the MySQL dialect needs a MySQLConnection")
    return conn


# -- SQL builders shared with the tests ------------------------------------------------------------
def _base_type(col: Column) -> str:
    return col.type.split("(", 1)[0].split()[0].lower() if col.type else ""


def _indexable(col: Column) -> bool:
    """A column a plain KEY can cover without a prefix length."""
    t = _base_type(col)
    return not (t.endswith("text") or t.endswith("blob") or t in GEOMETRY_TYPES or t == "json")


def value_expr(alias: str, col: Column) -> str:
    """An expression whose binary form identifies the column's value exactly (time zone, collation
    and PAD SPACE independent)."""
    ref = f"{alias}.{qi(col.name)}"
    t = _base_type(col)
    if t == "timestamp":
        return f"UNIX_TIMESTAMP({ref})"
    if t in GEOMETRY_TYPES:
        return f"ST_AsBinary({ref})"
    return ref


def _bin(expr: str) -> str:
    return f"CAST({expr} AS BINARY)"


def row_encoding(alias: str, columns: list[Column]) -> str:
    """A NULL-safe, length-prefixed binary text of a row's values (equal rows, equal texts)."""
    if not columns:
        return "''"
    parts = []
    for col in columns:
        v = _bin(value_expr(alias, col))
        parts.append(f"IFNULL(CONCAT(LENGTH({v}), ':', {v}), '~')")
    return f"CONCAT_WS(',', {', '.join(parts)})"


def _same(col: Column, a: str, b: str) -> str:
    """Byte-exact, NULL-safe equality of a column's value in two aliases."""
    return f"{_bin(value_expr(a, col))} <=> {_bin(value_expr(b, col))}"


def _bytes(conn: Connection, table: str, size: str) -> int | None:
    """A table's size from information_schema.TABLES (`size`: an expression of its columns)."""
    value = conn.scalar(f"SELECT {size} FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s",
                        (table,))
    return None if value is None else int(value)


def restore_statements(table: Table, capture: str, key: list[str] | None, rebuilt: bool) -> list[str]:
    """Statements that make the table's rows equal to the capture's: a plain copy into a rebuilt
    (empty) table; by key: the rows that are missing from the capture or differ from it are deleted,
    and the capture's rows that are then missing are inserted; without a key: the row hashes whose
    counts differ are deleted and inserted again from the capture. Only rows that differ are touched.

    Single-table statements with subqueries only, and no UPDATE: on MariaDB 10.11 a multi-table
    UPDATE/DELETE on a table with a STORED generated column, after an ALTER of it, makes the next
    RENAME COLUMN of a column the expression uses fail ("Unknown column ... in GENERATED ALWAYS
    AS") until the table leaves the table cache. Delete + insert also cannot collide on a unique key
    mid-statement when values swap between rows, as an UPDATE can. Foreign key actions and triggers
    are kept out of it by the restore guards."""
    q = qi(table.name)
    c_, t_ = "_rollback_c", "_rollback_t"  # aliases no user table is called (a table named c is fine)
    cols = [c for c in table.columns if c.writable]
    names = ", ".join(qi(c.name) for c in cols)
    cnames = ", ".join(f"{c_}.{qi(c.name)}" for c in cols)
    if rebuilt:
        return [f"INSERT INTO {q} ({names}) SELECT {cnames} FROM {capture} {c_}"]
    if key:
        kcols = [table.column(k) or Column(k, "") for k in key]

        def match(t: str) -> str:
            return " AND ".join(f"{c_}.{qi(k.name)} = {t}.{qi(k.name)} AND {_same(k, t, c_)}" for k in kcols)

        same = [_same(c, q, c_) for c in cols if c.name not in key]
        return [
            f"DELETE FROM {q} WHERE NOT EXISTS (SELECT 1 FROM {capture} {c_} WHERE {' AND '.join([match(q), *same])})",
            f"INSERT INTO {q} ({names}) SELECT {cnames} FROM {capture} {c_} WHERE NOT EXISTS "
            f"(SELECT 1 FROM {q} {t_} WHERE {match(t_)})",
        ]
    enc_t, enc_c = row_encoding(q, cols), row_encoding(c_, cols)
    return [
        f"DROP TEMPORARY TABLE IF EXISTS {DIFF_TABLE}",
        f"CREATE TEMPORARY TABLE {DIFF_TABLE} (PRIMARY KEY (h)) AS SELECT h FROM ("
        f"SELECT MD5({row_encoding(t_, cols)}) AS h, 1 AS s FROM {q} {t_} UNION ALL "
        f"SELECT MD5({enc_c}) AS h, -1 AS s FROM {capture} {c_}) u GROUP BY h HAVING SUM(s) <> 0",
        f"DELETE FROM {q} WHERE MD5({enc_t}) IN (SELECT h FROM {DIFF_TABLE})",
        f"INSERT INTO {q} ({names}) SELECT {cnames} FROM {capture} {c_} WHERE MD5({enc_c}) IN (SELECT h FROM {DIFF_TABLE})",
        f"DROP TEMPORARY TABLE IF EXISTS {DIFF_TABLE}",
    ]


# -- implicit commits -------------------------------------------------------------------------------
_IMPLICIT = re.compile(
    r"""^\s*(?:
        (?:CREATE|ALTER|DROP)\s+(?:OR\s+REPLACE\s+)?(?:(?:ALGORITHM\s*=\s*\w+\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:SQL\s+SECURITY\s+\w+\s+)?)
            (?:(?:UNIQUE|FULLTEXT|SPATIAL|ONLINE|OFFLINE|IGNORE|AGGREGATE)\s+)*
            (?:TABLE|DATABASE|SCHEMA|INDEX|VIEW|TRIGGER|PROCEDURE|FUNCTION|EVENT|SEQUENCE|SERVER|TABLESPACE|USER|ROLE|LOGFILE|SPATIAL|RESOURCE)\b
      | RENAME\s+(?:TABLE|USER)\b
      | TRUNCATE\b
      | (?:GRANT|REVOKE)\b
      | (?:LOCK|UNLOCK)\s+TABLES?\b
      | (?:ANALYZE|OPTIMIZE|REPAIR|CHECK)\s+(?:NO_WRITE_TO_BINLOG\s+|LOCAL\s+)?TABLE\b
      | (?:INSTALL|UNINSTALL)\s+(?:PLUGIN|SONAME|COMPONENT)\b
      | (?:FLUSH|RESET)\b
      | LOAD\s+INDEX\b
      | CACHE\s+INDEX\b
      | SET\s+(?:PASSWORD|(?:GLOBAL\s+|SESSION\s+|@@)?autocommit\s*=\s*(?:1|ON|TRUE)\b)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_SET_STATEMENT = re.compile(
    r"^SET\s+STATEMENT\s+(?:'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\"|[^'\"])*?\bFOR\s+", re.IGNORECASE | re.DOTALL
)
_EXEC_MARKS = re.compile(r"/\*M?!\d*|\*/")
_TEMPORARY = re.compile(r"^\s*(?:CREATE|DROP)\s+TEMPORARY\s+TABLE\b", re.IGNORECASE)


def implicit_commit(sql: str) -> bool:
    """True for a statement after which MySQL/MariaDB has committed the open transaction."""
    from .splitter import strip_leading_comments

    text = _EXEC_MARKS.sub(" ", strip_leading_comments(sql, "mysql")).lstrip()
    text = _SET_STATEMENT.sub("", text)
    if _TEMPORARY.match(text):
        return False
    return bool(_IMPLICIT.match(text))

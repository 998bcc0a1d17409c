"""SQLite adapter: stdlib sqlite3 in explicit-transaction mode, journal tables named `_rollback_*`,
BEGIN IMMEDIATE as the run lock, and in-database capture and restore of table data."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import socket
import sqlite3
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from ..errors import ConnectionFailed, LockBusy
from ..model.schema import SchemaModel, Table
from ..urls import DatabaseUrl
from . import sqlite_capture as sc
from . import sqlite_merge as sm
from .base import Connection, Dialect, Live, Replay, ReversePlan, Statement
from .sqlite_reverse import plan_reverse_sqlite, quote, trigger_guards
from .sqlite_schema import external_content
from .sqlite_trial import repeatable


class _RowHash:
    """Order-independent aggregate of row hashes (XOR of SHA-256), used for table checksums.

    It is called with the row text cast to a BLOB (sqlite_capture.row_hash): SQLite does not check
    that TEXT is valid in the database's encoding, and Python turns a TEXT argument into str strictly,
    so a single stored value that is not (a C program's bytes, `CAST(x'ff' AS TEXT)`, `x'cafe' || 'a'`)
    would fail the aggregate and every capture of its table. The bytes are decoded here with
    `surrogateescape`: valid text hashes as the str it is, other bytes stay distinct."""

    def __init__(self, codec: str = "utf-8") -> None:
        self.acc = 0
        self.n = 0
        self.codec = codec

    def step(self, value: Any) -> None:
        if isinstance(value, bytes):
            value = value.decode(self.codec, "surrogateescape")
        self.acc ^= int.from_bytes(hashlib.sha256(repr(value).encode()).digest()[:16], "big")
        self.n += 1

    def finalize(self) -> str:
        return f"{self.n}:{self.acc:032x}"


def _holder_file(conn: Connection) -> str | None:
    path = getattr(conn, "path", ":memory:")
    return None if path == ":memory:" or not path else os.path.abspath(path) + ".rollback-lock"


def _note_holder(conn: SQLiteConnection) -> None:
    """SQLite cannot say who holds its write lock: the tool notes itself next to the database when
    it takes the lock, so a run that waits can name it (process and since when). The note goes when
    the transaction ends (SQLiteConnection.commit/rollback)."""
    note = _holder_file(conn)
    if note is None:
        return
    data = {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now(UTC).isoformat(timespec="seconds"),
            "command": " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv[:3]))}
    try:
        tmp = f"{note}.{os.getpid()}"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, note)
        conn.lock_note = note
    except OSError:  # a read-only folder: the lock works, the message is just less precise
        pass


def _clear_note(note: str) -> None:
    """Remove the holder note if it is still this process's (a newer holder may have replaced it)."""
    try:
        with open(note, encoding="utf-8") as fh:
            mine = json.load(fh).get("pid") == os.getpid()
        if mine:
            os.remove(note)
    except (OSError, ValueError, AttributeError):
        pass


def _holder(conn: Connection) -> str | None:
    """'process PID (command) on HOST, since TIME' when the last note is from a process still alive."""
    note = _holder_file(conn)
    try:
        with open(note or "", encoding="utf-8") as fh:
            data = json.load(fh)
        if data.get("host") == socket.gethostname():
            os.kill(int(data["pid"]), 0)  # raises if that process is gone: the note is stale
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return f"process {data['pid']} ({data.get('command') or '?'}) on {data.get('host')}, since {data.get('since')}"


_MAX_SHADOWS = 8
"""More shadow tables than any full-text module has (FTS5: 5, FTS4: 5)."""


_FLUSH = ["SAVEPOINT _rollback_flush", "RELEASE _rollback_flush"]
"""A full-text index keeps the terms of its latest writes in memory until the transaction commits
or a savepoint begins: after these its shadow tables hold everything it holds."""


def _copy_rowid(table: Table) -> str | None:
    """The name a copy capture reads the rowid by, kept in its `_rollback_rowid` column; None when
    no name reads it or a column is itself named `_rollback_rowid` (the copy would then hold two
    columns of that name, and the restore read the rowid as that column's values): such a table
    is copied and put back whole, under new rowids."""
    if any(c.name.lower() == "_rollback_rowid" for c in table.columns):
        return None
    return sc.rowid_name(table)


def _shadow_capture(capture: str, n: int) -> str:
    """The copy of the n-th shadow table of a contentless full-text index, beside its capture."""
    return f"{capture}_s{n}"


_ATTACH = re.compile(r"^\s*(ATTACH|DETACH)\b", re.I)


def _attach_refusal(sql: str) -> str | None:
    """Why the statement may not run in a migration: ATTACH and DETACH. The tool keeps and restores
    the main database only (an attached file could be written with no way back), and the migration
    runs as one transaction, in which a database it wrote cannot be detached. Also a sqlite3 shell
    command the splitter kept as a statement (`.read`, `.import`, `.open`: they read other input
    or switch the database; see splitter.SHELL_NO_OPS)."""
    from .splitter import SHELL_NO_OPS, strip_leading_comments

    code = strip_leading_comments(sql, "sqlite")
    if code.startswith("."):
        return (f"`{code.split(chr(10), 1)[0].strip()}` is a command of the sqlite3 shell, not SQL: the tool runs a "
                "migration's SQL itself, and passes over only the shell commands that change nothing in the database "
                f"({', '.join('.' + c for c in sorted(SHELL_NO_OPS))}); write what this one does as SQL "
                "in the migration, or run it outside")
    m = _ATTACH.match(code)
    if m is None:
        return None
    return (f"{m.group(1).upper()} in a migration: the tool keeps and restores the main database only (an attached "
            "database could be written with no way back), and a migration runs as one transaction, where a database "
            "written cannot be detached; use TEMP tables for scratch data, and read other files outside the migration")


class SQLiteConnection(Connection):
    paramstyle = "?"

    def __init__(self, raw: sqlite3.Connection, path: str = ":memory:"):
        self.raw = raw
        self.path = path
        self.lock_note: str | None = None
        """The holder note this connection wrote when it took the write lock (see _note_holder)."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        if (refusal := _attach_refusal(sql)) is not None:
            raise sqlite3.OperationalError(refusal)
        self.raw.execute(sql, tuple(params))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.raw.execute(sql, tuple(params)).fetchall())

    def begin(self) -> None:
        self.raw.execute("BEGIN")

    def commit(self) -> None:
        self.raw.execute("COMMIT")
        self._lock_released()

    def rollback(self) -> None:
        if self.raw.in_transaction:
            self.raw.execute("ROLLBACK")
        self._lock_released()

    def _lock_released(self) -> None:
        if self.lock_note is not None:
            _clear_note(self.lock_note)
            self.lock_note = None

    def close(self) -> None:
        self.raw.close()  # an open transaction ends with the connection
        self._lock_released()

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction


def _open(path: str, url: DatabaseUrl) -> SQLiteConnection:
    try:
        raw = sqlite3.connect(path, isolation_level=None, timeout=0.1)
        raw.execute("PRAGMA busy_timeout = 100")
    except sqlite3.Error as exc:
        raise ConnectionFailed(f"cannot open {url.raw}: {exc}") from None
    try:  # a file that is not a database (or is damaged) fails here, not in the middle of a command
        raw.execute("SELECT count(*) FROM sqlite_master")
    except sqlite3.OperationalError:
        pass  # busy or locked: met, and reported, where the command waits for it
    except sqlite3.DatabaseError as exc:
        raw.close()
        raise ConnectionFailed(f"cannot open {url.raw}: {exc}",
                               hint="--db must name an SQLite database file (`rollback apply` creates a new one)") from None
    try:  # CAST(text AS BLOB) gives the text in the database's encoding
        codec = {"UTF-16le": "utf-16-le", "UTF-16be": "utf-16-be"}.get(str(raw.execute("PRAGMA encoding").fetchone()[0]), "utf-8")
    except sqlite3.Error:
        codec = "utf-8"
    raw.create_aggregate("_rollback_rowhash", 1, functools.partial(_RowHash, codec))  # type: ignore[arg-type]
    return SQLiteConnection(raw, path)


def _require_folder(url: DatabaseUrl) -> None:
    path = url.sqlite_path()
    if path == ":memory:":
        return
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise ConnectionFailed(
            f"cannot open {url.raw}: folder {folder} does not exist",
            hint="create the folder first, or point --db at an existing one" + relative_path_note(url),
        )


def relative_path_note(url: DatabaseUrl) -> str:
    """For a relative path that reads as if it were meant absolute (sqlite:///tmp/x.db is tmp/x.db
    here): how to write the absolute one."""
    path = url.sqlite_path()
    if path == ":memory:" or os.path.isabs(path) or not url.raw.lower().startswith("sqlite:///"):
        return ""
    first = path.split("/", 1)[0]
    if "/" not in path or not os.path.isdir(os.sep + first) or os.path.isdir(first):
        return ""  # `zz.db` or `data/x.db` (a folder here): meant relative
    return (f"; sqlite:///{path} is relative to the current folder, an absolute path takes four slashes: "
            f"sqlite:////{path}")


def _sqlite_sequence(conn: Connection) -> dict[str, int] | None:
    """sqlite_sequence's counters of user tables (None when the database has no such table)."""
    if not conn.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'"):
        return None
    return {str(n): int(seq) for n, seq in conn.query("SELECT name, seq FROM sqlite_sequence")
            if not str(n).startswith("_rollback")}


class SQLiteDialect(Dialect):
    name = "sqlite"
    transactional_ddl = True
    row_capture = True
    rows_layout = 3
    """2: an old image of a table whose key is not its rowid keeps the rowid (sqlite_capture.hidden_rowid);
    3: read by a name no column takes (sqlite_capture.rowid_name). A layout-2 image of a table with a
    column named rowid kept that column instead, so older images go back under new rowids."""
    copy_layout = 2
    """2: the copy reads the rowid by a name no column takes (sqlite_capture.rowid_name). Before, a
    column named `rowid` stood in for it: such a capture's _rollback_rowid holds that column."""

    def connect(self, url: DatabaseUrl) -> Connection:
        _require_folder(url)
        return _open(url.sqlite_path(), url)

    def connect_empty(self, url: DatabaseUrl) -> Connection:
        _require_folder(url)  # a dry run fails where the real apply would, not later
        return _open(":memory:", url)

    def missing(self, url: DatabaseUrl) -> str | None:
        path = url.sqlite_path()
        if path == ":memory:" or os.path.exists(path):
            return None
        return f"cannot open {url.raw}: the file {os.path.abspath(path)} does not exist"

    def path_note(self, url: DatabaseUrl) -> str:
        return relative_path_note(url)

    def reset_session(self, conn: Connection) -> None:
        # Reverse scripts turn legacy_alter_table on (renames must not rewrite other objects); the
        # user's own statements run with SQLite's normal semantics.
        conn.execute("PRAGMA legacy_alter_table = OFF")
        # A migration's TEMP triggers live as long as the connection: they would fire in the
        # reverse's proof, the journal's writes and the next migration of the same run, which a
        # run of that migration alone (a new connection) never sees. They go with their migration.
        from .sqlite_schema import session_triggers

        for name in session_triggers(conn):
            conn.execute(f"DROP TRIGGER temp.{quote(name)}")

    def proof_by_trial(self, conn: Connection, statements: list[str]) -> bool:
        return str(conn.scalar("PRAGMA journal_mode")).lower() == "wal" and repeatable(conn, statements)

    def data_version(self, conn: Connection) -> Any:
        return conn.scalar("PRAGMA data_version")

    def live_model(self, conn: Connection) -> SchemaModel:
        from .sqlite_schema import introspect_sqlite

        return introspect_sqlite(conn, session=True)

    # SQLite refuses VACUUM inside a transaction, and a journal_mode change there either fails
    # ("cannot change into wal mode from within a transaction") or, on an empty file, is silently
    # ignored: apps often switch to WAL in their first migration. Both run on their own.
    # Both spellings: PRAGMA journal_mode = WAL and PRAGMA journal_mode(WAL).
    _JOURNAL_MODE = r"PRAGMA\s+(?:\w+\s*\.\s*)?journal_mode\s*[=(]"
    no_transaction = re.compile(rf"^\s*(VACUUM\b|{_JOURNAL_MODE})", re.IGNORECASE)
    # VACUUM INTO writes a copy of the database as it is at that statement: it keeps its place.
    after_commit = re.compile(rf"^\s*(VACUUM\b(?![\s\S]*\bINTO\b)|{_JOURNAL_MODE})", re.IGNORECASE)

    def split(self, sql: str) -> list[Statement]:
        from .splitter import split_sql

        return split_sql(sql, "sqlite")

    def introspect(self, conn: Connection) -> SchemaModel:
        from .sqlite_schema import introspect_sqlite

        return introspect_sqlite(conn)

    def plan_reverse(self, current: SchemaModel, target: SchemaModel, data_tables: set[str]) -> ReversePlan:
        return plan_reverse_sqlite(current, target, data_tables)

    def quote(self, ident: str) -> str:
        return quote(ident)

    def qualified(self, table: str) -> str:
        return self.quote(table)

    def journal_exists(self, conn: Connection) -> bool:
        return bool(
            conn.scalar(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_rollback_points'"
            )
        )

    def journal_table(self, name: str) -> str:
        return f"_rollback_{name}"

    def capture_table_name(self, point: int, n: int) -> str:
        return f"_rollback_cap_{point}_{n}"

    def journal_ddl(self) -> list[str]:
        return [
            """CREATE TABLE IF NOT EXISTS _rollback_points (
                id INTEGER PRIMARY KEY,
                migration TEXT NOT NULL,
                kind TEXT NOT NULL,
                checksum TEXT,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                applied_by TEXT,
                active INTEGER NOT NULL DEFAULT 1,
                reversible INTEGER NOT NULL DEFAULT 1,
                fingerprint_before TEXT,
                fingerprint_after TEXT,
                model_before TEXT,
                model_after TEXT,
                reverse_sql TEXT,
                info TEXT
            )""",
            """CREATE TABLE IF NOT EXISTS _rollback_captures (
                id INTEGER PRIMARY KEY,
                point_id INTEGER NOT NULL,
                table_name TEXT NOT NULL,
                capture_table TEXT NOT NULL,
                kind TEXT NOT NULL,
                rows INTEGER,
                checksum_after TEXT,
                info TEXT
            )""",
            """CREATE TABLE IF NOT EXISTS _rollback_events (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                kind TEXT NOT NULL,
                migration TEXT,
                point_id INTEGER,
                actor TEXT,
                detail TEXT
            )""",
        ]

    def begin_locked(self, conn: Connection, wait_seconds: float) -> None:
        # BEGIN IMMEDIATE takes SQLite's write lock: one writer at a time, others wait or give up.
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                if isinstance(conn, SQLiteConnection):
                    _note_holder(conn)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() >= deadline:
                    holder = _holder(conn)
                    raise LockBusy(
                        f"the rollback lock of this SQLite database is held by {holder}" if holder else
                        "another connection is writing to this SQLite database (no rollback run has noted itself "
                        "as holding it)",
                        hint="wait for it to finish, or raise --lock-timeout",
                    ) from None
                time.sleep(0.05)

    def table_checksum(self, conn: Connection, table: Table, like: str | None = None) -> str:
        if shadows := table.extra.get("shadows"):  # a contentless index: what its shadow tables hold
            rows = " UNION ALL ".join(
                f"SELECT {quote(str(name))} || char(30) || {sc.row_text('', [str(c) for c in cols])} AS r FROM {quote(str(name))}"
                for name, cols in shadows)
            for sql in _FLUSH:
                conn.execute(sql)
            return str(conn.scalar(f"SELECT coalesce({sc.row_hash('r')}, '0:0') FROM ({rows})"))
        row = sc.row_text("", table.column_names)
        return str(conn.scalar(f"SELECT coalesce({sc.row_hash(row)}, '0:0') FROM {self.qualified(table.name)}"))

    def column_checksum(self, conn: Connection, table: Table, column: str, like: str | None = None) -> str:
        c = self.quote(column)
        key = list(table.primary_key)
        ident = [*key, column] if key else None
        rowid = sc.rowid_name(table)
        if ident:
            parts = " || char(31) || ".join(f"quote({self.quote(k)})" for k in ident)
        else:  # no key: the row's rowid, or all of the row when columns take every rowid name
            parts = f"{rowid} || char(31) || quote({c})" if rowid else sc.row_text("", table.column_names)
        return str(conn.scalar(f"SELECT {sc.row_hash(parts)} FROM {self.qualified(table.name)} WHERE {c} IS NOT NULL"))

    def derived_table(self, table: Table) -> bool:
        return external_content(str(table.extra.get("sql", ""))) is not None

    def capture_sql(self, table: Table, capture: str, live: dict[str, str] | None = None) -> list[str]:
        rowid = _copy_rowid(table)  # not plain `rowid` when a column has that name
        ident = f"{rowid} AS _rollback_rowid, " if rowid else ""
        # An external-content index's rows are its content table's: nothing to keep (the record
        # alone makes the reverse rebuild it, see derived_refresh_sql).
        shadows = table.extra.get("shadows")
        if shadows:
            # A contentless index (content='') gives NULL for every column (FTS4's cannot even be
            # scanned): what it holds is its shadow tables' rows, kept beside the capture.
            out = [*_FLUSH, f"CREATE TABLE {capture} (_rollback_rowid INTEGER)"]
            for i, (name, _cols) in enumerate(shadows):
                out.append(f"CREATE TABLE {_shadow_capture(capture, i)} AS SELECT * FROM {quote(name)}")
            return out
        none = " LIMIT 0" if self.derived_table(table) else ""
        return [f"CREATE TABLE {capture} AS SELECT {ident}* FROM {self.qualified(table.name)}{none}"]

    def drop_capture_sql(self, record: Any) -> list[str]:
        out = super().drop_capture_sql(record)
        if record.kind == "copy":  # the shadow tables' copies of a contentless index, if any
            out += [f"DROP TABLE IF EXISTS {_shadow_capture(record.capture, i)}" for i in range(_MAX_SHADOWS)]
        return out

    def restore_sql(self, table: Table, capture: str, key: list[str] | None, rebuilt: bool) -> list[str]:
        """Make the table's rows equal to the capture's, touching only rows that differ. Set
        operations (EXCEPT sorts once) rather than correlated subqueries: the capture has no index.
        An external-content full-text index reads its rows from the content table: nothing is
        written through it (a delete there would remove the terms of the content's current text,
        not of what was indexed); derived_refresh_sql rebuilds it instead."""
        if external_content(str(table.extra.get("sql", ""))):
            return []
        if shadows := table.extra.get("shadows"):  # contentless: SQLite refuses DELETE on the table itself
            out = []
            for i, (name, cols) in enumerate(shadows):
                names = ", ".join(self.quote(str(c)) for c in cols)
                out += [f"DELETE FROM {quote(name)}",
                        f"INSERT INTO {quote(name)} ({names}) SELECT {names} FROM {_shadow_capture(capture, i)}"]
            return out
        q = self.qualified(table.name)
        cols = [c for c in table.columns if c.writable]
        names = ", ".join(self.quote(c.name) for c in cols)
        rowid = _copy_rowid(table)
        if rowid:
            ident_t, ident_c, ins = rowid, "_rollback_rowid", rowid  # rowid tables: the row's identity
        elif not table.extra.get("without_rowid"):  # columns take every rowid name (or the copy's): no identity
            return [f"DELETE FROM {q}", f"INSERT INTO {q} ({names}) SELECT {names} FROM {capture}"]
        else:
            keys = ", ".join(self.quote(k) for k in (key or table.primary_key))
            ident_t = ident_c = keys
            ins = ""
        ins_cols = f"{ins}, {names}" if ins else names
        if rebuilt:
            return [f"INSERT INTO {q} ({ins_cols}) SELECT {ident_c + ', ' if ins else ''}{names} FROM {capture}"]
        # compared byte for byte: a column's collation (NOCASE, ...) must not hide a change
        exact = ", ".join(f"{self.quote(c.name)} COLLATE BINARY AS {self.quote(c.name)}" for c in cols)
        live_ident = f"{ident_t} AS {ident_c}" if ins else ident_t
        changed_now = f"SELECT {live_ident}, {exact} FROM {q} EXCEPT SELECT {ident_c}, {exact} FROM {capture}"
        missing_now = f"SELECT {ident_c}, {exact} FROM {capture} EXCEPT SELECT {ident_t}, {exact} FROM {q}"
        if ins:
            return [
                f"DELETE FROM {q} WHERE {rowid} IN (SELECT {ident_c} FROM ({changed_now}))",
                f"INSERT INTO {q} ({ins_cols}) {missing_now}",
            ]
        return [
            f"DELETE FROM {q} WHERE ({ident_t}) IN (SELECT {ident_t} FROM ({changed_now}))",
            f"INSERT INTO {q} ({names}) SELECT {names} FROM ({missing_now})",
        ]

    def copy_restore_sql(self, table: Table, capture: str, key: list[str] | None, rebuilt: bool, layout: int) -> list[str]:
        if layout < 2 and sc.rowid_name(table) not in (None, "rowid"):
            # An older copy of a table with a column named rowid: its _rollback_rowid holds that
            # column, not the rowid, so the rows are put back whole, under new rowids.
            names = ", ".join(self.quote(c.name) for c in table.columns if c.writable)
            q = self.qualified(table.name)
            return [f"DELETE FROM {q}", f"INSERT INTO {q} ({names}) SELECT {names} FROM {capture}"]
        return self.restore_sql(table, capture, key, rebuilt)

    def derived_refresh_sql(self, target: SchemaModel, restored: set[str]) -> list[str]:
        """Rebuild every external-content FTS4/FTS5 index whose content table (or itself) was
        restored: rows put back with user triggers set aside never reached the index, which would
        otherwise go on matching the text the migration wrote (seen with Room's and synapse-style
        search tables kept in step by triggers)."""
        out = []
        for name in sorted(target.tables):
            content = external_content(str(target.tables[name].extra.get("sql", "")))
            if content is None or not ({name, content} & restored):
                continue
            q = self.quote(name)
            out.append(f"INSERT INTO {q} ({q}) VALUES ('rebuild')")
        return out

    def sequence_state_sql(self, conn: Connection, model: SchemaModel) -> list[str]:
        has = conn.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'")
        if not has:
            return []
        out = ["DELETE FROM sqlite_sequence"]
        for name, seq in conn.query("SELECT name, seq FROM sqlite_sequence"):
            if not str(name).startswith("_rollback"):
                out.append(
                    f"INSERT INTO sqlite_sequence (name, seq) VALUES ('{str(name).replace(chr(39), chr(39) * 2)}', {int(seq)})"
                )
        return out

    def sequence_mark(self, conn: Connection, model: SchemaModel) -> Any:
        """sqlite_sequence as the migration starts (None when there is none)."""
        return _sqlite_sequence(conn)

    def sequence_reverse_sql(self, conn: Connection, mark: Any) -> list[str]:
        """Each AUTOINCREMENT counter goes back to where the migration found it while it stands where
        the migration left it, or when it is behind that (a table the reverse re-creates comes back
        without one, or with its restored rows' largest id); a counter rows written since have moved
        stays, as their rows do (set back, it was below them: RC103 right after the rollback). A
        counter the migration started for a table it found is removed while untouched since."""
        if mark is None:
            return []
        end = _sqlite_sequence(conn) or {}
        out: list[str] = []
        for name, seq in mark.items():
            n = "'" + name.replace("'", "''") + "'"
            if end.get(name) is not None:
                out.append(f"UPDATE sqlite_sequence SET seq = {seq} WHERE name = {n} AND seq = {end[name]}")
            out.append(f"UPDATE sqlite_sequence SET seq = {seq} WHERE name = {n} AND seq < {seq}")
            out.append(f"INSERT INTO sqlite_sequence (name, seq) SELECT {n}, {seq} "
                       f"WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = {n})")
        for name in sorted(set(end) - set(mark)):
            n = "'" + name.replace("'", "''") + "'"
            out.append(f"DELETE FROM sqlite_sequence WHERE name = {n} AND seq = {end[name]}")
        return out

    # -- merge-safe copy captures (see sqlite_merge) ---------------------------------------------
    def merge_checksum(self, conn: Connection, model: SchemaModel, table: str, capture: str, columns: list[str]) -> str | None:
        if not sc.capturable(model, table):  # rows identified exactly by their key
            return None
        return str(conn.scalar(sm.checksum_sql(capture, columns)))

    def merge_counts_sql(self, table: Table, capture: str, key: list[str], columns: list[str]) -> str:
        return sm.counts_sql(table, capture, key, columns)

    def merge_keep_current_sql(self, table: Table, capture: str, key: list[str], columns: list[str]) -> list[str]:
        return sm.keep_current_sql(table, capture, key, columns)

    def merge_restore_sql(self, table: Table, capture: str, key: list[str], columns: list[str], rebuilt: bool) -> list[str]:
        if rebuilt:  # created empty: no row was written since (see engine/rollback.py), the capture is all
            return self.restore_sql(table, capture, key, True)
        return sm.restore_sql(table, capture, key, columns)

    # -- row capture (see sqlite_capture) ------------------------------------------------------
    def rows_capture_create(self, table: Table, capture: str, key: list[str], live: Live = None) -> list[str]:
        return sc.rows_capture_create(table, capture, key)

    def rows_capture_triggers(self, table: Table, capture: str, key: list[str], live: Live = None,
                              model: SchemaModel | None = None, replay: Replay | None = None,
                              narrow: bool = False) -> tuple[list[str], list[str]]:
        return sc.rows_capture_triggers(table, capture, key)

    def rows_guard(self, conn: Connection, sql: str, model: SchemaModel, tables: set[str]) -> tuple[set[str], list[str], list[str]]:
        copy = {t for t in tables if not sc.capturable(model, t)}
        if copy == tables or conn.scalar("PRAGMA recursive_triggers"):
            return copy, [], []
        triggers = [str(r[0]) for r in conn.query(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' UNION ALL SELECT sql FROM sqlite_temp_master "
            f"WHERE type = 'trigger' AND name NOT LIKE '{sc.TRIGGER_PREFIX}%'")]
        if not triggers:  # then REPLACE's deletes may fire triggers: only the capture's notice
            return copy, ["PRAGMA recursive_triggers = ON"], ["PRAGMA recursive_triggers = OFF"]
        texts = [str(r[0]) for r in conn.query(
            f"SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN ({', '.join('?' * len(tables))})", sorted(tables))]
        if sc.may_replace([sql, *triggers, *texts]):
            return set(tables), [], []
        return copy, [], []

    def dangling_references(self, conn: Connection, tables: set[str]) -> dict[str, int]:
        """PRAGMA foreign_key_check of each table with a foreign key to one of `tables` (the
        rollback runs with foreign keys off, to rebuild and refill tables in any order)."""
        if not tables:
            return {}
        wanted = sorted({t.lower() for t in tables})
        children = [str(r[0]) for r in conn.query(
            "SELECT DISTINCT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
            f"AND lower(f.\"table\") IN ({', '.join('?' * len(wanted))}) ORDER BY 1", wanted)]
        out: dict[str, int] = {}
        for child in children:
            for row in conn.query(f"PRAGMA foreign_key_check({self.quote(child)})"):
                key = f"{row[0]} -> {row[2]}"
                out[key] = out.get(key, 0) + 1
        return out

    def estimated_rows(self, conn: Connection, table: Table) -> int:
        if shadows := table.extra.get("shadows"):  # FTS4 cannot count a contentless index
            return sum(int(conn.scalar(f"SELECT count(*) FROM {quote(str(name))}")) for name, _cols in shadows)
        return super().estimated_rows(conn, table)

    def table_bytes(self, conn: Connection, table: str) -> int | None:
        """Pages of the table's b-tree (the dbstat table, where SQLite has it)."""
        try:
            value = conn.scalar("SELECT pgsize FROM dbstat WHERE name = ? AND aggregate = 1", [table])
        except sqlite3.Error:
            return None
        return None if value is None else int(value)

    def rows_firings(self, conn: Connection, capture: str) -> int:
        return 0  # row triggers: no statement firings; plans order by sequence

    def rows_finish(self, conn: Connection, table: Table, capture: str, key: list[str], live: Live = None) -> None:
        present = {str(r[0]) for r in conn.query("SELECT name FROM pragma_table_xinfo(?)", [table.name])}
        if all(c in present for c in table.column_names):  # no quarantine on SQLite: live names are the model's
            conn.execute(sc.rows_finish_sql(table, capture, key))

    def rows_restore_sql(self, table: Table, capture: str, key: list[str], firings: int | None = None,
                         schemas: Sequence[SchemaModel] = (), layout: int = 1, replayed: Sequence[str] = ()) -> list[str]:
        # firings is None for a capture taken in an older layout (layout 1 kept no rowids; layout 2 kept
        # them unless a column is named rowid: see rows_layout); SQLite's is 0
        rowids = firings is not None or (layout == 2 and sc.rowid_name(table) == "rowid")
        return sc.rows_restore_sql(table, capture, key, rowids=rowids)

    def rows_unique_clash_sql(
        self, table: Table, capture: str, key: list[str], uniques: list[list[str]], mode: str, firings: int | None = None,
        layout: int = 1, replayed: Sequence[str] = (),
    ) -> str | None:
        return sc.unique_clash_sql(table, capture, key, uniques, keep_current=mode == "keep-current")

    def rows_conflict_sql(self, table: Table, capture: str, key: list[str], live: Live = None, firings: int | None = None, layout: int = 1,
                          replayed: Sequence[str] = ()) -> str:
        return sc.rows_conflict_sql(table, capture, key)

    def rows_forget_conflicts_sql(
        self, table: Table, capture: str, key: list[str], live: Live = None, firings: int | None = None, layout: int = 1
    ) -> str:
        return sc.rows_forget_conflicts_sql(table, capture, key)

    def restore_guards(
        self, current: SchemaModel, target: SchemaModel, tables: set[str], data_tables: set[str]
    ) -> tuple[list[str], list[str]]:
        return trigger_guards(current, target, tables - data_tables, data_tables)

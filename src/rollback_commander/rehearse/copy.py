"""Disposable copies of a target: PostgreSQL `CREATE DATABASE … TEMPLATE` (falling back to
`pg_dump | pg_restore` when other sessions block it), SQLite's backup API into a temporary file,
MySQL/MariaDB a new database on the same server filled server-side (`SHOW CREATE TABLE` texts,
`INSERT … SELECT` under read locks, then routines, views, triggers and events; see mysql_copy).
The copy is always dropped, also on failure and Ctrl-C."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from ..errors import ConnectionFailed, RollbackError, UsageError
from ..urls import DatabaseUrl, mask_password
from ..verify.report import Progress

METHOD_LABELS = {
    "template": "CREATE DATABASE … TEMPLATE",
    "dump-restore": "pg_dump | pg_restore",
    "sqlite-backup": "SQLite backup API",
    "mysql-copy": "server-side copy (SHOW CREATE TABLE + INSERT … SELECT)",
}


@dataclass
class CopyInfo:
    url: str = ""
    name: str = ""
    method: str = ""
    seconds: float = 0.0
    fallback_reason: str | None = None
    dropped: bool = False

    @property
    def method_label(self) -> str:
        label = METHOD_LABELS.get(self.method, self.method)
        return f"{label} (fallback: {self.fallback_reason})" if self.fallback_reason else label

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "method_label": METHOD_LABELS.get(self.method, self.method),
            "name": self.name,
            "seconds": round(self.seconds, 4),
            "fallback_reason": self.fallback_reason,
            "dropped": self.dropped,
        }


def require_copyable(url: DatabaseUrl) -> None:
    """Refuse, before anything is opened, a database this module cannot copy."""
    if url.dialect not in ("sqlite", "postgresql", "mysql"):
        raise UsageError(
            f"rehearsals on {url.dialect} are not supported yet: there is no disposable copy of such a database",
            hint="nothing was changed. `rollback apply --dry-run` shows what each pending migration would "
            "capture, and `rollback plan` what a rollback would do",
        )


@contextmanager
def disposable_copy(url: DatabaseUrl, progress: Progress) -> Iterator[CopyInfo]:
    require_copyable(url)
    if url.dialect == "sqlite":
        with _sqlite_copy(url, progress) as info:
            yield info
    elif url.dialect == "postgresql":
        with _postgres_copy(url, progress) as info:
            yield info
    elif url.dialect == "mysql":
        from .mysql_copy import mysql_copy

        with mysql_copy(url, progress) as info:
            yield info
    else:  # pragma: no cover - require_copyable refused it
        raise AssertionError(url.dialect)


# -- SQLite -----------------------------------------------------------------------------------
@contextmanager
def _sqlite_copy(url: DatabaseUrl, progress: Progress) -> Iterator[CopyInfo]:
    path = url.sqlite_path()
    if path == ":memory:" or not os.path.isfile(path):
        raise UsageError(f"cannot rehearse on {url.masked}: no database file", hint="point --db at an existing SQLite file")
    folder = tempfile.mkdtemp(prefix="rollback-rehearse-")
    copy_path = os.path.join(folder, "copy.db")
    info = CopyInfo(url=f"sqlite:///{copy_path}", name=copy_path, method="sqlite-backup")
    try:
        started = time.perf_counter()
        src = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        dst = sqlite3.connect(copy_path)
        try:
            total = int(src.execute("PRAGMA page_count").fetchone()[0])
            progress.start("copying the target (SQLite backup API)", total)
            src.backup(dst, pages=1024, progress=lambda _status, remaining, all_: progress.update(all_ - remaining))
        finally:
            progress.finish()
            dst.close()
            src.close()
        info.seconds = time.perf_counter() - started
        yield info
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        info.dropped = not os.path.exists(folder)


# -- PostgreSQL -------------------------------------------------------------------------------
def with_database(raw: str, name: str) -> str:
    """The same server URL naming another database (query options such as host= kept)."""
    for prefix in ("postgres://", "postgresql+psycopg://", "postgresql+psycopg2://"):
        if raw.startswith(prefix):
            raw = "postgresql://" + raw[len(prefix) :]
    split = urlsplit(raw)
    return urlunsplit(split._replace(path="/" + quote(name, safe="")))


COPY_NAME = re.compile(r"rc_rehearse_[0-9a-f]{10}_(.*)", re.DOTALL)
"""rc_rehearse_<10 hex>_<source>, cut to PostgreSQL's 63-character names (MySQL allows 64)."""


def copy_name(source: str) -> str:
    """The rehearsal copy's database name: unique, and saying which database it copies."""
    return f"rc_rehearse_{uuid.uuid4().hex[:10]}_{source}"[:63]


def copy_source(name: str) -> str | None:
    """The source database a copy_name names (cut as copy_name cuts it), or None for another name."""
    match = COPY_NAME.fullmatch(name)
    return match.group(1) if match else None


@contextmanager
def _postgres_copy(url: DatabaseUrl, progress: Progress) -> Iterator[CopyInfo]:
    import psycopg
    from psycopg import sql

    source = url.parts().get("database")
    if not source:
        raise UsageError(f"{url.masked} names no database", hint="write the database name in the URL: postgresql://user@host/db")
    source = str(source)
    admin_db = "template1" if source == "postgres" else "postgres"
    try:
        admin = psycopg.connect(with_database(url.raw, admin_db), autocommit=True, connect_timeout=10)
    except Exception as exc:
        raise ConnectionFailed(
            f"cannot open an admin connection to make the rehearsal copy: {mask_password(str(exc)).strip()}",
            hint=f"the copy is made from the {admin_db} database of the same server",
        ) from None
    name = copy_name(source)
    info = CopyInfo(url=with_database(url.raw, name), name=name, method="template")
    try:
        started = time.perf_counter()
        progress.start(f"copying {source} (CREATE DATABASE … TEMPLATE)")
        reason = _try_template(admin, source, name)
        progress.finish()
        if reason:
            info.method, info.fallback_reason = "dump-restore", reason
            progress.note(f"note: {reason}")
            _dump_restore(admin, url, source, info, progress)
        info.seconds = time.perf_counter() - started
        yield info
    finally:
        progress.finish()
        try:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            info.dropped = admin.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (name,)).fetchone() == (0,)
        finally:
            admin.close()


def _other_sessions(admin: Any, source: str) -> list[str]:
    """Application names of the client sessions connected to the source database."""
    rows = admin.execute(
        "SELECT coalesce(nullif(application_name, ''), 'unnamed') FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
        (source,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def _try_template(admin: Any, source: str, name: str) -> str | None:
    """Copy with TEMPLATE; None on success, else why it could not (other sessions on the target).

    The server waits 5 s for other sessions before it refuses; sessions are looked up first so a
    busy target falls back at once (sessions that are just closing get half a second)."""
    import psycopg
    from psycopg import sql

    deadline = time.monotonic() + 0.5
    while (sessions := _other_sessions(admin, source)) and time.monotonic() < deadline:
        time.sleep(0.05)
    if not sessions:
        try:
            admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(source)))
            return None
        except psycopg.errors.ObjectInUse:
            sessions = _other_sessions(admin, source) or ["a session that connected meanwhile"]
        except psycopg.errors.InsufficientPrivilege as exc:
            raise RollbackError(
                f"cannot create the rehearsal copy: {exc.diag.message_primary or exc}",
                hint="the rehearsal needs a role with CREATEDB on the target's server",
            ) from None
    apps = ", ".join(sorted(set(sessions)))
    return (
        f"CREATE DATABASE … TEMPLATE {source} is impossible while {len(sessions)} other session(s) are connected "
        f"to it ({apps}); copied with pg_dump | pg_restore instead"
    )


def _dump_restore(admin: Any, url: DatabaseUrl, source: str, info: CopyInfo, progress: Progress) -> None:
    from psycopg import sql

    encoding, collate, ctype = admin.execute(
        "SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database WHERE datname = %s", (source,)
    ).fetchone()
    admin.execute(
        sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING {} LC_COLLATE {} LC_CTYPE {}").format(
            sql.Identifier(info.name), sql.Literal(encoding), sql.Literal(collate), sql.Literal(ctype)
        )
    )
    total = int(admin.execute("SELECT pg_database_size(%s)", (source,)).fetchone()[0])
    progress.start("copying with pg_dump | pg_restore", total)
    with tempfile.TemporaryFile() as dump_err, tempfile.TemporaryFile() as restore_err:
        try:
            dump = subprocess.Popen(
                ["pg_dump", "--format=custom", "--no-password", f"--dbname={with_database(url.raw, source)}"],
                stdout=subprocess.PIPE, stderr=dump_err,
            )
            restore = subprocess.Popen(
                ["pg_restore", "--no-password", "--exit-on-error", f"--dbname={info.url}"],
                stdin=dump.stdout, stdout=subprocess.DEVNULL, stderr=restore_err,
            )
        except FileNotFoundError as exc:
            raise RollbackError(
                f"cannot copy the target: {exc.filename} is not on PATH",
                hint="install the PostgreSQL client tools, or close the other sessions on the target so TEMPLATE works",
            ) from None
        assert dump.stdout is not None
        dump.stdout.close()  # pg_restore holds the pipe; pg_dump gets SIGPIPE if it stops
        try:
            while restore.poll() is None:
                time.sleep(0.2)
                size = admin.execute("SELECT pg_database_size(%s)", (info.name,)).fetchone()[0]
                progress.update(min(int(size), total))
        except BaseException:
            for proc in (restore, dump):
                proc.kill()
                proc.wait()
            raise
        dump.wait()
        progress.finish()
        if dump.returncode or restore.returncode:
            messages = []
            for handle in (dump_err, restore_err):
                handle.seek(0)
                messages.append(handle.read().decode("utf-8", "replace").strip())
            text = mask_password(" ".join(m for m in messages if m))[:800]
            raise RollbackError(
                f"pg_dump | pg_restore failed (exit {dump.returncode}/{restore.returncode}): {text}",
                hint="the target was not changed; check the client tools' version against the server's",
            )

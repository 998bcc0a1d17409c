"""Opening a target: the dialect, the connection, the journal, and the run lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

from ..dialects import dialect_for
from ..dialects.base import Connection, Dialect
from ..errors import ConnectionFailed
from ..journal.store import Journal
from ..urls import DatabaseUrl


@dataclass
class Target:
    url: DatabaseUrl
    dialect: Dialect
    conn: Connection
    journal: Journal

    def begin_locked(self, wait_seconds: float) -> None:
        """Start a write transaction holding the run lock (see Dialect.begin_locked)."""
        self.dialect.begin_locked(self.conn, wait_seconds)

    def search_path(self) -> list[str]:
        if self.dialect.name != "postgresql":
            return []
        return [str(s) for s in (self.conn.scalar("SELECT current_schemas(false)") or [])]


OPEN_HOOKS: list[Callable[[Target], None]] = []
"""Called once per database (until forget_opened), right after its first target opens and before
any transaction (the CLI restores expired RLS break-glass sessions there). A hook must not raise."""
_hooked: set[str] = set()


def forget_opened() -> None:
    """Let the hooks run again for every database (the CLI calls it at the start of each command)."""
    _hooked.clear()


@contextmanager
def open_target(url: DatabaseUrl, *, missing: Literal["refuse", "create", "empty"] = "refuse") -> Iterator[Target]:
    """Connect to url. A database that connecting would create (an SQLite file that is not there) is
    refused (a typo in --db must not leave an empty file behind), created (apply), or read as an
    empty stand-in that leaves no file (a dry run of apply)."""
    dialect = dialect_for(url)
    why = None if missing == "create" else dialect.missing(url)
    if why and missing == "refuse":
        raise ConnectionFailed(why, hint="check the path; `rollback apply` creates a new database file"
                               + dialect.path_note(url))
    conn = dialect.connect_empty(url) if why else dialect.connect(url)
    try:
        target = Target(url, dialect, conn, Journal(dialect, conn))
        if OPEN_HOOKS and url.raw not in _hooked:
            _hooked.add(url.raw)
            for hook in OPEN_HOOKS:
                hook(target)
        yield target
    finally:
        try:
            if conn.in_transaction:
                conn.rollback()
        finally:
            conn.close()

"""Opening a target: the dialect, the connection, the journal, and the run lock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..dialects import dialect_for
from ..dialects.base import Connection, Dialect
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


@contextmanager
def open_target(url: DatabaseUrl) -> Iterator[Target]:
    dialect = dialect_for(url)
    conn = dialect.connect(url)
    try:
        yield Target(url, dialect, conn, Journal(dialect, conn))
    finally:
        try:
            if conn.in_transaction:
                conn.rollback()
        finally:
            conn.close()

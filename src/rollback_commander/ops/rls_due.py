"""The check every command makes when it first opens a database: has a break-glass session's time
run out? It is two catalog reads; the break-glass module (`ops.rls`) is only loaded when one has."""

from __future__ import annotations

from collections.abc import Callable

from ..engine.session import Target
from ..errors import RollbackError
from .store import table_exists


def expired_sessions(target: Target) -> list[int]:
    """The ids of the break-glass sessions due for restore (PostgreSQL only; none while the
    connection is inside a transaction). Leaves no transaction open."""
    if target.dialect.name != "postgresql" or target.conn.in_transaction:
        return []
    try:
        if not table_exists(target, "rls_breakglass"):
            return []
        rows = target.conn.query("SELECT id FROM rollback.rls_breakglass WHERE restored_at IS NULL AND expires_at <= now()")
        return [int(sid) for (sid,) in rows]
    finally:
        if target.conn.in_transaction:
            target.conn.rollback()


def restore_expired_hook(report: Callable[[str], None]) -> Callable[[Target], None]:
    """An open_target hook (engine.session.OPEN_HOOKS) that restores the expired break-glass
    sessions of each PostgreSQL database a command opens, and reports each with `report`."""

    def hook(target: Target) -> None:
        try:  # restore_expired reads rollback.toml only when a session is due
            due = expired_sessions(target)
            if not due:
                return
            from .rls import restore_expired

            lines = restore_expired(target, due=due)
        except RollbackError:  # a hook must not raise: the command itself reports its own errors
            return
        for line in lines:
            report(line)

    return hook

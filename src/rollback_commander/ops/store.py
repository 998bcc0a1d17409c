"""The ops tables next to the engine's journal, and the clock and time helpers they share.

The tables are created on first write with CREATE TABLE IF NOT EXISTS, inside the caller's
transaction, in the journal's namespace (PostgreSQL schema `rollback`, SQLite `_rollback_*`), so
they are never part of a fingerprint and a rehearsal copy carries them along.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from ..engine.session import Target
from ..errors import UsageError

_PG_DDL = {
    "tags": """CREATE TABLE IF NOT EXISTS rollback.tags (
        name text PRIMARY KEY,
        point_id bigint NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor text
    )""",
    "marks": """CREATE TABLE IF NOT EXISTS rollback.marks (
        id bigserial PRIMARY KEY,
        point_id bigint NOT NULL,
        status text NOT NULL,
        health integer,
        note text,
        at timestamptz NOT NULL DEFAULT now(),
        actor text
    )""",
    "rls_breakglass": """CREATE TABLE IF NOT EXISTS rollback.rls_breakglass (
        id bigserial PRIMARY KEY,
        tables text NOT NULL,
        reason text NOT NULL,
        actor text,
        started_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        restored_at timestamptz,
        restored_by text,
        restore_note text,
        saved text NOT NULL
    )""",
}

_SQLITE_NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
_SQLITE_DDL = {
    "tags": f"""CREATE TABLE IF NOT EXISTS _rollback_tags (
        name TEXT PRIMARY KEY,
        point_id INTEGER NOT NULL,
        at TEXT NOT NULL DEFAULT {_SQLITE_NOW},
        actor TEXT
    )""",
    "marks": f"""CREATE TABLE IF NOT EXISTS _rollback_marks (
        id INTEGER PRIMARY KEY,
        point_id INTEGER NOT NULL,
        status TEXT NOT NULL,
        health INTEGER,
        note TEXT,
        at TEXT NOT NULL DEFAULT {_SQLITE_NOW},
        actor TEXT
    )""",
}


_MYSQL_DDL = {
    "tags": """CREATE TABLE IF NOT EXISTS _rollback_tags (
        name VARCHAR(255) PRIMARY KEY,
        point_id BIGINT NOT NULL,
        at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
        actor TEXT
    ) ENGINE=InnoDB""",
    "marks": """CREATE TABLE IF NOT EXISTS _rollback_marks (
        id BIGINT AUTO_INCREMENT PRIMARY KEY,
        point_id BIGINT NOT NULL,
        status VARCHAR(16) NOT NULL,
        health INT,
        note TEXT,
        at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
        actor TEXT
    ) ENGINE=InnoDB""",
}
_DDL = {"postgresql": _PG_DDL, "sqlite": _SQLITE_DDL, "mysql": _MYSQL_DDL}


def ensure_table(target: Target, name: str) -> str:
    """Create the ops table `name` if it is missing (with the engine's journal); its quoted name."""
    ddl = _DDL.get(target.dialect.name, {}).get(name)
    if ddl is None:
        raise UsageError(f"{name}: not available on {target.dialect.name}")
    target.journal.ensure()
    target.conn.execute(ddl)
    return target.dialect.journal_table(name)


def table_exists(target: Target, name: str) -> bool:
    conn = target.conn
    if target.dialect.name == "postgresql":
        return conn.scalar("SELECT to_regclass(%s) IS NOT NULL", (f"rollback.{name}",)) is True
    if target.dialect.name == "mysql":
        return bool(conn.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                                "AND table_name = %s", (f"_rollback_{name}",)))
    return bool(conn.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (f"_rollback_{name}",)))


# -- time ---------------------------------------------------------------------------------------
def db_now(target: Target) -> datetime:
    """The database's clock (points and events are stamped with it), in UTC."""
    if target.dialect.name == "postgresql":
        value = target.conn.scalar("SELECT now()")
        return to_utc(value)
    if target.dialect.name == "mysql":
        return to_utc(target.conn.scalar("SELECT UTC_TIMESTAMP(6)"))
    return parse_stamp(str(target.conn.scalar("SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now')")))


def to_utc(value: object) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return parse_stamp(str(value))


def parse_stamp(text: str) -> datetime:
    """A journal timestamp (PostgreSQL `2026-11-21 10:00:00.1+00:00`, SQLite `2026-11-21T10:00:00.1Z`)."""
    value = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def iso(value: datetime | str | None) -> str | None:
    """UTC ISO 8601 with a Z, to the second: `2026-11-21T10:00:00Z`."""
    if value is None:
        return None
    stamp = to_utc(value)
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


_UNITS = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "d": 86400, "day": 86400, "days": 86400,
    "w": 604800, "week": 604800, "weeks": 604800,
}
_AGO = re.compile(r"^(?P<n>\d+(?:\.\d+)?|an?|one)\s*(?P<unit>[a-z]+)\s+ago$")
TIME_FORMS = ("2026-11-21T10:00Z", "2026-11-21 10:00 (UTC)", "2026-11-21", "1 hour ago", "90 minutes ago", "2d ago", "yesterday")


def parse_time(text: str, now: datetime) -> datetime | None:
    """A point in time: ISO 8601 (a time without an offset is UTC), or relative to `now`
    (`1 hour ago`, `15m ago`, `yesterday`). None when the text is not a time."""
    value = text.strip().lower()
    if value == "now":
        return now
    if value == "yesterday":
        return now - timedelta(days=1)
    if match := _AGO.match(value):
        n, unit = match["n"], match["unit"]
        if unit not in _UNITS:
            return None
        amount = 1.0 if n in ("a", "an", "one") else float(n)
        return now - timedelta(seconds=amount * _UNITS[unit])
    if not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return parse_stamp(text.strip().upper())
    except ValueError:
        return None

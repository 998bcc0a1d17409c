"""The journal: the tool's own tables inside the target database.

Points (one per applied migration, plus `base`), captures (where a point's data was kept), and an
event log (apply, fail, rollback, adopt, ...). Written in the same transaction as the change wherever
the engine allows it.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass, field
from typing import Any

from ..dialects.base import Connection, Dialect
from ..model.schema import FINGERPRINT_REV, SchemaModel


def actor() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # pragma: no cover - no user database in some containers
        user = os.environ.get("USER", "unknown")
    return f"{user}@{socket.gethostname()}"


@dataclass
class Point:
    id: int
    migration: str
    kind: str
    checksum: str | None
    applied_at: str
    applied_by: str | None
    active: bool
    reversible: bool
    fingerprint_before: str | None
    fingerprint_after: str | None
    info: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "migration": self.migration,
            "kind": self.kind,
            "checksum": self.checksum,
            "applied_at": self.applied_at,
            "applied_by": self.applied_by,
            "active": self.active,
            "reversible": self.reversible,
            "fingerprint": self.fingerprint_after,
            "phase": self.info.get("phase"),
            "captures": len(self.info.get("captures", [])),
            "capture_rows": sum(int(c.get("rows") or 0) for c in self.info.get("captures", [])),
            "capture_bytes": sum(int(c.get("bytes") or 0) for c in self.info.get("captures", [])),
            "pruned": bool(self.info.get("pruned")),
            "warnings": self.info.get("warnings", []),
        }

    def matches(self, model: SchemaModel) -> bool:
        """Whether `model` is the schema recorded at this point, compared as fingerprints were
        computed when the point was recorded (older points: without what was modelled since)."""
        return model.fingerprint(int(self.info.get("fingerprint_rev", 1))) == self.fingerprint_after


@dataclass
class Capture:
    table: str
    capture_table: str
    kind: str
    rows: int | None
    checksum_after: str | None = None


_POINT_COLS = (
    "id, migration, kind, checksum, applied_at, applied_by, active, reversible, "
    "fingerprint_before, fingerprint_after, info"
)


class Journal:
    def __init__(self, dialect: Dialect, conn: Connection):
        self.dialect = dialect
        self.conn = conn
        self.points_t = dialect.journal_table("points")
        self.captures_t = dialect.journal_table("captures")
        self.events_t = dialect.journal_table("events")

    # -- set-up -------------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.dialect.journal_exists(self.conn)

    def ensure(self) -> None:
        for ddl in self.dialect.journal_ddl():
            self.conn.execute(ddl)

    # -- points -------------------------------------------------------------------------------
    def points(self, active_only: bool = False) -> list[Point]:
        if not self.exists():
            return []
        where = " WHERE active = ?" if active_only else ""
        params: tuple[Any, ...] = (True,) if active_only else ()
        rows = self.conn.query(self.conn.q(f"SELECT {_POINT_COLS} FROM {self.points_t}{where} ORDER BY id"), params)
        return [_point(r) for r in rows]

    def active(self) -> list[Point]:
        return self.points(active_only=True)

    def model(self, point_id: int, which: str = "after") -> SchemaModel:
        column = "model_after" if which == "after" else "model_before"
        text = self.conn.scalar(self.conn.q(f"SELECT {column} FROM {self.points_t} WHERE id = ?"), (point_id,))
        return SchemaModel.from_json(str(text))

    def reverse_sql(self, point_id: int) -> str:
        return str(self.conn.scalar(self.conn.q(f"SELECT reverse_sql FROM {self.points_t} WHERE id = ?"), (point_id,)) or "")

    def add_point(
        self,
        *,
        migration: str,
        kind: str,
        checksum: str | None,
        model_before: SchemaModel | None,
        model_after: SchemaModel,
        reverse_sql: str,
        reversible: bool,
        info: dict[str, Any],
    ) -> int:
        values = (
            migration,
            kind,
            checksum,
            actor(),
            True,
            reversible,
            model_before.fingerprint() if model_before else None,
            model_after.fingerprint(),
            model_before.to_json() if model_before else None,
            model_after.to_json(),
            reverse_sql,
            json.dumps({**info, "fingerprint_rev": FINGERPRINT_REV}, default=str),
        )
        sql = (
            f"INSERT INTO {self.points_t} (migration, kind, checksum, applied_by, active, reversible, "
            "fingerprint_before, fingerprint_after, model_before, model_after, reverse_sql, info) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        self.conn.execute(self.conn.q(sql), values)
        return int(self.conn.scalar(f"SELECT max(id) FROM {self.points_t}"))

    def next_point_id(self) -> int:
        return int(self.conn.scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {self.points_t}"))

    def deactivate(self, point_id: int) -> None:
        self.conn.execute(self.conn.q(f"UPDATE {self.points_t} SET active = ? WHERE id = ?"), (False, point_id))

    # -- captures -----------------------------------------------------------------------------
    def add_capture(self, point_id: int, cap: Capture) -> None:
        rows = self.dialect.quote("rows")  # a reserved word on MariaDB
        sql = (
            f"INSERT INTO {self.captures_t} (point_id, table_name, capture_table, kind, {rows}, checksum_after) "
            "VALUES (?, ?, ?, ?, ?, ?)"
        )
        self.conn.execute(self.conn.q(sql), (point_id, cap.table, cap.capture_table, cap.kind, cap.rows, cap.checksum_after))

    # -- events -------------------------------------------------------------------------------
    def event(self, kind: str, *, migration: str | None = None, point_id: int | None = None, detail: dict[str, Any] | None = None) -> None:
        sql = f"INSERT INTO {self.events_t} (kind, migration, point_id, actor, detail) VALUES (?, ?, ?, ?, ?)"
        self.conn.execute(self.conn.q(sql), (kind, migration, point_id, actor(), json.dumps(detail or {}, default=str)))

    def events(self, limit: int | None = None) -> list[dict[str, Any]]:
        if not self.exists():
            return []
        lim = f" LIMIT {int(limit)}" if limit else ""
        rows = self.conn.query(f"SELECT id, at, kind, migration, point_id, actor, detail FROM {self.events_t} ORDER BY id DESC{lim}")
        out = []
        for r in reversed(rows):
            out.append(
                {
                    "id": r[0],
                    "at": str(r[1]),
                    "kind": r[2],
                    "migration": r[3],
                    "point_id": r[4],
                    "actor": r[5],
                    "detail": json.loads(r[6]) if r[6] else {},
                }
            )
        return out


def _point(r: tuple[Any, ...]) -> Point:
    return Point(
        id=int(r[0]),
        migration=str(r[1]),
        kind=str(r[2]),
        checksum=r[3],
        applied_at=str(r[4]),
        applied_by=r[5],
        active=bool(r[6]),
        reversible=bool(r[7]),
        fingerprint_before=r[8],
        fingerprint_after=r[9],
        info=json.loads(r[10]) if r[10] else {},
    )

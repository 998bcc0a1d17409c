"""Tags and health marks on rollback points.

- `rollback tag NAME`: a version name on the current point (or `--at TARGET`); a point's version is
  its newest tag.
- `rollback mark TARGET --stable|--bad [--health 0-100] [--note ...]`: the newest mark of a point
  decides its status. Its health score is the mark's `--health`, else 100 for stable and 0 for bad;
  a point never marked has no score (null). `last_stable` is the newest active point whose status
  is stable; a point marked bad is never recommended as a rollback target.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..engine.session import Target
from ..errors import UsageError
from ..journal.store import actor
from .store import ensure_table, iso, table_exists

STATUSES = ("stable", "bad")


@dataclass
class Annotation:
    """What tags and marks say about one point."""

    point_id: int
    tags: list[str] = field(default_factory=list)
    """Oldest first; the newest is the point's version."""
    status: str | None = None
    health: int | None = None
    note: str | None = None
    marked_at: str | None = None
    marked_by: str | None = None

    @property
    def version(self) -> str | None:
        return self.tags[-1] if self.tags else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "point_id": self.point_id,
            "version": self.version,
            "tags": self.tags,
            "status": self.status,
            "health_score": self.health,
            "note": self.note,
            "marked_at": self.marked_at,
            "marked_by": self.marked_by,
        }


def point_notes(target: Target) -> dict[int, Annotation]:
    """Tags and the newest mark of every point that has any (read-only; nothing is created)."""
    out: dict[int, Annotation] = {}
    conn = target.conn
    if table_exists(target, "tags"):
        rows = conn.query(f"SELECT point_id, name FROM {target.dialect.journal_table('tags')} ORDER BY at, name")
        for point_id, name in rows:
            out.setdefault(int(point_id), Annotation(int(point_id))).tags.append(str(name))
    if table_exists(target, "marks"):
        rows = conn.query(
            f"SELECT point_id, status, health, note, at, actor FROM {target.dialect.journal_table('marks')} ORDER BY id"
        )
        for point_id, status, health, note, at, by in rows:
            a = out.setdefault(int(point_id), Annotation(int(point_id)))
            a.status = str(status)
            a.health = int(health) if health is not None else (100 if status == "stable" else 0)
            a.note = note
            a.marked_at = iso(at)
            a.marked_by = by
    return out


def tags(target: Target) -> dict[str, int]:
    """Tag name -> point id."""
    if not table_exists(target, "tags"):
        return {}
    rows = target.conn.query(f"SELECT name, point_id FROM {target.dialect.journal_table('tags')}")
    return {str(r[0]): int(r[1]) for r in rows}


def add_tag(target: Target, name: str, point_id: int, *, move: bool, lock_timeout: float,
            dry_run: bool = False) -> dict[str, Any]:
    """Tag a point in one locked transaction (with a `tag` event); a name already used elsewhere
    is refused unless `move`. `dry_run`: the same checks, read only; nothing is written (the result
    says `"dry_run": true`)."""
    from .targets import reserved_reason

    name = name.strip()
    if why := reserved_reason(target, name):
        raise UsageError(f"cannot use {name!r} as a tag: {why}", hint="pick a version-like name such as v1.4.2 or release-2026-11-21")
    point = next(p for p in target.journal.points() if p.id == point_id)
    if dry_run:
        moved_from = _moved_from(name, tags(target).get(name), point_id, move)
        return {"tag": name, "point_id": point_id, "migration": point.migration, "moved_from": moved_from, "dry_run": True}
    conn, t = target.conn, target.dialect.journal_table("tags")
    target.begin_locked(lock_timeout)
    try:
        ensure_table(target, "tags")
        existing = conn.scalar(conn.q(f"SELECT point_id FROM {t} WHERE name = ?"), (name,))
        moved_from = _moved_from(name, None if existing is None else int(existing), point_id, move)
        conn.execute(conn.q(f"DELETE FROM {t} WHERE name = ?"), (name,))
        conn.execute(conn.q(f"INSERT INTO {t} (name, point_id, actor) VALUES (?, ?, ?)"), (name, point_id, actor()))
        target.journal.event("tag", migration=point.migration, point_id=point_id, detail={"tag": name, "moved_from": moved_from})
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return {"tag": name, "point_id": point_id, "migration": point.migration, "moved_from": moved_from}


def _moved_from(name: str, existing: int | None, point_id: int, move: bool) -> int | None:
    """The point a tag moves from (None when it is new or already there); refused without `move`."""
    if existing is None or existing == point_id:
        return None
    if not move:
        raise UsageError(f"tag {name!r} is already on point #{existing}",
                         hint="pass --move to move it to this point, or choose another name")
    return existing


def add_mark(
    target: Target, point_id: int, status: str, *, health: int | None, note: str | None, lock_timeout: float,
    dry_run: bool = False,
) -> dict[str, Any]:
    """Mark a point in one locked transaction (with a `mark` event). `dry_run`: checked, not written."""
    if status not in STATUSES:
        raise UsageError(f"unknown mark {status!r}", hint="use --stable or --bad")
    if health is not None and not 0 <= health <= 100:
        raise UsageError(f"--health {health}: out of range", hint="a health score is 0 to 100")
    if dry_run:
        point = next(p for p in target.journal.points() if p.id == point_id)
        score = health if health is not None else (100 if status == "stable" else 0)
        return {"point_id": point_id, "migration": point.migration, "status": status, "health_score": score,
                "note": note, "dry_run": True}
    conn, t = target.conn, target.dialect.journal_table("marks")
    target.begin_locked(lock_timeout)
    try:
        ensure_table(target, "marks")
        conn.execute(
            conn.q(f"INSERT INTO {t} (point_id, status, health, note, actor) VALUES (?, ?, ?, ?, ?)"),
            (point_id, status, health, note, actor()),
        )
        point = next(p for p in target.journal.points() if p.id == point_id)
        score = health if health is not None else (100 if status == "stable" else 0)
        target.journal.event("mark", migration=point.migration, point_id=point_id,
                             detail={"status": status, "health": score, "note": note})
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return {"point_id": point_id, "migration": point.migration, "status": status, "health_score": score, "note": note}

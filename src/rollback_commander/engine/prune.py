"""Pruning: drop old captures and quarantined objects for good. The points behind them become
irreversible: their reverse keeps only the schema part, and rolling back past them needs
--allow-irreversible."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ..errors import UsageError
from ..journal.store import Point
from .capture import RENAMED_TABLE, RENAMES, CaptureRecord
from .session import Target

_AGE = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_age(text: str) -> timedelta:
    m = _AGE.match(text)
    if not m:
        raise UsageError(f"--older-than {text!r} is not an age", hint="use a number and a unit: 90s, 30m, 12h, 7d, 2w")
    try:
        return timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})
    except OverflowError:  # more days than a date can count back (timedelta's limit: 999999999)
        raise UsageError(f"--older-than {text!r} is too long an age", hint="use at most 999999999d") from None


@dataclass
class PruneResult:
    dry_run: bool
    points: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "points": self.points,
            "captures_dropped": sum(len(p["captures"]) for p in self.points),
            "bytes_freed": sum(int(c.get("bytes") or 0) for p in self.points for c in p["captures"]),
        }


def _applied_at(p: Point) -> datetime:
    text = p.applied_at.replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return datetime.now(UTC)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def select_points(points: list[Point], keep: int | None, older_than: timedelta | None) -> list[Point]:
    """Points whose captures go: beyond the newest `keep` active points, and/or older than the age.
    Rolled-back points' captures (kept for verify) go by age, or with --keep."""
    if keep is None and older_than is None:
        raise UsageError("say what to prune", hint="pass --keep N (keep the newest N points' captures) and/or --older-than 7d")
    now = datetime.now(UTC)
    active = [p for p in points if p.active and p.kind == "migration"]
    kept_ids = {p.id for p in active[len(active) - keep :]} if keep else set()
    out = []
    for p in points:
        if p.kind != "migration" or all(c.get("kind") in (RENAMES, RENAMED_TABLE) for c in p.info.get("captures", [])):
            continue  # nothing kept (renames take no space and keep the point reversible)
        if p.active and keep is not None and p.id in kept_ids:
            continue
        if older_than is not None and now - _applied_at(p) < older_than:
            continue
        out.append(p)
    return out


def prune(target: Target, keep: int | None, older_than: timedelta | None, *, dry_run: bool = False, lock_timeout: float = 10.0) -> PruneResult:
    d, conn, journal = target.dialect, target.conn, target.journal
    result = PruneResult(dry_run=dry_run)
    chosen = select_points(journal.points(), keep, older_than)
    for p in chosen:
        result.points.append({"point_id": p.id, "migration": p.migration, "active": p.active, "captures": p.info.get("captures", [])})
    if dry_run or not chosen:
        return result
    target.begin_locked(lock_timeout)
    try:
        for p in chosen:
            # only what is still set aside (a rolled-back point's quarantines went back already)
            for rec in d.settle_quarantine(conn, [CaptureRecord.from_dict(c) for c in p.info.get("captures", [])]):
                for sql in d.drop_capture_sql(rec):
                    conn.execute(sql)
            info = dict(p.info)
            info["pruned"] = True
            info["pruned_captures"] = info.pop("captures", [])
            if p.active:
                before, after = journal.model(p.id, "before"), journal.model(p.id, "after")
                plan = d.plan_reverse(after, before, set())
                info["reverse"] = [*plan.pre, *plan.post]
                info["warnings"] = [*info.get("warnings", []), "captures pruned: rolling back restores the schema only"]
            conn.execute(
                conn.q(f"UPDATE {journal.points_t} SET reversible = ?, info = ? WHERE id = ?"),
                (not p.active and p.reversible, json.dumps(info, default=str), p.id),
            )
            journal.event("prune", migration=p.migration, point_id=p.id, detail={"captures": len(p.info.get("captures", []))})
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return result

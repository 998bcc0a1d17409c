"""Rollback targets in every form people reach for under pressure.

    base | #<point id> | <migration id> | previous | last_stable | phase:N | <tag> | <time>

- `previous`: the point before the current one.
- `last_stable`: the newest active point marked stable (`rollback mark X --stable`).
- `phase:N`: the point before phase N's first migration (rolling back to it reverts the phase and
  everything applied after it).
- a tag from `rollback tag NAME`.
- a time, `2026-11-21T10:00Z` (no offset: UTC) or `1 hour ago` (by the database's clock): the
  newest point applied at or before it.

Forms are tried in that order, so a migration id always wins over a tag of the same name (and
`rollback tag` refuses such names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..engine.history import refuse_history
from ..engine.rollback import resolve_target
from ..engine.session import Target
from ..errors import UnknownTarget
from ..journal.store import Point
from .marks import Annotation, point_notes, tags
from .store import TIME_FORMS, db_now, parse_stamp, parse_time

KEYWORDS = ("base", "previous", "last_stable", "current")
PHASE = re.compile(r"^phase[:=\s-]?(\d+)$", re.IGNORECASE)
FORMS_HINT = (
    "a target is base, previous, last_stable, phase:N, #<point id>, a migration id, a tag, or a time "
    "(" + ", ".join(TIME_FORMS[:2]) + ", " + TIME_FORMS[3] + ")"
)


@dataclass
class Resolved:
    point: Point
    how: str
    """How the spec was read: `migration id`, `tag v1.2`, `time 2026-...`, ..."""


def spec_for(point: Point, active: list[Point]) -> str:
    """The shortest form of a point `rollback to` accepts: base, its migration id, or #id."""
    if point.kind == "base":
        return "base"
    same = [p for p in active if p.migration == point.migration]
    return point.migration if same and same[-1].id == point.id else f"#{point.id}"


def reserved_reason(target: Target, name: str) -> str | None:
    """Why `name` cannot be a tag (it would read as another target form), or None."""
    if not name:
        return "empty"
    if name.lower() in KEYWORDS:
        return "a keyword target"
    if name.startswith("#") or PHASE.match(name):
        return "reads as a point id or a phase"
    if any(p.migration == name for p in target.journal.points()):
        return "a migration id"
    if parse_time(name, db_now(target)) is not None:
        return "reads as a time"
    return None


def resolve(target: Target, spec: str, notes: dict[int, Annotation] | None = None) -> Resolved:
    points = target.journal.points()  # read once; every form below uses it
    active = [p for p in points if p.active]
    if not active:
        raise UnknownTarget("this database has no rollback points yet", hint="run `rollback apply` first")
    spec = spec.strip()
    low = spec.lower()
    if low == "current":
        return Resolved(active[-1], "the current point")
    if low == "previous":
        if len(active) < 2:
            raise UnknownTarget("there is no previous point: the database is at its base point")
        return Resolved(active[-2], "the point before the current one")
    if low == "last_stable":
        notes = point_notes(target) if notes is None else notes
        stable = [p for p in active if (a := notes.get(p.id)) is not None and a.status == "stable"]
        if not stable:
            raise UnknownTarget(
                "no point is marked stable", hint="mark a known-good point: rollback mark <migration> --stable"
            )
        return Resolved(stable[-1], "the newest point marked stable")
    if match := PHASE.match(spec):
        phase = int(match.group(1))
        for i, p in enumerate(active):
            if p.kind == "migration" and p.info.get("phase") == phase:
                return Resolved(active[i - 1], f"the point before phase {phase}'s first migration ({p.migration})")
        phases = sorted({int(p.info["phase"]) for p in active if p.info.get("phase") is not None})
        raise UnknownTarget(
            f"no applied migration belongs to phase {phase}",
            hint="applied phases: " + (", ".join(map(str, phases)) if phases else "none (no phase-N folders or headers)"),
        )
    if low == "base" or spec.startswith("#") or any(p.migration == spec for p in active):
        try:
            return Resolved(resolve_target(active, spec), "base" if low == "base" else
                            ("a point id" if spec.startswith("#") else "a migration id"))
        except UnknownTarget:
            if spec.startswith("#"):
                refuse_history([p for p in points if f"#{p.id}" == spec], spec)
                raise UnknownTarget(f"point {spec} never existed", hint="see `rollback points`") from None
            raise
    refuse_history([p for p in points if p.migration == spec and not p.active], spec)
    tagged = tags(target)
    if spec in tagged:
        pid = tagged[spec]
        for p in active:
            if p.id == pid:
                return Resolved(p, f"tag {spec}")
        refuse_history([p for p in points if p.id == pid], f"tag {spec}")
        raise UnknownTarget(f"tag {spec!r} is on point #{pid}, which no longer exists", hint="see `rollback points`")
    now = db_now(target)
    when = parse_time(spec, now)
    if when is not None:
        before = [p for p in active if parse_stamp(p.applied_at) <= when]
        if not before:
            raise UnknownTarget(f"no rollback point at or before {when.isoformat()}",
                                hint=f"the oldest point, base, was recorded at {active[0].applied_at}")
        return Resolved(before[-1], f"the newest point at or before {when.strftime('%Y-%m-%dT%H:%M:%SZ')}")
    names = ", ".join(p.migration for p in active[-8:])
    raise UnknownTarget(f"unknown rollback target {spec!r}", hint=f"{FORMS_HINT}; applied: {names}")


def engine_spec(target: Target, spec: str) -> str:
    """Any TARGET form as one the engine's resolve_target accepts (`#<point id>`), so `rollback to`
    and `rollback sql` can take tags, times, previous, last_stable and phase:N."""
    return f"#{resolve(target, spec).point.id}"

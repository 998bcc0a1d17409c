"""Points that are only history (rolled back or undone): neither a rollback target nor something
to undo again. Kept apart from the engines so that resolving a target imports neither."""

from __future__ import annotations

from ..errors import Refused
from ..journal.store import Point

UNDO_KIND = "undo"
"""The kind of the points `rollback undo` records (engine/undo.py)."""


def history_state(p: Point) -> str:
    """How an inactive point left the active history, for messages."""
    by = p.info.get("undone_by")
    return f"point #{p.id} was undone (undo point #{by})" if by else f"point #{p.id} was rolled back"


def refuse_history(found: list[Point], what: str) -> None:
    """A point that is only history (rolled back or undone) is neither a rollback target nor
    something to undo again: going there would roll a rollback back. `found`: the points `what`
    names, oldest first; only the newest counts. The way forward is `rollback apply`."""
    if not found or found[-1].active:
        return
    p = found[-1]
    raise Refused(
        f"{what} is not an active point: {history_state(p)}",
        hint=f"a rollback is not rolled back: the way forward is `rollback apply` (it applies {p.migration} again); "
        "see `rollback points`",
        details={"point_id": p.id, "migration": p.migration, "undone_by": p.info.get("undone_by")},
    )


def crossing_undo(active: list[Point], to: Point) -> Point | None:
    """The active undo point that `rollback to` would have to pass to reach `to` while `to` still
    contains a migration it undid (None when there is none): `rollback to` may pass an undo point only
    towards a point older than every migration it undid."""
    for p in active:
        undone = [int(i) for i in p.info.get("undone_points", [])] if p.kind == UNDO_KIND else []
        if p.id > to.id and undone and to.id >= min(undone):
            return p
    return None


def refuse_crossing_undo(active: list[Point], to: Point) -> None:
    """Refuse a rollback to `to` that would roll an undo back (see `crossing_undo`)."""
    p = crossing_undo(active, to)
    if p is None:
        return
    names = ", ".join(p.info.get("undone", []))
    raise Refused(
        f"point #{to.id} ({to.migration}) is older than undo point #{p.id} but newer than what it undid "
        f"({names}): rolling back there would roll the undo back",
        hint=f"a rollback is not rolled back: the way forward is `rollback apply` (it applies {names} again); "
        f"`rollback to` can go to #{p.id} or later, or to a point before {names}",
        details={"undo_point": p.id, "undone": p.info.get("undone", [])},
    )

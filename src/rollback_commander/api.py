"""The public library surface: the same verbs as the command line.

    from rollback_commander import api
    api.apply("sqlite:///app.db", "migrations/")
    api.rollback_to("sqlite:///app.db", "base")
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .config import load_settings, resolve_database, resolve_migrations
from .engine.rollback import RollbackPlan, RollbackResult, plan_rollback, resolve_target, sql_for
from .engine.rollback import rollback_to as _rollback_to
from .engine.session import Target, open_target

if TYPE_CHECKING:
    from .engine.apply import ApplyResult, Progress
    from .engine.prune import PruneResult
    from .engine.undo import UndoResult
    from .model.migration import Migration

#: Names this module offers that live in modules loaded on first use (apply, undo and prune are
#: imported only by the commands that need them, to keep the command line's start short).
_LAZY = {
    "ApplyOptions": "engine.apply", "ApplyResult": "engine.apply", "Progress": "engine.apply",
    "PruneResult": "engine.prune", "UndoResult": "engine.undo", "Migration": "model.migration",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f"{__package__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def migrations(folder: str, dialect: str | None = None) -> list[Migration]:
    """The migrations of `folder` in apply order; `dialect` (`sqlite`, `postgresql`, `mysql`) picks a
    popx folder's files for that database."""
    from .model.migration import discover

    return discover(folder, dialect)


def apply(
    db: str | None,
    folder: str | None,
    *,
    to: str | None = None,
    dry_run: bool = False,
    allow_irreversible: bool = False,
    prove: bool = True,
    lock_timeout: float | None = None,
    progress: Progress | None = None,
    placeholders: Mapping[str, str] | None = None,
) -> ApplyResult:
    """`placeholders`: values for the migrations' `${name}`, over those of rollback.toml."""
    from .engine.apply import ApplyOptions, apply_migrations
    from .model.migration import discover, with_placeholders

    settings = load_settings()
    url = resolve_database(db, settings)
    found = with_placeholders(discover(resolve_migrations(folder, settings), url.dialect),
                              {**settings.placeholders, **(placeholders or {})})
    options = ApplyOptions(
        to=to,
        dry_run=dry_run,
        allow_irreversible=allow_irreversible,
        prove=prove,
        lock_timeout=settings.lock_timeout if lock_timeout is None else lock_timeout,
    )
    with open_target(url, missing="empty" if dry_run else "create") as target:
        return apply_migrations(target, found, options, progress)


def points(db: str | None) -> list[dict[str, Any]]:
    from .ops.marks import point_notes

    with open_target(resolve_database(db)) as target:
        notes = point_notes(target)
        out = []
        for p in target.journal.points():
            n = notes.get(p.id)
            out.append({**p.to_dict(), "version": n.version if n else None, "tags": n.tags if n else [],
                        "status": n.status if n else None, "health_score": n.health if n else None,
                        "git_hash": p.info.get("git_hash"), "undone_by": p.info.get("undone_by"),
                        "undone": p.info.get("undone")})
        return out


def _engine_target(target: Target, to: str) -> str:
    """TARGET as the engine reads it: tags, times, previous, last_stable and phase:N become #<point id>."""
    from .errors import UnknownTarget
    from .ops.targets import engine_spec

    try:
        resolve_target(target.journal.active(), to)
        return to
    except UnknownTarget:
        return engine_spec(target, to)


def reverse_sql(db: str | None, to: str | None = None) -> str:
    with open_target(resolve_database(db)) as target:
        return sql_for(target, None if to is None else _engine_target(target, to))


def plan(db: str | None, to: str) -> RollbackPlan:
    with open_target(resolve_database(db)) as target:
        return plan_rollback(target, _engine_target(target, to))


def rollback_to(
    db: str | None,
    to: str,
    *,
    dry_run: bool = False,
    allow_irreversible: bool = False,
    on_conflict: str = "fail",
    lock_timeout: float | None = None,
) -> RollbackResult:
    settings = load_settings()
    with open_target(resolve_database(db, settings)) as target:
        result = _rollback_to(
            target,
            _engine_target(target, to),
            dry_run=dry_run,
            allow_irreversible=allow_irreversible,
            on_conflict=on_conflict,
            lock_timeout=settings.lock_timeout if lock_timeout is None else lock_timeout,
        )
        if dry_run and result.plan.steps:
            from .ops.plan import preview

            seen = preview(target, result.plan.target_point, on_conflict)
            result.conflicts, result.filled = seen["conflicts"], seen["filled"]
            result.refusals, result.problems = seen["refusals"], seen["problems"]
        return result


def undo(
    db: str | None,
    spec: str,
    *,
    with_dependents: bool = False,
    dry_run: bool = False,
    on_conflict: str = "fail",
    allow_irreversible: bool = False,
    lock_timeout: float | None = None,
) -> UndoResult:
    """Reverse one migration (ID) or every migration of a phase (phase:N) in the middle of the
    history, when no later migration depends on it (or with them, newest first: with_dependents)."""
    from .engine.undo import undo as _undo

    settings = load_settings()
    with open_target(resolve_database(db, settings)) as target:
        return _undo(
            target, spec, with_dependents=with_dependents, dry_run=dry_run, on_conflict=on_conflict,
            allow_irreversible=allow_irreversible,
            lock_timeout=settings.lock_timeout if lock_timeout is None else lock_timeout,
        )


def prune(
    db: str | None, *, keep: int | None = None, older_than: str | None = None, dry_run: bool = False
) -> PruneResult:
    """Drop old captures and quarantined objects for good; their points become irreversible."""
    from .engine.prune import parse_age
    from .engine.prune import prune as _prune

    age = parse_age(older_than) if older_than else None
    with open_target(resolve_database(db)) as target:
        return _prune(target, keep, age, dry_run=dry_run)


def log(db: str | None, limit: int | None = None) -> list[dict[str, Any]]:
    with open_target(resolve_database(db)) as target:
        return target.journal.events(limit)


def fingerprint(db: str | None) -> dict[str, Any]:
    """The schema fingerprint and per-table data checksums of the database as it is now."""
    with open_target(resolve_database(db)) as target:
        model = target.dialect.introspect(target.conn)
        return {
            "fingerprint": model.fingerprint(),
            "tables": {name: target.dialect.table_checksum(target.conn, t) for name, t in sorted(model.tables.items())},
        }

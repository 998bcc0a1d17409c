"""`rollback undo ID|phase:N`: reverse one migration (or a phase) in the middle of the history,
when no later migration depends on its objects (ops/deps.py decides that).

Why not run the point's stored reverse: it was written against the schema right after the
migration. When later migrations changed the same tables (a column added to a table the undone
migration also altered, say), that script would take their changes back too, or fail. Instead,
for each chosen point, newest first, inside one transaction that holds the run lock:

1. the goal model = the live model with only that point's changes reversed (`reversed_model`):
   every table column, table option and object the migration created, changed or dropped goes back
   to how it was before it, everything else stays as it is now. An item that is no longer as the
   migration left it (changed since by hand or by something the dependency map does not see) is
   refused, naming it: the goal would be a guess;
2. the reverse = engine/reverse.py's `build_reverse` from the live model to that goal, with the
   point's captures (quarantined tables and columns put back, copied or row-captured data restored);
   sequences are left where they are (later rows use their values);
3. run it, then prove it: the schema fingerprint must equal the goal's, and each captured table
   whose checksum the point recorded must hold the same rows as before the migration (unless
   `--on-conflict keep-current` kept rows changed since, or it keeps rows inserted since into a
   table whose quarantined columns come back: `filled`).

Then the undone points are deactivated (so `rollback apply` applies those migrations again) and
marked `undone_by`, and a point of kind `undo` records the state after it: `rollback verify`
compares with it, and `rollback to` may pass it only towards a point older than everything it
undid (`crossing_undo`): going back to a state that contained an undone migration would be
rolling the undo back, and the way forward there is `rollback apply`.

`--dry-run` runs all of it, proofs included, and rolls the transaction back. Engines without
transactional DDL (MySQL, MariaDB) are refused: an undo that fails half-way there could not be
taken back as a whole.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from ..errors import Refused, UnknownTarget, UsageError
from ..journal.store import Point
from ..model.schema import Column, SchemaModel, Table, _obj_canonical
from .capture import CaptureRecord
from .history import UNDO_KIND, refuse_history
from .reverse import build_reverse
from .rollback import orphan_guard, prepare_reverse, run_reverse
from .session import Target
from .steps import _save

KIND = UNDO_KIND


@dataclass
class UndoStep:
    point_id: int
    migration: str
    statements: list[str] = field(default_factory=list)
    restores: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    data_checked: list[str] = field(default_factory=list)
    filled: list[dict[str, Any]] = field(default_factory=list)
    """Rows inserted since the point that the restored columns fill with NULL or their default
    (engine.rollback.RollbackResult.filled)."""

    def to_dict(self) -> dict[str, Any]:
        return {"point_id": self.point_id, "migration": self.migration, "statements": self.statements,
                "restores": self.restores, "conflicts": self.conflicts, "data_checked": self.data_checked,
                "filled": self.filled}


@dataclass
class UndoResult:
    database: str
    spec: str
    dry_run: bool
    with_dependents: bool
    undo: list[str] = field(default_factory=list)
    """The migrations reversed, newest first."""
    dependents: list[str] = field(default_factory=list)
    steps: list[UndoStep] = field(default_factory=list)
    point_id: int | None = None
    fingerprint: str | None = None
    verified: bool = False
    seconds: float = 0.0
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "database": self.database, "spec": self.spec, "dry_run": self.dry_run,
            "with_dependents": self.with_dependents, "undo": self.undo, "dependents": self.dependents,
            "steps": [s.to_dict() for s in self.steps], "point_id": self.point_id, "fingerprint": self.fingerprint,
            "verified": self.verified, "seconds": round(self.seconds, 4), "note": self.note,
        }


# -- the goal model -----------------------------------------------------------------------------
class _Drift(Exception):
    """An item the undone migration changed is not as it left it."""


def _reversed_table(live: Table, before: Table, after: Table, name: str) -> Table:
    """The live table with only the columns, key and options the migration changed put back."""
    cols: list[Column] = list(live.columns)

    def index(col: str) -> int:
        return next((i for i, c in enumerate(cols) if c.name == col), -1)

    for c in after.columns:  # added by the migration: gone again
        if before.column(c.name) is None:
            i = index(c.name)
            if i < 0 or cols[i] != c:
                raise _Drift(f"column {name}.{c.name}")
            del cols[i]
    for c in before.columns:  # changed by the migration: as before
        a = after.column(c.name)
        if a is not None and a != c:
            i = index(c.name)
            if i < 0 or cols[i] != a:
                raise _Drift(f"column {name}.{c.name}")
            cols[i] = c
    for pos, c in enumerate(before.columns):  # dropped by the migration: back after its old neighbour
        if after.column(c.name) is None:
            if index(c.name) >= 0:
                raise _Drift(f"column {name}.{c.name}")
            prev = [index(b.name) for b in before.columns[:pos]]
            cols.insert(max([-1, *prev]) + 1, c)
    pk = live.primary_key
    if before.primary_key != after.primary_key:
        if live.primary_key != after.primary_key:
            raise _Drift(f"primary key of {name}")
        pk = before.primary_key
    extra = dict(live.extra)
    for key in set(before.extra) | set(after.extra):
        if before.extra.get(key) != after.extra.get(key):
            if live.extra.get(key) != after.extra.get(key):
                raise _Drift(f"table {name} ({key})")
            if key in before.extra:
                extra[key] = before.extra[key]
            else:
                extra.pop(key, None)
    return Table(live.name, cols, list(pk), extra)


def reversed_model(live: SchemaModel, before: SchemaModel, after: SchemaModel) -> tuple[SchemaModel, list[str]]:
    """The live model with one migration's changes (`before` -> `after`) reversed, and the items that
    are no longer as the migration left them (the goal is only sound when that list is empty)."""
    goal = SchemaModel(live.dialect, dict(live.tables), dict(live.objects))
    drift: list[str] = []
    for name in sorted(set(before.tables) | set(after.tables)):
        b, a, now = before.tables.get(name), after.tables.get(name), live.tables.get(name)
        if b == a:
            continue
        try:
            if a is None:  # dropped by the migration
                if now is not None:
                    raise _Drift(f"table {name}")
                assert b is not None
                goal.tables[name] = b
            elif b is None:  # created by the migration
                if now != a:
                    raise _Drift(f"table {name}")
                del goal.tables[name]
            else:
                if now is None:
                    raise _Drift(f"table {name}")
                goal.tables[name] = _reversed_table(now, b, a, name)
        except _Drift as exc:
            drift.append(str(exc))
    for key in sorted(set(before.objects) | set(after.objects)):
        ob, oa, now_obj = before.objects.get(key), after.objects.get(key), live.objects.get(key)
        canon = [None if o is None else _obj_canonical(o) for o in (ob, oa, now_obj)]
        if canon[0] == canon[1]:
            continue
        if canon[2] != canon[1]:
            drift.append(key)
        elif ob is None:
            del goal.objects[key]
        else:
            goal.objects[key] = ob
    return goal, drift


# -- undo ---------------------------------------------------------------------------------------
def undo(
    target: Target,
    spec: str,
    *,
    with_dependents: bool = False,
    dry_run: bool = False,
    on_conflict: str = "fail",
    allow_irreversible: bool = False,
    lock_timeout: float = 10.0,
) -> UndoResult:
    d, conn, journal = target.dialect, target.conn, target.journal
    refuse_untransactional(target)
    result = UndoResult(database=target.url.masked, spec=spec, dry_run=dry_run, with_dependents=with_dependents)
    started = time.perf_counter()
    target.begin_locked(lock_timeout)
    try:
        points = journal.points()  # read once, under the lock
        check = undo_plan(target, spec, with_dependents, points)
        result.dependents = check["dependents"]
        active = {p.migration: p for p in points if p.active and p.kind == "migration"}
        chosen = [active[name] for name in check["undo"]]
        irreversible = [p.migration for p in chosen if not p.reversible]
        if irreversible and not allow_irreversible:
            raise Refused(
                "undoing irreversible points: " + ", ".join(irreversible),
                hint="nothing was changed. Their captures were pruned or their reverse could not be proven; "
                "pass --allow-irreversible to restore what can be restored",
            )
        result.undo, result.note = check["undo"], check.get("note")
        live = model0 = d.introspect(conn)
        no_new_orphans = orphan_guard(target, chosen)
        for p in chosen:
            step, live = _undo_one(target, p, on_conflict, live)
            result.steps.append(step)
        no_new_orphans()
        result.fingerprint, result.verified = live.fingerprint(), True
        result.point_id = _record(target, spec, chosen, result, model0, live, on_conflict, started)
        if dry_run:
            conn.rollback()
        else:
            conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    result.seconds = time.perf_counter() - started
    return result


def refuse_untransactional(target: Target) -> None:
    """`rollback undo` runs only where DDL is transactional (PostgreSQL, SQLite)."""
    d = target.dialect
    if not d.transactional_ddl:
        raise UsageError(
            f"rollback undo is not available on {d.name}: its DDL is not transactional, so an undo that failed "
            "half-way could not be taken back as a whole",
            hint="nothing was changed. Use `rollback to` (step-wise and resumable there) to reverse the newest "
            "migrations, or `rollback deps --undo` to see what an undo would involve",
        )


def undo_plan(target: Target, spec: str, with_dependents: bool, points: list[Point] | None = None) -> dict[str, Any]:
    """What `rollback undo SPEC` would reverse (ops/deps.py's `undo_check` answer, "undo" newest
    first), or the refusal the undo itself gives: no transactional DDL, no points yet, SPEC only in
    the history, later migrations depending on it. Reads the journal in the caller's transaction
    (`points`: the journal's points when the caller has read them already); changes nothing."""
    from ..ops.deps import deps_map, undo_check

    refuse_untransactional(target)
    points = target.journal.points() if points is None else points
    active = [p for p in points if p.active]
    if not active:
        raise UnknownTarget("this database has no rollback points yet", hint="run `rollback apply` first")
    refuse_history([p for p in points if p.migration == spec and p.kind == "migration"], spec)
    check = undo_check(deps_map(target, active), spec, with_dependents)
    if not check["ok"]:
        raise Refused(
            f"cannot undo {spec} alone: later migrations depend on it: {', '.join(check['blocked_by'])}",
            hint="nothing was changed. Pass --with-dependents to undo them too (newest first); "
            "`rollback deps --undo` shows why",
            details={"dependents": check["blocked_by"], "via": check["via"]},
        )
    return check


def _undo_one(target: Target, p: Point, on_conflict: str, live: SchemaModel) -> tuple[UndoStep, SchemaModel]:
    """Undo point p on the `live` schema; returns the step and the schema after it."""
    d, conn, journal = target.dialect, target.conn, target.journal
    step = UndoStep(p.id, p.migration, restores=[{"table": c["table"], "kind": c["kind"], "rows": c.get("rows")}
                                                 for c in p.info.get("captures", [])])
    # restores that count their own conflicts are checked as they run (run_reverse), except with
    # restore-old, which restores the conflicting rows too: only the check up front sees them then
    step.conflicts, step.filled = prepare_reverse(target, p, on_conflict, counted=on_conflict == "restore-old")
    before, after = journal.model(p.id, "before"), journal.model(p.id, "after")
    goal, drift = reversed_model(live, before, after)
    if drift:
        raise Refused(
            f"cannot undo {p.migration}: what it changed is no longer as it left it: " + ", ".join(drift[:10]),
            hint="nothing was changed. Something changed those objects since (a later migration the dependency map "
            "does not see, or a change by hand; on SQLite, any later ALTER of a table it altered): use "
            "--with-dependents, or `rollback to` a point before it",
            details={"drift": drift},
        )
    records = [CaptureRecord.from_dict(c) for c in p.info.get("captures", [])]
    script = build_reverse(target, live, goal, records, [])
    step.conflicts += run_reverse(target, p, script.statements, script.counted, on_conflict)
    step.statements = script.statements
    d.reset_session(conn)
    now = d.introspect(conn)
    if now.fingerprint() != goal.fingerprint():
        raise Refused(
            f"undoing {p.migration} did not give the expected schema; nothing was changed",
            hint="differences: " + "; ".join(now.diff(goal)[:10]),
            details={"differences": now.diff(goal)},
        )
    kept = {c["table"] for c in step.conflicts} if on_conflict == "keep-current" else set()
    kept |= {f["table"] for f in step.filled}  # it keeps the rows inserted since, as their columns came back
    for table, checksum in sorted(p.info.get("checksums_before", {}).items()):
        was = before.tables.get(table)
        if was is None or table in kept or table not in now.tables:
            continue
        if any(now.tables[table].column(c.name) is None for c in was.columns):
            continue
        if d.table_checksum(conn, was, like=checksum) != checksum:
            raise Refused(f"undoing {p.migration} did not restore the rows of {table}; nothing was changed",
                          hint="run `rollback verify` and report this")
        step.data_checked.append(table)
    return step, now


def _record(target: Target, spec: str, points: list[Point], result: UndoResult, model0: SchemaModel,
            final: SchemaModel, on_conflict: str, started: float) -> int:
    journal = target.journal
    names = [p.migration for p in points]
    info: dict[str, Any] = {
        "spec": spec, "undone": names, "undone_points": [p.id for p in points],
        "with_dependents": result.with_dependents, "on_conflict": on_conflict,
        "steps": [s.to_dict() for s in result.steps], "seconds": round(time.perf_counter() - started, 4),
    }
    pid = journal.add_point(
        migration=f"undo:{spec}", kind=KIND, checksum=None, model_before=model0, model_after=final,
        reverse_sql=f"-- undo of {', '.join(names)}: not reversed by `rollback to`; `rollback apply` applies them again\n",
        reversible=True, info=info,
    )
    for p in points:
        _save(target, p.id, {**p.info, "undone_by": pid}, active=False)
        journal.event("undo", migration=p.migration, point_id=p.id, detail={"undo_point": pid, "spec": spec})
    journal.event("undo-done", migration=f"undo:{spec}", point_id=pid,
                  detail={"undone": names, "seconds": info["seconds"], "on_conflict": on_conflict})
    return pid

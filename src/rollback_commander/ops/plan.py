"""`rollback plan [TARGET]`: what rolling back would do, decided before anything runs.

The JSON shape (every value computed from the journal and the database as it is now):

    {"rollback_points": [{"timestamp", "version", "git_hash", "health_score", "components", ...}],
     "recommended_target", "estimated_downtime", "data_loss_risk", "affected_features", "steps"}

data_loss_risk
    ``significant``: the rollback would drop or overwrite values written after the point: rows
    changed since in a table the reverse restores or drops (`engine.rollback.find_conflicts`),
    values in a column a reverted migration added (the reverse drops the column), or a reverted
    point that is irreversible (its reverse is best effort).
    ``minimal``: only *derived* data is lost: data the database recomputes from the rows that stay,
    namely index contents, materialized-view contents (REFRESH brings them back), extended and
    planner statistics (ANALYZE brings them back; tables the reverse rebuilds lose theirs), and
    generated columns. Nothing a user wrote is lost.
    ``none``: nothing holding data is dropped or overwritten.

estimated_downtime
    The down-step timings of the newest rehearsal that timed each reverted migration (`rehearse`
    events), times that rehearsal's own projection ratio (copy size to target size), times the
    growth of the data since: with the rehearsal's recorded target size, table bytes now / then;
    otherwise per step, the rows now / the rows at apply time of the tables the step restores
    from a whole-table copy (quarantines and row captures do not grow with the table). Never
    scaled down. "unknown", with the reason, when a reverted migration was never rehearsed.

components
    What a point can give back: `db` (schema and data: always), `code` (when the point recorded
    the git commit of the migrations folder, so the code can be checked out to match).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..engine.errors_map import database_message, is_database_error
from ..engine.history import crossing_undo
from ..engine.rollback import (
    KEEP_CURRENT_COVERS,
    KEEP_CURRENT_COVERS_STEPWISE,
    MergeCounts,
    check_not_null,
    checksum_rows,
    created_tables,
    doomed_tables,
    find_conflicts,
    inserted_since,
    merge_counts,
    merge_filled,
    nulls_since_refusals,
    predict_orphans,
    refuse_conflicts,
    touched_tables,
    unique_clash_refusals,
)
from ..engine.session import Target
from ..errors import Conflict, Refused, UnknownTarget, UsageError
from ..journal.store import Point
from ..model.schema import Column, SchemaModel, Table
from ..rehearse.rto import format_seconds
from .marks import Annotation, point_notes
from .store import iso
from .targets import Resolved, resolve, spec_for

DERIVED_KINDS = ("index", "materialized_view", "statistics")
_VOLATILE = ("current_", "now", "localtime", "random", "uuid", "nextval", "clock_", "statement_", "transaction_")


@contextmanager
def read_snapshot(target: Target) -> Iterator[None]:
    """One consistent read-only view of the database, always rolled back."""
    conn = target.conn
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" if target.dialect.name == "postgresql" else "BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.rollback()


@contextmanager
def _guarded(target: Target, problems: list[str], what: str) -> Iterator[None]:
    """Run a read in a savepoint; a database error is noted, not raised."""
    conn = target.conn
    conn.execute("SAVEPOINT rc_plan")
    try:
        yield
    except Exception as exc:
        if not is_database_error(exc):
            raise
        conn.execute("ROLLBACK TO SAVEPOINT rc_plan")
        problems.append(f"{what}: {database_message(exc)}")
    conn.execute("RELEASE SAVEPOINT rc_plan")


def point_entry(p: Point, note: Annotation | None, current: Point) -> dict[str, Any]:
    git_hash = p.info.get("git_hash")
    return {
        "id": p.id,
        "migration": p.migration,
        "phase": p.info.get("phase"),
        "timestamp": iso(p.applied_at),
        "version": note.version if note else None,
        "git_hash": git_hash,
        "health_score": note.health if note else None,
        "status": note.status if note else None,
        "note": note.note if note else None,
        "components": ["db", "code"] if git_hash else ["db"],
        "reversible": p.reversible,
        "current": p.id == current.id,
    }


def build_plan(
    target: Target, spec: str | None, *, features: dict[str, list[str]] | None = None, db_arg: str | None = None
) -> dict[str, Any]:
    """The rollback plan to `spec` (default: the newest stable point before the current one, else
    the previous point), never recommending a point marked bad. Reads only."""
    journal = target.journal
    active = journal.active()
    if not active:
        raise UnknownTarget("this database has no rollback points yet", hint="run `rollback apply` first")
    features = check_features(features)
    with read_snapshot(target):
        notes = point_notes(target)
        current = active[-1]
        requested = _requested(target, spec, active, notes)
        recommended, reason = _not_bad(requested, active, notes)
        points = [point_entry(p, notes.get(p.id), current) for p in reversed(active)]
        out: dict[str, Any] = {
            "database": target.url.masked,
            "dialect": target.dialect.name,
            "current": spec_for(current, active),
            "requested_target": spec,
            "resolved": {"point_id": requested.point.id, "migration": requested.point.migration, "how": requested.how},
            "rollback_points": points,
            "recommended_target": None,
            "recommendation": reason,
            "estimated_downtime": "unknown",
            "estimated_downtime_seconds": None,
            "estimated_downtime_basis": None,
            "data_loss_risk": "none",
            "data_loss": [],
            "derived_loss": [],
            "filled": [],
            "refusals": [],
            "affected_features": [],
            "affected_objects": {"tables": [], "objects": []},
            "steps": [],
            "command": None,
            "problems": [],
        }
        if recommended is None:
            out["data_loss_risk"] = "significant"
            out["estimated_downtime_basis"] = "no point at or before the target is free of a bad mark"
            return out
        for entry in points:
            entry["recommended"] = entry["id"] == recommended.id
        target_spec = spec_for(recommended, active)
        out["recommended_target"] = target_spec
        reverted = [p for p in reversed(active) if p.id > recommended.id]
        model_now = target.dialect.introspect(target.conn)
        problems: list[str] = out["problems"]
        steps: list[dict[str, Any]] = []
        tables: set[str] = set()
        objects: set[str] = set()
        for i, p in enumerate(reverted):
            step, touched_t, touched_o = _step(target, p, reverted[:i], model_now, problems)
            steps.append(step)
            tables |= touched_t
            objects |= touched_o
        downtime = estimate_downtime(target, reverted, model_now)
        for step in steps:
            step["estimated_seconds"] = downtime["per_step"].get(step["point_id"])
        out["estimated_downtime"] = downtime["text"]
        out["estimated_downtime_seconds"] = downtime["seconds"]
        out["estimated_downtime_basis"] = downtime["basis"]
        out["data_loss"] = [loss for s in steps for loss in s["data_loss"]]
        out["filled"] = [f for s in steps for f in s["filled"]]
        out["refusals"] = [r for s in steps for r in s["refusals"]]
        out["derived_loss"] = [d for s in steps for d in s["derived_loss"]]
        out["data_loss_risk"] = "significant" if out["data_loss"] else ("minimal" if out["derived_loss"] else "none")
        out["affected_objects"] = {"tables": sorted(tables), "objects": sorted(objects)}
        out["affected_features"] = map_features(tables, objects, features)
        db = f" --db {db_arg}" if db_arg else ""
        if steps:
            steps.append({"order": len(steps) + 1, "action": "verify", "command": f"rollback verify{db}",
                          "what": "integrity checks against the target point (schema fingerprint, keys, restored rows)"})
            extra = " --on-conflict restore-old" if any(s.get("conflicts") for s in steps) else ""
            out["command"] = f"rollback to {target_spec}{db} --yes{extra}"
        out["steps"] = steps
        return out


def _requested(target: Target, spec: str | None, active: list[Point], notes: dict[int, Annotation]) -> Resolved:
    if spec:
        return resolve(target, spec, notes)
    current = active[-1]
    stable = [p for p in active if p.id < current.id and (a := notes.get(p.id)) is not None and a.status == "stable"]
    if stable:
        return Resolved(stable[-1], "default: the newest point marked stable before the current one")
    if len(active) >= 2:
        return Resolved(active[-2], "default: the previous point (no earlier point is marked stable)")
    return Resolved(current, "default: the current point (the database is at its base point)")


def _not_bad(requested: Resolved, active: list[Point], notes: dict[int, Annotation]) -> tuple[Point | None, str]:
    """The requested point, else the newest earlier point that is neither marked bad nor behind an
    undo (`rollback to` refuses those: a rollback is not rolled back)."""

    def why_not(p: Point) -> str | None:
        a = notes.get(p.id)
        if a is not None and a.status == "bad":
            return "marked bad"
        if crossing_undo(active, p) is not None:
            return "behind an undo (only `rollback apply` goes forward from there)"
        return None

    problem = why_not(requested.point)
    if problem is None:
        return requested.point, f"{requested.how}: #{requested.point.id} {requested.point.migration}"
    for p in reversed(active):
        if p.id < requested.point.id and why_not(p) is None:
            return p, (f"{requested.how} is #{requested.point.id} {requested.point.migration}, which is {problem}; "
                       f"recommending the newest earlier point that is not: #{p.id} {p.migration}")
    return None, f"{requested.how} is #{requested.point.id}, {problem}, and no earlier point can be recommended"


# -- one step ---------------------------------------------------------------------------------
def _touched(p: Point, before: SchemaModel, after: SchemaModel) -> tuple[set[str], set[str]]:
    """Tables and (non-table) objects the migration of point p created, changed, dropped or wrote."""
    tables = {str(c["table"]) for c in p.info.get("captures", [])}
    tables |= {t for t in set(before.tables) | set(after.tables) if before.tables.get(t) != after.tables.get(t)}
    objects: set[str] = set()
    for key in set(before.objects) | set(after.objects):
        a, b = before.objects.get(key), after.objects.get(key)
        if a is not None and b is not None and (a.definition, a.table) == (b.definition, b.table):
            continue
        obj = b or a
        assert obj is not None
        if obj.table:
            tables.add(obj.table)
        objects.add(key)
    return tables, objects


def preview(target: Target, point_id: int, on_conflict: str) -> dict[str, list[Any]]:
    """What rolling back to the point `point_id` with `on_conflict` would meet, read before anything
    runs (`rollback to --dry-run`): per reverted point, newest first, the rows changed since
    (conflicts), the rows inserted since that restored columns fill, the refusals (first the one
    the conflicts meet under `on_conflict`, as the rollback gives it), and what could not be read."""
    reverted = [p for p in reversed(target.journal.active()) if p.id > point_id]
    out: dict[str, list[Any]] = {"conflicts": [], "filled": [], "refusals": [], "problems": []}
    with read_snapshot(target):
        model_now = target.dialect.introspect(target.conn)
        doomed = (doomed_tables(reverted, target.journal)
                  if on_conflict == "restore-old" and target.dialect.transactional_ddl else {})
        for i, p in enumerate(reverted):
            conflicts, filled, refusals = _foretell(target, p, reverted[:i], model_now, out["problems"], doomed.get(p.id),
                                                    on_conflict)
            out["conflicts"] += conflicts
            out["filled"] += filled
            out["refusals"] += refusals
        covers = KEEP_CURRENT_COVERS if target.dialect.transactional_ddl else KEEP_CURRENT_COVERS_STEPWISE
        try:
            refuse_conflicts(out["conflicts"], on_conflict, covers=covers)
        except Conflict as exc:
            out["refusals"].insert(0, {"message": exc.message, "hint": exc.hint})
        else:  # the rollback checks for orphaned rows once the conflicts pass, where it predicts them
            try:
                unchecked = predict_orphans(target, reverted, on_conflict)
            except Refused as exc:
                out["refusals"].insert(0, {"message": exc.message, "hint": exc.hint})
            else:
                out["problems"] += [f"rows left without a parent row are not foreseen for {k}" for k in unchecked or []]
    return out


def _foretell(
    target: Target, p: Point, newer: list[Point], model_now: SchemaModel, problems: list[str],
    doomed: set[str] | None = None, on_conflict: str = "fail",
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """What the rollback meets on reaching point p after the `newer` reverted points: (conflicts,
    filled rows, refusals), read before anything runs. `doomed`: as inserted_since takes it."""
    after = target.journal.model(p.id, "after")
    merges = _merges(target, p, newer, _comparable(after, model_now), problems)
    conflicts = _conflicts(target, p, newer, after, model_now, merges, problems)
    return (conflicts, *_fills(target, p, newer, merges, problems, doomed, on_conflict))


def _step(
    target: Target, p: Point, newer: list[Point], model_now: SchemaModel, problems: list[str]
) -> tuple[dict[str, Any], set[str], set[str]]:
    journal = target.journal
    before, after = journal.model(p.id, "before"), journal.model(p.id, "after")
    tables, objects = _touched(p, before, after)
    conflicts, filled, refusals = _foretell(target, p, newer, model_now, problems)
    loss: list[dict[str, Any]] = [
        {"migration": p.migration, "point_id": p.id, "table": c["table"], "column": None, "rows": c["rows"],
         "kind": "rows-written-after" if c["kind"] == "rows" else "table-changed-after",
         "reason": c.get("reason") or (f"{c['rows']} row(s) of {c['table']} changed since {p.migration}; the reverse "
                                        "would overwrite or drop them")}
        for c in conflicts
    ]
    derived: list[dict[str, Any]] = []
    for t in sorted(after.tables):
        if t not in before.tables or t in p.info.get("checks", {}) or t not in model_now.tables:
            continue
        for col in after.tables[t].columns:
            if before.tables[t].column(col.name) is not None or col.hidden:
                continue  # a hidden column is the tool's (a quarantined column, a marker): not the migration's values
            now_col = model_now.tables[t].column(col.name)
            if now_col is None:
                continue
            if now_col.generated:
                derived.append({"migration": p.migration, "object": f"column:{t}.{col.name}", "kind": "generated column",
                                "reason": "computed from the row; the reverse drops it"})
                continue
            n = _column_values(target, model_now.tables[t], now_col, p, problems)
            if n:
                loss.append({"migration": p.migration, "point_id": p.id, "table": t, "column": col.name, "rows": n,
                             "kind": "column-values",
                             "reason": f"{n} row(s) hold values in {t}.{col.name}, added by {p.migration}; the reverse "
                                       "drops the column"})
    if p.info.get("pruned"):
        kept = p.info.get("pruned_captures", [])
        rows = sum(int(c.get("rows") or 0) for c in kept)
        loss.append({"migration": p.migration, "point_id": p.id, "table": None, "column": None, "rows": rows,
                     "kind": "pruned", "reason": f"the captures of {p.migration} were pruned: the reverse restores the schema "
                     f"only, not the {rows} row(s) it kept of " + (", ".join(sorted({str(c['table']) for c in kept})) or "-")})
    elif not p.reversible:
        loss.append({"migration": p.migration, "point_id": p.id, "table": None, "column": None, "rows": None,
                     "kind": "irreversible", "reason": f"{p.migration} is marked irreversible: its reverse is best effort"})
    for key in sorted(objects):
        kind = key.split(":", 1)[0]
        if kind in DERIVED_KINDS:
            derived.append({"migration": p.migration, "object": key, "kind": kind.replace("_", " "),
                            "reason": "derived from the tables' rows; rebuilt by the reverse or lost with it"})
    for t in sorted(p.info.get("rebuilt", [])):
        derived.append({"migration": p.migration, "object": f"table:{t}", "kind": "statistics",
                        "reason": "the reverse re-creates the table: planner statistics until the next ANALYZE"})
    created = sorted(t for t in after.tables if t not in before.tables)
    step = {
        "order": 0,
        "action": "reverse",
        "point_id": p.id,
        "migration": p.migration,
        "phase": p.info.get("phase"),
        "applied_at": iso(p.applied_at),
        "reversible": p.reversible,
        "statements": len(p.info.get("reverse", [])),
        "restores": [{"table": c["table"], "kind": c["kind"], "rows": c.get("rows")} for c in p.info.get("captures", [])],
        "drops_tables": created,
        "restores_tables": sorted(t for t in before.tables if t not in after.tables),
        "conflicts": conflicts,
        "filled": filled,
        "refusals": refusals,
        "data_loss": loss,
        "derived_loss": derived,
        "estimated_seconds": None,
    }
    step["order"] = len(newer) + 1
    return step, tables, objects


def _comparable(after: SchemaModel, model_now: SchemaModel) -> Callable[[str], bool]:
    """A table that is there now with at least the columns it had at the point."""

    def comparable(t: str) -> bool:
        now, then = model_now.tables.get(t), after.tables.get(t)
        return now is not None and then is not None and set(then.column_names) <= set(now.column_names)

    return comparable


def _fills(
    target: Target, p: Point, newer: list[Point], merges: list[MergeCounts], problems: list[str],
    doomed: set[str] | None = None, on_conflict: str = "fail",
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows inserted since p that its reverse keeps, filling the columns it restores with NULL
    or their default (merge-safe copies; quarantined columns told by a marker), and the refusals the
    rollback would meet on reaching p (a restored NOT NULL column those rows cannot fill). Tables a
    newer reverted migration restores whole first are judged when the rollback reaches them (one
    it restores row by row keeps the rows inserted since)."""
    skip = {str(c.get("table")) for q in newer for c in q.info.get("captures", [])
            if c.get("kind") in ("copy", "quarantine-table")} | {t for q in newer for t in q.info.get("checks", {})}
    filled: list[dict[str, Any]] = []
    refusals: list[dict[str, Any]] = []

    def refusal_of(exc: Refused) -> dict[str, Any]:
        return {"migration": p.migration, "point_id": p.id, "message": exc.message, "hint": exc.hint, **exc.details}

    @contextmanager
    def noted() -> Iterator[None]:  # a refusal is noted, a database error is a problem
        with _guarded(target, problems, f"rows inserted since {p.migration}"):
            try:
                yield
            except Refused as exc:
                refusals.append(refusal_of(exc))

    with noted():
        filled += merge_filled(target, p, merges)
    with noted():
        if target.dialect.transactional_ddl:
            check_not_null(target, p, skip)  # points without a marker
        filled += inserted_since(target, p, "nothing was changed", skip=skip, doomed=doomed, delete=False)
    with noted():
        refusals += [refusal_of(exc) for exc in nulls_since_refusals(target, p, "nothing was changed", skip=skip,
                                                                     doomed=doomed, delete=False, deleted=filled)]
    with noted():  # rows a newer reverted point restores first are judged when the rollback reaches them
        rewritten = skip | {t for q in newer for t in touched_tables(q)}
        refusals += [refusal_of(exc) for exc in unique_clash_refusals(target, p, on_conflict, "nothing was changed",
                                                                       skip=rewritten)]
    return filled, refusals


def _conflicts(
    target: Target, p: Point, newer: list[Point], after: SchemaModel, model_now: SchemaModel,
    merges: list[MergeCounts], problems: list[str],
) -> list[dict[str, Any]]:
    """What find_conflicts will report for p when the rollback reaches it, read before anything runs.

    A table that a newer reverted migration q restores (q runs first) is judged by q's checksum of it
    before q: equal to p's checksum, nothing changed between p and q (changes after q are q's
    conflicts). Other tables are compared as they are now, over the columns they had at p."""
    checks: dict[str, str] = p.info.get("checks", {})
    created = created_tables(target.journal.model(p.id, "before"), after)
    comparable = _comparable(after, model_now)
    found: list[dict[str, Any]] = []
    for t, then in sorted(checks.items()):
        if any(m.table == t for m in merges):
            continue  # restored row by row: find_conflicts counts its rows updated or deleted since
        later = [q for q in reversed(newer) if t in touched_tables(q)]
        q0 = later[0] if later else None
        before_q0 = q0.info.get("checksums_before", {}).get(t) if q0 else None
        if before_q0 is not None and q0 is not None and (":h" in before_q0) == (":h" in then):  # one formula
            if before_q0 != then:
                found.append(_table_conflict(p, t, then, before_q0, f"{t} changed between {p.migration} and {q0.migration}",
                                             t in created))
            continue
        if not comparable(t):
            problems.append(f"{p.migration}: cannot compare {t} with its state at the point (a later migration changed "
                            "its columns without keeping a checksum)")
            continue
        with _guarded(target, problems, f"checksum of {t}"):
            now = target.dialect.table_checksum(target.conn, after.tables[t], like=then)
            if now != then and q0 is not None:
                # q0, reverted first, changed it too and kept no checksum of it (its rows were captured
                # one by one): only its revert tells whether anything else changed it
                problems.append(f"{p.migration}: {t} differs from its state at the point, and {q0.migration}, "
                                f"reverted first, changed it too; the rollback compares it after reverting {q0.migration}")
            elif now != then:
                found.append(_table_conflict(p, t, then, now, f"{t} changed after {p.migration}", t in created))
    # the row captures, as find_conflicts checks them (tables compared above are left out)
    usable = dataclasses.replace(p, info={
        **p.info,
        "checks": {},
        "captures": [c for c in p.info.get("captures", []) if c.get("kind") != "rows" or comparable(str(c.get("table")))],
    })
    with _guarded(target, problems, f"conflict check of {p.migration}"):
        for c in find_conflicts(target, usable, merges=merges):
            later = [q for q in reversed(newer) if c["table"] in touched_tables(q)]
            if later:
                # rows the newer migration changed go back when it is reverted first: only then can
                # the rollback tell whether anything else changed them
                problems.append(f"{p.migration}: {c['rows']} row(s) of {c['table']} differ from what it left, and "
                                f"{later[0].migration}, reverted first, changed {c['table']} too; the rollback "
                                f"compares them after reverting {later[0].migration}")
                continue
            found.append(c)
    return found


def _merges(
    target: Target, p: Point, newer: list[Point], comparable: Callable[[str], bool], problems: list[str]
) -> list[MergeCounts]:
    """p's merge-safe copies (restored row by row, rows inserted since kept) of tables no newer
    reverted migration restores first and whose columns are still there to count against."""
    with _guarded(target, problems, f"merge counts of {p.migration}"):
        return [m for m in merge_counts(target, p)
                if comparable(m.table) and not any(m.table in touched_tables(q) for q in newer)]
    return []


def _table_conflict(p: Point, table: str, then: str, now: str, why: str, created: bool) -> dict[str, Any]:
    """A table compared whole that changed since (`created`: the migration created it, its reverse drops it)."""
    then_rows, now_rows = checksum_rows(then), checksum_rows(now)
    rows = max(abs(now_rows - then_rows), 1)
    effect = "would drop the table with them" if created else "would overwrite or drop them"
    return {"migration": p.migration, "table": table, "kind": "table", "rows": rows, "rows_then": then_rows,
            "rows_now": now_rows, "created": created,
            "reason": f"{why}: {then_rows} row(s) then, {now_rows} now, contents differ; the reverse {effect}"}


def _column_values(target: Target, table: Table, col: Column, p: Point, problems: list[str]) -> int:
    """Rows whose value in `col` differs from what it would be without writes (NULL, or the
    column's constant default). With a per-column checksum recorded at the point (info
    `column_checks`, see engine.capture.column_checks), only a change since the point counts."""
    d, conn = target.dialect, target.conn
    recorded = p.info.get("column_checks", {}).get(f"{table.name}.{col.name}")
    n = 0
    if recorded is not None:
        with _guarded(target, problems, f"checksum of {table.name}.{col.name}"):
            now = d.column_checksum(conn, table, col.name, like=recorded)
            if now == recorded:
                return 0
            n = max(1, abs(checksum_rows(now) - checksum_rows(recorded)))
            return n
    q, c = d.qualified(table.name), d.quote(col.name)
    base = f"SELECT count(*) FROM {q} WHERE {c} IS NOT NULL"
    default = (col.default or "").strip()
    constant = default and default.upper() != "NULL" and "(" not in default and not any(
        v in default.lower() for v in _VOLATILE)
    if constant:
        with _guarded(target, problems, f"values of {table.name}.{col.name}"):
            return int(conn.scalar(f"{base} AND {c} <> ({default})"))
    with _guarded(target, problems, f"values of {table.name}.{col.name}"):
        n = int(conn.scalar(base))
    return n


# -- downtime ---------------------------------------------------------------------------------
def _down_seconds(detail: dict[str, Any], migration: str) -> float | None:
    for s in detail.get("steps") or []:
        if isinstance(s, dict) and s.get("migration") == migration and s.get("step") == "down" and s.get("ok", True):
            return float(s.get("seconds") or 0.0)
    return None


def _ratio(detail: dict[str, Any]) -> float:
    measured, projected = float(detail.get("rollback_seconds") or 0), float(detail.get("projected_seconds") or 0)
    return projected / measured if measured > 0 and projected > measured else 1.0


def estimate_downtime(target: Target, reverted: list[Point], model_now: SchemaModel) -> dict[str, Any]:
    if not reverted:
        return {"text": "0s", "seconds": 0.0, "basis": "nothing to roll back", "per_step": {}}
    rehearsals = [e for e in reversed(target.journal.events()) if e["kind"] == "rehearse"]
    if not rehearsals:
        return {"text": "unknown", "seconds": None, "per_step": {},
                "basis": "no rehearsal recorded in this database: run `rollback rehearse` before applying"}
    per: dict[int, float] = {}
    notes: list[str] = []
    missing: list[str] = []
    now_bytes: int | None = None
    for p in reverted:
        found = next(((e, t) for e in rehearsals if (t := _down_seconds(e["detail"], p.migration)) is not None), None)
        if found is None:
            missing.append(p.migration)
            continue
        event, seconds = found
        detail = event["detail"]
        ratio = _ratio(detail)
        then_bytes = detail.get("target_bytes")
        if isinstance(then_bytes, int | float) and then_bytes > 0:
            if now_bytes is None:
                from ..rehearse.runner import table_bytes

                now_bytes = table_bytes(target)
            growth = max(1.0, now_bytes / float(then_bytes))
            how = f"table bytes {now_bytes} now / {int(then_bytes)} then"
        else:
            growth, how = _rows_growth(target, p, model_now)
        per[p.id] = seconds * ratio * growth
        notes.append(f"{p.migration}: {format_seconds(seconds)} measured (rehearsal event #{event['id']}, {iso(event['at'])})"
                     f" x {ratio:.2f} projected to the target then x {growth:.2f} growth ({how})")
    if missing:
        aggregate = _aggregate(rehearsals, {p.migration for p in reverted})
        if aggregate is not None:
            event, seconds = aggregate
            total = seconds * _ratio(event["detail"])
            return {"text": format_seconds(total), "seconds": round(total, 4), "per_step": {},
                    "basis": f"rehearsal event #{event['id']} timed exactly these migrations together (no per-step "
                             f"timings): {format_seconds(seconds)} measured x {_ratio(event['detail']):.2f} projected; "
                             "not scaled for growth since"}
        return {"text": "unknown", "seconds": None, "per_step": per,
                "basis": "no rehearsal timed the down step of " + ", ".join(missing)
                         + " (rehearse before applying: `rollback rehearse`)"}
    total = sum(per.values())
    return {"text": format_seconds(total), "seconds": round(total, 4), "per_step": {k: round(v, 4) for k, v in per.items()},
            "basis": "; ".join(notes)}


def _aggregate(rehearsals: list[dict[str, Any]], wanted: set[str]) -> tuple[dict[str, Any], float] | None:
    for e in rehearsals:
        d = e["detail"]
        if set(d.get("migrations") or []) == wanted and d.get("rollback_seconds") is not None and not d.get("failed"):
            return e, float(d["rollback_seconds"])
    return None


def _rows_growth(target: Target, p: Point, model_now: SchemaModel) -> tuple[float, str]:
    then = now = 0
    for c in p.info.get("captures", []):
        if c.get("kind") != "copy" or c.get("rows") is None or c["table"] not in model_now.tables:
            continue
        then += int(c["rows"])
        now += target.dialect.estimated_rows(target.conn, model_now.tables[c["table"]])
    if then <= 0:
        return 1.0, "no whole-table copy to restore: does not grow with the data"
    return max(1.0, now / then), f"rows of the copied tables {now} now / {then} at apply"


# -- features ---------------------------------------------------------------------------------
def check_features(features: Any) -> dict[str, list[str]]:
    if features is None:
        return {}
    if not isinstance(features, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) for x in v) for k, v in features.items()
    ):
        raise UsageError(
            "rollback.toml [features] must map feature names to lists of tables or objects",
            hint='e.g. crm_contacts = ["public.contacts", "public.organizations"]',
        )
    return features


def _matches(pattern: str, name: str) -> bool:
    bare = name.split(":", 1)[1] if ":" in name else name
    if pattern in (name, bare):
        return True
    return "." not in pattern and bare.rsplit(".", 1)[-1] == pattern and bare.count(".") <= 1


def map_features(tables: set[str], objects: set[str], features: dict[str, list[str]]) -> list[str]:
    """Feature names whose tables or objects are touched, then touched tables and table-less
    objects no feature claims (so nothing is hidden when [features] is partial or missing)."""
    hit: set[str] = set()
    claimed: set[str] = set()
    candidates = sorted(tables) + sorted(objects)
    for feature, patterns in sorted(features.items()):
        for name in candidates:
            if any(_matches(pat, name) for pat in patterns):
                hit.add(feature)
                claimed.add(name)
    rest = [t for t in sorted(tables) if t not in claimed]
    rest += [o for o in sorted(objects) if o not in claimed and o.split(":", 1)[0] not in (
        "index", "constraint", "foreign_key", "trigger", "policy", "statistics", "comment")]
    return sorted(hit) + rest

"""Rolling back to a point: plan it (pure), check for rows written since, run the stored reverse
scripts newest first in one transaction, and check the result against the recorded fingerprint."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..dialects.base import Reverted
from ..errors import Conflict, Refused, UnknownTarget
from ..journal.store import Point
from ..model.schema import Column, SchemaModel
from .capture import CaptureRecord, live_at_end
from .errors_map import (
    database_message,
    is_database_error,
    is_foreign_key_violation,
    is_row_constraint_violation,
)
from .history import refuse_crossing_undo
from .session import Target
from .widen import unfit_condition, widened


@dataclass
class StepPlan:
    point_id: int
    migration: str
    reversible: bool
    statements: int
    captures: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "point_id": self.point_id,
            "migration": self.migration,
            "reversible": self.reversible,
            "statements": self.statements,
            "captures": self.captures,
        }


@dataclass
class RollbackPlan:
    database: str
    target: str
    target_point: int
    current: str
    steps: list[StepPlan] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "target": self.target,
            "target_point": self.target_point,
            "current": self.current,
            "steps": [s.to_dict() for s in self.steps],
            "reverts": [s.migration for s in self.steps],
        }


@dataclass
class RollbackResult:
    plan: RollbackPlan
    dry_run: bool
    seconds: float = 0.0
    verified: bool = False
    fingerprint: str | None = None
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    filled: list[dict[str, Any]] = field(default_factory=list)
    """Rows written after a point into a table whose removed columns came back (merge-safe copy
    captures; quarantined columns told by a marker): {"migration", "table", "rows", "columns":
    {column: "default" | "NULL"}, "message"}."""
    refusals: list[dict[str, Any]] = field(default_factory=list)
    """With dry_run: what the rollback would refuse on reaching a point ({"migration", "message",
    "hint", ...}); it would then change nothing."""
    problems: list[str] = field(default_factory=list)
    """With dry_run: what could not be read before anything runs (judged when the rollback runs)."""

    def to_dict(self) -> dict[str, Any]:
        out = self.plan.to_dict()
        out.update(
            {
                "dry_run": self.dry_run,
                "seconds": round(self.seconds, 4),
                "verified": self.verified,
                "fingerprint": self.fingerprint,
                "conflicts": self.conflicts,
                "filled": self.filled,
                "refusals": self.refusals,
                "problems": self.problems,
            }
        )
        return out


def resolve_target(active: list[Point], target: str) -> Point:
    """A point by migration id, `base`, or #<point id>."""
    if not active:
        raise UnknownTarget("this database has no rollback points yet", hint="run `rollback apply` first")
    if target == "base":
        return active[0]
    if target.startswith("#") and target[1:].isdigit():
        for p in active:
            if p.id == int(target[1:]):
                return p
    matches = [p for p in active if p.migration == target]
    if matches:
        return matches[-1]
    names = ", ".join(p.migration for p in active[-12:])
    raise UnknownTarget(f"unknown rollback target {target!r}", hint=f"use base or one of the applied migrations: {names}")


def _rollback_stepwise(
    target: Target, plan: RollbackPlan, result: RollbackResult, on_conflict: str, lock_timeout: float, started: float
) -> RollbackResult:
    """Engines without transactional DDL: revert point by point, resumable after a crash."""
    from .steps import recover, rollback_stepwise

    d, conn, journal = target.dialect, target.conn, target.journal
    d.lock_session(conn, lock_timeout)
    recover(target)
    active = {p.id: p for p in journal.active()}
    steps = [active[s.point_id] for s in plan.steps if s.point_id in active]
    live = _refuse_drift(target, steps)
    unchecked: list[str] = []

    def no_new_orphans() -> None:  # once the rows changed since are checked, before anything changes
        unchecked.extend(predict_orphans(target, steps, on_conflict) or [])

    result.conflicts, result.filled, fingerprint = rollback_stepwise(target, steps, on_conflict, live, no_new_orphans)
    point = next(p for p in journal.points() if p.id == plan.target_point)
    if fingerprint is not None:
        result.fingerprint, result.verified = fingerprint, fingerprint == point.fingerprint_after
    else:
        model = d.introspect(conn)
        result.fingerprint, result.verified = model.fingerprint(), point.matches(model)
    journal.event("rollback-done", migration=plan.target, point_id=plan.target_point,
                  detail={"reverted": [s.migration for s in plan.steps], "seconds": round(time.perf_counter() - started, 4),
                          **({"orphans_unchecked": unchecked} if unchecked else {})})
    result.seconds = time.perf_counter() - started
    return result


def _refuse_drift(target: Target, steps: list[Point]) -> SchemaModel | None:
    """Stepwise engines plan each step from the live schema, so a change made by hand since the
    newest point (a column added, an index dropped) would be reverted with it: refuse before
    anything runs. A rollback a crash interrupted is half-way by design and is resumed. Returns the
    live schema it read (None when it read none), for the first step to plan from."""
    if not steps or any(p.info.get("rolling_back") for p in steps):
        return None
    live = target.dialect.introspect(target.conn)
    if steps[0].matches(live):
        return live
    diff = live.diff(target.journal.model(steps[0].id, "after"))
    raise Refused(
        f"the schema changed since {steps[0].migration} outside the tool; rolling back would revert that too. "
        "Nothing was changed",
        hint="put it back as it was, or record it as a migration and apply it, then roll back; "
        "differences: " + "; ".join(diff[:10]),
        details={"differences": diff},
    )


def run_reverse_statement(target: Target, p: Point, sql: str, state: str) -> None:
    """Run one statement of a point's reverse; a database error becomes a refusal that says what
    state the database is in (`state`) and which statement failed."""
    try:
        target.conn.execute(sql)
    except Exception as exc:
        if not is_database_error(exc):
            raise
        if is_foreign_key_violation(exc):
            cause = ("rows written since the point refer to rows this rollback takes away (rows the migration inserted, "
                     "keys it changed, or, with --on-conflict restore-old, rows written since to a table it puts back "
                     "whole): point them elsewhere or delete them first, or keep the migration")
        elif is_row_constraint_violation(exc):
            cause = ("rows written since the point do not satisfy a constraint the point had and this statement puts "
                     "back (NOT NULL, UNIQUE, CHECK): change or delete those rows first, or keep the migration")
        else:
            cause = "the schema may have drifted since the point (see `rollback verify`)"
        raise Refused(
            f"reverse of {p.migration} failed: {database_message(exc)}",
            hint=f"{state}; {cause}. Statement: {' '.join(sql.split())[:160]}",
            details={"reverse_failed": p.migration},
        ) from None


def find_conflicts(
    target: Target, p: Point, only: set[str] | None = None, skip: set[str] | None = None, counted: bool = True,
    merges: list[MergeCounts] | None = None,
) -> list[dict[str, Any]]:
    """Rows written after point p that rolling it back would overwrite or drop (in the tables of
    `only`, when given, and not in those of `skip`). counted=False leaves out the row captures whose
    restore counts its conflicts itself (see ReverseScript.counted). `merges` (merge_counts(p), for
    the point's stored reverse, which restores merge-safe copy captures row by row) judges those
    captures row by row; without it their tables are compared whole, as their restore is then."""

    def wanted(table: str) -> bool:
        return (only is None or table in only) and (skip is None or table not in skip)

    d, conn, journal = target.dialect, target.conn, target.journal
    out: list[dict[str, Any]] = []
    model_after = journal.model(p.id, "after")
    model_before = journal.model(p.id, "before")
    merged_tables = {m.table for m in merges or []}
    for m in merges or []:
        if wanted(m.table) and m.updated + m.deleted:
            out.append({"migration": p.migration, "table": m.table, "kind": "rows", "rows": m.updated + m.deleted,
                        "updated": m.updated, "deleted": m.deleted})
    for table, checksum in sorted(p.info.get("checks", {}).items()):
        if table in model_after.tables and wanted(table) and table not in merged_tables:
            now = d.table_checksum(conn, model_after.tables[table], like=checksum)
            if now != checksum:
                then_rows, now_rows = checksum_rows(checksum), checksum_rows(now)
                out.append({"migration": p.migration, "table": table, "kind": "table",
                            "rows": max(abs(now_rows - then_rows), 1), "rows_then": then_rows, "rows_now": now_rows,
                            "created": table in created_tables(model_before, model_after)})
    self_counted = set() if counted else {c["capture"] for c in p.info.get("counted", [])}
    records = [CaptureRecord.from_dict(c) for c in p.info.get("captures", [])
               if c.get("kind") == "rows" and c.get("capture") not in self_counted]
    live_now = _live_at_end(p, model_before)
    whole = {c.get("table") for c in p.info.get("captures", []) if c.get("kind") in ("copy", "quarantine-table")}
    if records:
        for rec in records:
            if rec.table in whole or rec.table not in model_after.tables or not wanted(rec.table):
                continue
            live = live_now.get(rec.table, {})
            n = int(conn.scalar(d.rows_conflict_sql(rec.table_model(model_before), rec.capture, rec.key or [], live, rec.plan_firings(d),
                                                  layout=rec.layout, replayed=rec.replayed or ())))
            if n:
                out.append({"migration": p.migration, "table": rec.table, "kind": "rows", "rows": n})
    return out


def prepare_reverse(
    target: Target, p: Point, on_conflict: str, *, merges: list[MergeCounts] | None = None, counted: bool = True,
    doomed: set[str] | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Before point p's reverse runs: find the rows written since (see find_conflicts), refuse as
    `on_conflict` says, prepare the captures and the session for it, and refuse a restored NOT NULL
    column that rows written since cannot fill. Returns (conflicts, filled rows: of merge restores,
    and rows inserted since a quarantine of columns)."""
    d, conn = target.dialect, target.conn
    found = find_conflicts(target, p, counted=counted, merges=merges)
    refuse_conflicts(found, on_conflict)
    filled = _merge_prepare(target, p, merges or [], on_conflict)
    if on_conflict == "keep-current" and not d.rows_guarded_restore:
        _forget_conflicts(target, p)
    refuse_unique_clashes(target, p, on_conflict, "nothing was changed")
    check_not_null(target, p)
    doomed = doomed if on_conflict == "restore-old" else None
    filled += nulls_since(target, p, "nothing was changed", doomed=doomed)
    filled += inserted_since(target, p, "nothing was changed", doomed=doomed)
    for sql in d.rows_restore_mode_sql(on_conflict):
        conn.execute(sql)
    return found, filled


KEEP_CURRENT_COVERS = "row-captured tables, and tables a migration only removed columns from"
"""What --on-conflict keep-current can keep rows of, as a refusal's hint says: the transactional
engines."""
KEEP_CURRENT_COVERS_STEPWISE = "row-captured tables only"
"""The same for the stepwise engine (steps.py)."""


def refuse_conflicts(
    found: list[dict[str, Any]], on_conflict: str, *, state: str = "nothing was changed", covers: str = KEEP_CURRENT_COVERS
) -> None:
    """Refuse the rollback when the rows changed since (`found`) block it: any with fail; with
    keep-current a table compared whole (its rows cannot be kept one by one). `state`: what has run
    so far; `covers`: the tables keep-current can keep rows of."""
    if on_conflict == "fail" and found:
        raise _conflict_error(found, state=state, covers=covers)
    if on_conflict == "keep-current" and (whole := [c for c in found if c["kind"] == "table"]):
        raise _conflict_error(whole, state=state, covers=covers, keep_current=True)


def conflict_size(c: dict[str, Any]) -> str:
    """How much of a table changed since: rows compared one by one are counted; a table compared
    whole (by its checksum) can only say its row counts then and now, and that its contents differ
    (rows rewritten in place change no count)."""
    if c["kind"] == "table" and "rows_then" in c:
        return f"{c['rows_then']} rows then, {c['rows_now']} now, contents differ"
    return f"{c['rows']} rows"


def _conflict_error(
    found: list[dict[str, Any]], *, state: str = "nothing was changed", covers: str = KEEP_CURRENT_COVERS,
    keep_current: bool = False,
) -> Conflict:
    """The refusal of rows changed since; with keep_current (the option was given) `found` holds the
    tables compared whole, whose rows it cannot keep one by one, and the hint says so instead of
    offering the option again."""
    listed = ", ".join(f"{c['table']} ({conflict_size(c)}, since {c['migration']})" for c in found)
    created = [c for c in found if c.get("created")]
    # a table a migration created goes away with the rows written since: no option keeps them
    by_migration: dict[str, list[str]] = {}
    for c in created:
        by_migration.setdefault(str(c["migration"]), []).append(str(c["table"]))
    dropped = ("; ".join(f"{', '.join(ts)} {'was' if len(ts) == 1 else 'were'} created by {m}"
                         for m, ts in by_migration.items())
               + ", and the reverse drops what its migration created, with the rows written since: save those rows "
               "first or keep the migration" if created else "")
    if keep_current:
        copied = "" if len(created) == len(found) else (
            f"Those tables were kept whole (copied), not row by row: keep-current covers {covers}. ")
        return Conflict(
            "rows changed after the point would be overwritten or dropped, and --on-conflict keep-current "
            f"cannot keep them: {listed}",
            hint=f"{state}. {copied}{dropped + '. ' if dropped else ''}--on-conflict restore-old "
            f"{'goes ahead' if dropped else 'puts the old rows back'} anyway; or save the rows changed since first",
            details={"conflicts": found},
        )
    if len(created) == len(found):
        return Conflict(
            f"rows written after the point would be dropped with the tables its reverse drops: {listed}",
            hint=f"{state}. {dropped}; --on-conflict restore-old drops them anyway",
            details={"conflicts": found},
        )
    return Conflict(
        f"rows changed after the point would be overwritten or dropped: {listed}",
        hint=f"{state}. {dropped + '. ' if dropped else ''}--on-conflict keep-current keeps the rows changed since "
        f"({covers}); --on-conflict restore-old puts the old rows back anyway",
        details={"conflicts": found},
    )


def created_tables(before: SchemaModel, after: SchemaModel) -> set[str]:
    """The tables a migration created (its reverse drops them, with any rows written since): those of
    `after` not in `before`, when no table of `before` is gone (a rename, or a table dropped beside
    one created, may pair them: then none is said to be created)."""
    if set(before.tables) - set(after.tables):
        return set()
    return set(after.tables) - set(before.tables)


def orphan_guard(target: Target, points: list[Point]) -> Callable[[], None]:
    """Read, before the points' reverses run, how many rows of the tables referencing what they
    restore lack their parent row (Dialect.dangling_references); the function returned refuses,
    once they ran, a rollback that left more of them (SQLite, where nothing else would stop it):
    rows written since refer to rows it took away. Where the count after them is predicted
    instead (predict_orphans), the refusal comes here and the function returned checks nothing."""
    if predict_orphans(target, points) is not None:
        return lambda: None
    d, conn = target.dialect, target.conn
    restored = set().union(*(touched_tables(p) for p in points))
    before = d.dangling_references(conn, restored)

    def check() -> None:
        _refuse_grown(before, d.dangling_references(conn, restored))

    return check


def predict_orphans(target: Target, points: list[Point], on_conflict: str = "fail") -> list[str] | None:
    """Where a reverse cannot be taken back once it ran (MySQL/MariaDB: DDL commits as it goes):
    refuse, before anything runs, reverting `points` (newest first) when the rows left without the
    row their foreign key refers to would grow, as predicted from the captures
    (Dialect.dangling_predicted) against the count now. Returns the foreign keys it could not
    predict; None where the reverse runs in one transaction (orphan_guard checks after it) or the
    dialect predicts nothing, or for points a crashed rollback had started (`rolling_back`:
    half-restored by design). With `on_conflict` keep-current the rows changed since in
    row-captured tables stay as they are."""
    d, conn, journal = target.dialect, target.conn, target.journal
    if d.transactional_ddl or any(p.info.get("rolling_back") for p in points):
        return None
    restored = set().union(*(touched_tables(p) for p in points))
    steps = [Reverted(journal.model(p.id, "before"), journal.model(p.id, "after"),
                      [CaptureRecord.from_dict(c) for c in p.info.get("captures", [])]) for p in points]
    prediction = d.dangling_predicted(conn, steps, restored, keep_current=on_conflict == "keep-current")
    if prediction is None:
        return None
    after, unknown = prediction
    _refuse_grown(d.dangling_references(conn, restored), after)
    return unknown


def _refuse_grown(before: dict[str, int], after: dict[str, int]) -> None:
    grown = {k: n - before.get(k, 0) for k, n in after.items() if n > before.get(k, 0)}
    if grown:
        listed = ", ".join(f"{n} row(s) of {k}" for k, n in sorted(grown.items()))
        raise Refused(
            f"the rollback would leave rows without the row their foreign key refers to: {listed}; nothing was changed",
            hint="rows written since the point refer to rows this rollback takes away (rows the migration inserted, "
            "or keys it changed): point them elsewhere or delete them first, or keep the migration",
            details={"dangling": grown},
        )


def run_reverse(
    target: Target, p: Point, statements: list[str], counted: list[dict[str, Any]], on_conflict: str
) -> list[dict[str, Any]]:
    """Run point p's reverse `statements`. Row restores that count their conflicts (`counted`, from
    ReverseScript.counted) are checked on the way: keys they left alone are rows changed since the
    point, refused with `fail` (the caller's transaction then rolls everything back). With
    restore-old they restore those rows too, so their counts say nothing."""
    groups = {} if on_conflict == "restore-old" else {int(c["first"]): c for c in counted}
    conflicts: list[dict[str, Any]] = []
    i = 0
    while i < len(statements):
        group = groups.get(i)
        if group is None:
            run_reverse_statement(target, p, statements[i], "nothing was changed")
            i += 1
            continue
        done = 0
        for sql in statements[i : i + int(group["count"])]:
            run_reverse_statement(target, p, sql, "nothing was changed")
            done += max(target.conn.rowcount, 0)
        if done < int(group["expected"]):
            conflicts.append({"migration": p.migration, "table": group["table"], "kind": "rows",
                              "rows": int(group["expected"]) - done})
        i += int(group["count"])
    if conflicts and on_conflict == "fail":
        raise _conflict_error(conflicts)
    return conflicts


def check_not_null(target: Target, p: Point, skip: set[str] | None = None) -> None:
    """A quarantined NOT NULL column comes back NOT NULL: rows written since without a value for it
    would make the rollback fail half-way, so say so before anything runs (tables of `skip` aside).
    Tables with a marker are left to inserted_since (which also counts the rows): this is for the
    PostgreSQL points made before the marker existed (a scan of the table)."""
    d, conn, journal = target.dialect, target.conn, target.journal
    marked = {c["table"] for c in p.info.get("captures", []) if c.get("kind") == "quarantine-columns" and c.get("marker")}
    quarantines = [c for c in p.info.get("captures", []) if c.get("kind") == "quarantine-columns"
                   and c["table"] not in marked and (skip is None or c["table"] not in skip)]
    if not quarantines:
        return
    model_before = journal.model(p.id, "before")
    for c in quarantines:
        table = model_before.tables.get(c["table"])
        for col, hidden in c.get("hidden", {}).items():
            column = table.column(col) if table else None
            if column is None or not column.needs_value:
                continue
            n = int(conn.scalar(f"SELECT count(*) FROM {d.qualified(c['table'])} WHERE {d.quote(hidden)} IS NULL"))
            if n:
                raise Refused(
                    f"{n} row(s) of {c['table']} written after {p.migration} have no value for {col}, which comes back NOT NULL",
                    hint=f"nothing was changed. Give those rows a value first: UPDATE {d.qualified(c['table'])} "
                    f"SET {d.quote(hidden)} = ... WHERE {d.quote(hidden)} IS NULL",
                    details={"table": c["table"], "column": col, "rows": n},
                )


@dataclass
class MergeCounts:
    """A merge-safe copy capture of a point and what happened to its table since."""

    table: str
    capture: str
    key: list[str]
    columns: list[str]
    updated: int
    deleted: int
    inserted: int


def merge_counts(target: Target, p: Point) -> list[MergeCounts]:
    """The point's merge-safe copy captures (apply.merge_safe), counted against the live table as
    the point left it: rows updated, captured keys deleted, keys inserted since."""
    d, conn = target.dialect, target.conn
    caps = [c for c in p.info.get("captures", []) if c.get("kind") == "copy" and c.get("merge")]
    if not caps:
        return []
    model_after = target.journal.model(p.id, "after")
    out: list[MergeCounts] = []
    for c in caps:
        key, columns = list(c["merge"]["key"]), list(c["merge"]["columns"])
        row = conn.query(d.merge_counts_sql(model_after.tables[c["table"]], c["capture"], key, columns))[0]
        out.append(MergeCounts(c["table"], c["capture"], key, columns, int(row[0]), int(row[1]), int(row[2])))
    return out


def _merge_prepare(target: Target, p: Point, merges: list[MergeCounts], on_conflict: str) -> list[dict[str, Any]]:
    """Before a point's reverse restores merge-safe copy captures row by row: refuse what
    merge_filled refuses; with keep-current make the captures agree with the rows changed since on
    the columns the table kept, so the restore keeps them and still gives them the captured values
    of the restored columns (a column-level merge), and keys deleted since stay deleted. Returns
    what the rows inserted since get in the restored columns."""
    d, conn = target.dialect, target.conn
    filled = merge_filled(target, p, merges)
    if on_conflict == "keep-current":
        model_after = target.journal.model(p.id, "after")
        for m in merges:
            if m.updated + m.deleted:
                for sql in d.merge_keep_current_sql(model_after.tables[m.table], m.capture, m.key, m.columns):
                    conn.execute(sql)
    return filled


def merge_filled(target: Target, p: Point, merges: list[MergeCounts]) -> list[dict[str, Any]]:
    """What the rows inserted since p into tables restored from merge-safe copy captures get in the
    restored columns. Reads only. Refuses when they cannot take a restored column (NOT NULL without
    a default) or would be lost (the reverse re-creates the table empty)."""
    if not any(m.inserted for m in merges):
        return []
    model_before = target.journal.model(p.id, "before")
    rebuilt = set(p.info.get("rebuilt", []))
    filled: list[dict[str, Any]] = []
    for m in merges:
        if not m.inserted:
            continue
        table = model_before.tables[m.table]
        restored = [c for c in table.columns if c.writable and c.name not in m.columns]
        for col in restored:
            if col.needs_value:
                raise Refused(
                    f"{m.inserted} row(s) of {m.table} written after {p.migration} have no value for {col.name}, "
                    "which comes back NOT NULL without a default",
                    hint=f"nothing was changed. Those rows (keys not in capture {m.capture}) cannot take the restored "
                    "column: delete or move them first, or roll back with a migration that gives the column a default",
                    details={"table": m.table, "column": col.name, "rows": m.inserted},
                )
        if m.table in rebuilt:
            raise Refused(
                f"{m.inserted} row(s) of {m.table} written after {p.migration} would be lost: the reverse "
                "re-creates the table from its capture",
                hint="nothing was changed. Delete or move those rows first",
                details={"table": m.table, "rows": m.inserted},
            )
        filled.append(_filled(p, m.table, m.inserted, restored))
    return filled


def _filled(p: Point, table: str, rows: int, restored: list[Column]) -> dict[str, Any]:
    """What `rows` rows of `table` written since point p get in its restored columns."""
    got = {c.name: "NULL" if c.default is None and not c.identity and not c.generated else "default" for c in restored}
    return {"migration": p.migration, "table": table, "rows": rows, "columns": got,
            "message": f"{rows} row(s) of {table} written since {p.migration} got "
            + ", ".join(f"{'NULL' if v == 'NULL' else 'the default'} for {c}" for c, v in got.items())}


def inserted_since(
    target: Target, p: Point, state: str, only: set[str] | None = None, skip: set[str] | None = None,
    doomed: set[str] | None = None, delete: bool = True,
) -> list[dict[str, Any]]:
    """Before point p's reverse runs: the rows inserted after its DROP COLUMN quarantines, told by
    the table's marker column (Dialect.marked_rows; see mysql_quarantine and postgres_capture), in
    the tables of `only` (when given) and not of `skip`. A restored NOT NULL column without a
    default refuses the rollback when there are any (`state`: what has run so far); otherwise they
    hold NULL or the column's default already, returned as filled rows (the shape of
    `_merge_prepare`'s). Tables the point restores whole (copied, or quarantined themselves) are
    left out: their rows go back as captured, and rows written since are conflicts there. Every
    quarantine of a table's columns in one migration shares its marker: counted once.

    `doomed`: tables an older point of the same rollback created, whose reverse drops them with
    every row (given with --on-conflict restore-old, which drops the rows written since). Rows
    inserted since into one of them that a restored NOT NULL column cannot take are deleted
    instead of refused (only counted when not `delete`: the dry run), unless another table's
    foreign key or a trigger would see the DELETE (doomed_deletable)."""
    d, conn = target.dialect, target.conn
    records = [CaptureRecord.from_dict(c) for c in p.info.get("captures", [])]
    whole = {r.table for r in records if r.kind in ("copy", "quarantine-table")}
    # Settling a quarantine of columns reads only its own table's records (a table quarantined
    # after its columns is whole, so left out anyway): the others need not be settled.
    wanted = [r for r in records if r.kind == "quarantine-columns" and r.marker and r.table not in whole
              and (only is None or r.table in only) and (skip is None or r.table not in skip)]
    if not wanted:
        return []
    marked = _first_per_marker(d.settle_quarantine(conn, wanted))
    if not marked:
        return []
    model_before = target.journal.model(p.id, "before")
    hidden_at_end = _hidden_at_end(p)
    out: list[dict[str, Any]] = []
    for rec in marked:
        n = d.marked_rows(conn, rec)
        if not n:
            continue
        hidden = hidden_at_end.get(rec.table, {})
        restored = [c for c in model_before.tables[rec.table].columns if c.name in hidden]
        if any(c.needs_value for c in restored) and _deleted_doomed(
                target, p, rec.table, d.marked_sql(rec)[0], n, "no value for a column that comes back NOT NULL",
                doomed, delete, out):
            continue
        for col in restored:
            if col.needs_value:
                raise _unfillable(target, p, rec, n, col.name, hidden[col.name], state)
        out.append(_filled(p, rec.table, n, restored))
    return out


def doomed_tables(steps: list[Point], journal: Any) -> dict[int, set[str]]:
    """Per point of a rollback's `steps` (newest first): the tables an older point of the same
    rollback created (created_tables), whose reverse drops them with every row later in the run."""
    out: dict[int, set[str]] = {}
    older: set[str] = set()
    for p in reversed(steps):
        out[p.id] = set(older)
        older |= created_tables(journal.model(p.id, "before"), journal.model(p.id, "after"))
    return out


def _deleted_doomed(
    target: Target, p: Point, table: str, where: str, n: int, why: str, doomed: set[str] | None, delete: bool,
    deleted: list[dict[str, Any]] | None,
) -> bool:
    """Whether the `n` rows of `table` matching `where`, which would refuse point p's reverse (`why`:
    what they hold), go instead: the table is doomed (doomed_tables) and doomed_deletable. Deletes
    them when `delete` (else the dry run only counts them) and lists them in `deleted`."""
    if not doomed or table not in doomed or not doomed_deletable(target.journal.model(p.id, "after"), table):
        return False
    if delete:
        target.conn.execute(f"DELETE FROM {target.dialect.qualified(table)} WHERE {where}")
    if deleted is not None:
        deleted.append({"migration": p.migration, "table": table, "rows": n, "columns": {}, "deleted": True,
                        "message": f"{n} row(s) of {table} written since {p.migration} are deleted: they hold {why}, "
                        "and an older migration of this rollback created the table, whose reverse drops it "
                        "(--on-conflict restore-old)"})
    return True


def doomed_deletable(model: SchemaModel, table: str) -> bool:
    """Whether rows of `table` can be deleted ahead of its drop without anything else seeing it: no
    other table's foreign key references it (ON DELETE actions, or a refusal) and no trigger is on it."""
    for obj in model.objects.values():
        if obj.kind == "foreign_key" and obj.definition.get("references") == table and obj.table != table:
            return False
        if obj.kind == "trigger" and obj.table == table:
            return False
    return True


def nulls_since(
    target: Target, p: Point, state: str, only: set[str] | None = None, skip: set[str] | None = None,
    doomed: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Refuse with the first of nulls_since_refusals, if any; else return the rows it deleted."""
    deleted: list[dict[str, Any]] = []
    found = nulls_since_refusals(target, p, state, only, skip, doomed=doomed, deleted=deleted)
    if found:
        raise found[0]
    return deleted


def nulls_since_refusals(
    target: Target, p: Point, state: str, only: set[str] | None = None, skip: set[str] | None = None,
    doomed: set[str] | None = None, delete: bool = True, deleted: list[dict[str, Any]] | None = None,
) -> list[Refused]:
    """Before point p's reverse runs: refuse when a column its migration made nullable (DROP NOT NULL)
    comes back NOT NULL and rows hold NULL there now, or a CHECK / UNIQUE / FOREIGN KEY constraint it
    dropped comes back and rows break it (Dialect.reimposed_violations), in the tables
    of `only` (when given) and not of `skip`. The reverse would otherwise stop half-way on the
    server's error (PostgreSQL, SQLite) or, outside MySQL's strict mode, turn the NULLs into the
    type's zero value. `state`: what has run so far. Tables the point restores whole (their rows go
    back as captured) or row by row (the restored rows may be the ones holding NULL now) are left to
    the reverse, whose error then names this cause. Returns every such refusal (the dry run lists
    them all; a rollback stops at the first).

    `doomed` (as inserted_since takes it): in those tables the rows holding NULL, or values the
    narrowed type cannot hold, are deleted instead (only counted when not `delete`), and listed in
    `deleted`."""
    d, conn, journal = target.dialect, target.conn, target.journal
    captured = {str(c.get("table")) for c in p.info.get("captures", [])
                if c.get("kind") in ("copy", "quarantine-table", "rows")}
    model_before, model_after = journal.model(p.id, "before"), journal.model(p.id, "after")
    quarantined = _hidden_at_end(p)  # dropped (and maybe added again under the same name): not the same column
    moved = _live_at_end(p, model_before)  # quarantined, or renamed: read under the name it has now
    checked: set[str] = set()
    found: list[Refused] = []
    for name, after in sorted(model_after.tables.items()):
        before = model_before.tables.get(name)
        if (before is None or name in captured or (only is not None and name not in only)
                or (skip is not None and name in skip)):
            continue
        checked.add(name)
        for col in before.columns:
            end = moved.get(name, {}).get(col.name, col.name)
            now = after.column(end)
            if (now is not None and now.type != col.type and widened(col.type, now.type) and not now.hidden
                    and col.name not in quarantined.get(name, {})
                    and (unfit := unfit_condition(d.quote(end), col.type))):
                n = int(conn.scalar(f"SELECT count(*) FROM {d.qualified(name)} WHERE {unfit}"))
                if n and _deleted_doomed(target, p, name, unfit, n, f"values {col.type} cannot hold in {col.name}",
                                         doomed, delete, deleted):
                    continue
                if n:
                    found.append(Refused(
                        f"{n} row(s) of {name} hold values in {col.name} that {col.type} cannot hold, "
                        f"which {p.migration} widened to {now.type} and its reverse narrows back",
                        hint=f"{state}. Rows written since the point hold them ({unfit}): change or delete "
                        "them first, or keep the migration",
                        details={"table": name, "column": col.name, "rows": n, "migration": p.migration},
                    ))
                continue
            if (col.nullable or col.hidden or col.generated is not None or now is None or now.hidden or not now.nullable
                    or now.type != col.type or col.name in quarantined.get(name, {})):
                continue
            n = int(conn.scalar(f"SELECT count(*) FROM {d.qualified(name)} WHERE {d.quote(end)} IS NULL"))
            if n and _deleted_doomed(target, p, name, f"{d.quote(end)} IS NULL", n,
                                     f"NULL in {col.name}, which comes back NOT NULL", doomed, delete, deleted):
                continue
            if n:
                found.append(Refused(
                    f"{n} row(s) of {name} hold NULL in {col.name}, which {p.migration} made nullable and its "
                    "reverse makes NOT NULL again",
                    hint=f"{state}. Rows written since the point hold NULL there: give them a value first "
                    f"(UPDATE {d.qualified(name)} SET {d.quote(end)} = ... WHERE {d.quote(end)} IS NULL) "
                    "or delete them, or keep the migration",
                    details={"table": name, "column": col.name, "rows": n, "migration": p.migration},
                ))
    replaced = {t: set(cols) for t, cols in moved.items()}
    for table, constraint, n in d.reimposed_violations(conn, model_before, model_after, checked, replaced):
        found.append(Refused(
            f"{n} row(s) of {table} break {constraint}, which {p.migration} dropped and its reverse adds back",
            hint=f"{state}. Rows written since the point do not satisfy it: change or delete them first, "
            "or keep the migration",
            details={"table": table, "constraint": constraint, "rows": n, "migration": p.migration},
        ))
    return found


def unique_clash_refusals(
    target: Target, p: Point, on_conflict: str, state: str, only: set[str] | None = None, skip: set[str] | None = None
) -> list[Refused]:
    """Before point p's reverse runs: the row captures (of the tables of `only`, when given, and not
    of `skip`) whose restore would put back an old image holding values of a unique key (besides
    the row key) that a row it leaves in place holds now: a row written since took them (inserted,
    or moved there), and the restore would stop on the server's error, half-way where DDL does not
    roll back. `state`: what has run so far. Read only; a refusal per table and unique key."""
    d, conn, journal = target.dialect, target.conn, target.journal
    model_before, model_after = journal.model(p.id, "before"), journal.model(p.id, "after")
    hidden_at_end = _live_at_end(p, model_before)
    whole = {c.get("table") for c in p.info.get("captures", []) if c.get("kind") in ("copy", "quarantine-table")}
    found: list[Refused] = []
    for c in p.info.get("captures", []):
        if c.get("kind") != "rows":
            continue
        rec = CaptureRecord.from_dict(c)
        if (rec.table in whole or rec.table not in model_after.tables or rec.table not in model_before.tables
                or hidden_at_end.get(rec.table) or (only is not None and rec.table not in only)
                or (skip is not None and rec.table in skip) or not rec.key):
            continue
        table = rec.table_model(model_before)
        names = set(table.column_names)
        uniques = [cols for cols in model_before.unique_keys(rec.table)
                   if set(cols) <= names and not set(rec.key) <= set(cols)]
        for cols in uniques:
            sql = d.rows_unique_clash_sql(table, rec.capture, rec.key, [cols], on_conflict, rec.plan_firings(d),
                                          layout=rec.layout, replayed=rec.replayed or ())
            n = int(conn.scalar(sql)) if sql else 0
            if n:
                found.append(Refused(
                    f"{n} row(s) of {rec.table} that rolling back {p.migration} puts back hold values of "
                    f"({', '.join(cols)}) that rows written since the point hold now, under a unique key",
                    hint=f"{state}. Change or delete the rows written since that hold them first, or keep the migration",
                    details={"table": rec.table, "columns": cols, "rows": n, "migration": p.migration},
                ))
    return found


def refuse_unique_clashes(
    target: Target, p: Point, on_conflict: str, state: str, only: set[str] | None = None, skip: set[str] | None = None
) -> None:
    """Refuse with the first of unique_clash_refusals, if any; with `fail`, rows changed since (a
    restore counting its own conflicts has not counted them yet) are refused as conflicts first."""
    found = unique_clash_refusals(target, p, on_conflict, state, only, skip)
    if not found:
        return
    if on_conflict == "fail":
        refuse_conflicts(find_conflicts(target, p, only=only, skip=skip), on_conflict, state=state)
    raise found[0]


def _first_per_marker(records: list[CaptureRecord]) -> list[CaptureRecord]:
    """The records with a marker, the first of each table's only."""
    seen: set[tuple[str, str]] = set()
    out: list[CaptureRecord] = []
    for r in records:
        if r.marker and (r.table, r.marker) not in seen:
            seen.add((r.table, r.marker))
            out.append(r)
    return out


def _unfillable(target: Target, p: Point, rec: CaptureRecord, n: int, column: str, hidden: str, state: str) -> Refused:
    d = target.dialect
    marked, clear = d.marked_sql(rec)
    return Refused(
        f"{n} row(s) of {rec.table} written after {p.migration} have no value for {column}, "
        "which comes back NOT NULL without a default",
        hint=f"{state}. Those rows are marked ({marked}): delete them, or give them a value and clear the "
        f"mark first: UPDATE {d.qualified(rec.table)} SET {d.quote(hidden)} = ..., {clear} WHERE {marked}",
        details={"table": rec.table, "column": column, "rows": n},
    )


def checksum_rows(checksum: str | None) -> int:
    """The row count of a table checksum `<rows>:<hash>` (SQLite's is "None" for an empty table)."""
    head = str(checksum).split(":", 1)[0]
    return int(head) if head.isdigit() else 0


def touched_tables(p: Point) -> set[str]:
    """The tables point p's reverse restores rows of: those it captured (any kind) and those it
    checksummed. A rollback reverting p before an older point changes these first."""
    return {str(c.get("table")) for c in p.info.get("captures", [])} | set(p.info.get("checks", {}))


def _hidden_at_end(p: Point) -> dict[str, dict[str, str]]:
    """Columns the point's migration left hidden (quarantined), per table: model name -> hidden name.
    Conflict checks read the tables as the migration left them."""
    out: dict[str, dict[str, str]] = {}
    for c in p.info.get("captures", []):
        if c.get("kind") == "quarantine-columns":
            out.setdefault(c["table"], {}).update(c.get("hidden", {}))
    return out


def _live_at_end(p: Point, model_before: SchemaModel) -> dict[str, dict[str, str]]:
    """Columns the point's migration left hidden or renamed, per table: model name -> its name now
    (capture.live_at_end). Conflict checks read the tables as the migration left them."""
    return live_at_end([CaptureRecord.from_dict(c) for c in p.info.get("captures", [])], model_before)


def _forget_conflicts(target: Target, p: Point) -> None:
    d, conn, journal = target.dialect, target.conn, target.journal
    model_before = journal.model(p.id, "before")
    live_now = _live_at_end(p, model_before)
    for c in p.info.get("captures", []):
        if c.get("kind") == "rows":
            rec = CaptureRecord.from_dict(c)
            live = live_now.get(rec.table, {})
            conn.execute(d.rows_forget_conflicts_sql(rec.table_model(model_before), rec.capture, rec.key or [], live, rec.plan_firings(d),
                                                      layout=rec.layout))


def plan_rollback(target: Target, to: str) -> RollbackPlan:
    active = target.journal.active()
    point = resolve_target(active, to)
    refuse_crossing_undo(active, point)
    later = [p for p in active if p.id > point.id]
    steps = [
        StepPlan(p.id, p.migration, p.reversible, len(p.info.get("reverse", [])), p.info.get("captures", []))
        for p in reversed(later)
    ]
    return RollbackPlan(
        database=target.url.masked,
        target=to,
        target_point=point.id,
        current=active[-1].migration,
        steps=steps,
    )


def sql_for(target: Target, to: str | None) -> str:
    """The stored reverse SQL that takes the database back to `to` (default: the previous point)."""
    active = target.journal.active()
    if to is None:
        if len(active) < 2:
            raise UnknownTarget("nothing to reverse: the database is at its base point")
        to = "#" + str(active[-2].id)
    point = resolve_target(active, to)
    parts = [_kept(p) + target.journal.reverse_sql(p.id) for p in reversed(active) if p.id > point.id]
    return "\n".join(parts) if parts else f"-- already at {to}\n"


def _kept(p: Point) -> str:
    """Comment lines naming what the apply kept for point p (strategy and volume per capture)."""
    from .foresee import describe_capture

    return "".join(f"-- kept: {describe_capture(c)}\n" for c in p.info.get("captures", []))


def rollback_to(
    target: Target,
    to: str,
    *,
    dry_run: bool = False,
    allow_irreversible: bool = False,
    on_conflict: str = "fail",
    lock_timeout: float = 10.0,
) -> RollbackResult:
    plan = plan_rollback(target, to)
    result = RollbackResult(plan=plan, dry_run=dry_run)
    irreversible = [s.migration for s in plan.steps if not s.reversible]
    if irreversible and not allow_irreversible:
        raise Refused(
            "rolling back past irreversible points: " + ", ".join(irreversible),
            hint="pass --allow-irreversible to run the best-effort reverse anyway",
        )
    if dry_run or not plan.steps:
        result.verified = not plan.steps
        return result
    d, conn, journal = target.dialect, target.conn, target.journal
    started = time.perf_counter()
    if not d.transactional_ddl:
        return _rollback_stepwise(target, plan, result, on_conflict, lock_timeout, started)
    target.begin_locked(lock_timeout)
    positions: dict[str, Any] = {}
    try:
        positions = d.sequence_positions(conn)
        current = {p.id: p for p in journal.active()}
        if {p for p in current if p >= plan.target_point} != {plan.target_point, *[s.point_id for s in plan.steps]}:
            raise Refused("the journal changed while planning the rollback", hint="run the command again")
        no_new_orphans = orphan_guard(target, [current[s.point_id] for s in plan.steps])
        doomed = doomed_tables([current[s.point_id] for s in plan.steps], journal)
        for step in plan.steps:
            p = current[step.point_id]
            # restore-old restores conflicting rows too, so only the check up front can count them
            found, filled = prepare_reverse(target, p, on_conflict, merges=merge_counts(target, p),
                                            counted=on_conflict == "restore-old", doomed=doomed[p.id])
            result.conflicts += found
            result.filled += filled
            counted = run_reverse(target, p, p.info.get("reverse", []), p.info.get("counted", []), on_conflict)
            result.conflicts += counted
            found += counted
            journal.deactivate(p.id)
            journal.event("rollback", migration=p.migration, point_id=p.id,
                          detail={"to": to, "on_conflict": on_conflict, "conflicts": found, "filled": filled})
        no_new_orphans()
        d.reset_session(conn)
        point = next(p for p in journal.points() if p.id == plan.target_point)
        model = d.introspect(conn)
        result.fingerprint = model.fingerprint()
        if not point.matches(model):
            target_model = journal.model(plan.target_point, "after")
            diff = model.diff(target_model)
            raise Refused(
                f"after the reverse the schema does not match point {to}; nothing was changed",
                hint="the schema drifted since the point; differences: " + "; ".join(diff[:10]),
                details={"differences": diff},
            )
        result.verified = True
        journal.event("rollback-done", migration=to, point_id=plan.target_point,
                      detail={"reverted": [s.migration for s in plan.steps],
                              "seconds": round(time.perf_counter() - started, 4)})
        conn.commit()
    except BaseException as exc:
        trial = _positions_now(target) if positions else None
        if conn.in_transaction:
            conn.rollback()
        _put_sequences_back(target, target.dialect.sequence_catch_up_sql(positions, trial))
        if isinstance(exc, Conflict):
            raise _every_conflict(target, plan.target_point, on_conflict, exc) from None
        if isinstance(exc, Refused) and exc.details.get("reverse_failed") and on_conflict == "fail":
            raise _conflicts_behind(target, plan.target_point, exc) from None
        raise
    result.seconds = time.perf_counter() - started
    return result


def _conflicts_behind(target: Target, point_id: int, exc: Refused) -> Refused:
    """A reverse statement failed (`exc`) under --on-conflict fail. A row capture restored in one
    statement counts its conflicts only once its statements ran (ReverseScript.counted): rows changed
    since that it skipped may be what broke the statement (an ON UPDATE CASCADE child edited since
    still refers to the key the rollback puts back). When the dry run's foresight (ops.plan.preview),
    read once everything is rolled back, finds rows changed since, the rollback refuses on those, as
    it would have had they been counted first; the failed statement is named in the hint."""
    from ..ops.plan import preview  # ops builds on this module

    try:
        seen = preview(target, point_id, "fail")
    except Exception:  # the foresight is an addition to the refusal, never a reason to lose it
        return exc
    first = next((r for r in seen["refusals"] if r.get("point_id") is None), None)
    if first is None or not seen["conflicts"]:
        return exc
    hint = str(first.get("hint") or "").rstrip(". ")
    return Conflict(str(first["message"]), hint=f"{hint}. The reverse stopped on them: {exc.message}",
                    details={**exc.details, "conflicts": seen["conflicts"]})


def _every_conflict(target: Target, point_id: int, on_conflict: str, exc: Conflict) -> Conflict:
    """This engine stops at the first point whose rows changed since: its refusal names that
    point's tables only, and fixing them would meet the next point's. Once everything is rolled
    back, the dry run's foresight (ops.plan.preview) lists every point's, in the same words; the
    refusal as raised stands when that has nothing more to say."""
    from ..ops.plan import preview  # ops builds on this module

    try:
        seen = preview(target, point_id, on_conflict)
    except Exception:  # the foresight is an addition to the refusal, never a reason to lose it
        return exc
    first = next((r for r in seen["refusals"] if r.get("point_id") is None), None)
    found = exc.details.get("conflicts")
    if first is None or first["message"] == exc.message or len(seen["conflicts"]) <= (len(found) if isinstance(found, list) else 0):
        return exc
    return Conflict(str(first["message"]), hint=first.get("hint"), details={**exc.details, "conflicts": seen["conflicts"]})


def _positions_now(target: Target) -> dict[str, Any] | None:
    """The sequences' positions as the failed rollback left them; None when the transaction can
    take no statement any more (an error aborted it)."""
    try:
        return target.dialect.sequence_positions(target.conn)
    except Exception as exc:
        if not is_database_error(exc):
            raise
        return None


def _put_sequences_back(target: Target, statements: list[str]) -> None:
    """After a rollback that did not go through: the reverse scripts' setval calls outlived the
    transaction's ROLLBACK; put the sequences they moved back where they were before it
    (sequence_catch_up_sql). Best effort: the error that stopped the rollback is the one to report
    (a lost connection fails here too)."""
    conn = target.conn
    try:
        conn.begin()
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    except Exception:
        if conn.in_transaction:
            conn.rollback()

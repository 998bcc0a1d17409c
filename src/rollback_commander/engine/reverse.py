"""Building a migration's reverse script.

1. put quarantined tables and columns back, renamed columns under their names (O(1) moves and renames);
2. the dialect's differ turns the schema that leaves into the schema before the migration, with
   the data restore placed between re-creating tables and re-adding constraints;
3. data derived from restored tables that no restore writes recomputed (SQLite's external-content
   full-text indexes), and sequences back to their positions.
Step 2 is planned against the real schema after step 1, read inside a savepoint that is rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model.schema import SchemaModel
from .capture import RENAMED_TABLE, RENAMES, CaptureRecord
from .session import Target


@dataclass
class ReverseScript:
    statements: list[str] = field(default_factory=list)
    rebuilt: list[str] = field(default_factory=list)
    counted: list[dict[str, Any]] = field(default_factory=list)
    """Row restores whose statements' affected-row counts add up to `expected` exactly when no row
    changed since the point: {"first": index, "count": statements, "table", "capture", "expected"}."""

    def text(self, header: str = "") -> str:
        body = ";\n\n".join(s.rstrip().rstrip(";") for s in self.statements)
        if body:
            body += ";\n"
        return (header + body) if body else header + "-- nothing to reverse\n"


def unquarantine_sql(target: Target, model_end: SchemaModel, records: list[CaptureRecord]) -> list[str]:
    """Stage 1: quarantined tables and columns put back and renamed columns renamed back, undoing
    the records newest first. Each table's column names are followed as these statements leave
    them: a column the migration added under a name one of them gives back is dropped first (it
    came later, or it would not hold the name), and a renamed column no longer there (dropped for
    good later, its table copied whole) is left to the differ."""
    d = target.dialect
    out: list[str] = []
    moved_back: set[str] = set()
    markers: dict[tuple[str, str], str | None] = {}  # (table, marker) -> its sequence
    names: dict[str, set[str] | None] = {}  # table -> its column names so far (None: not known)

    def put_back(table: str, name: str, now: str) -> list[str]:
        """The column `now` of `table` back under `name`."""
        if table not in names:
            t = model_end.tables.get(table)
            names[table] = set(t.column_names) if t is not None else None
        cols = names[table]
        if cols is not None:
            if now not in cols:
                return []
            cols.discard(now)
            replaced = name in cols
            cols.add(name)
        else:  # moved back: its columns as the migration left them are not in model_end
            replaced = False
        return d.unquarantine_column_sql(table, name, now, replaced)

    for rec in reversed(records):
        if rec.kind == "quarantine-table":
            out += d.unquarantine_table_sql(rec.table, rec.capture, replaced=rec.table in model_end.tables)
            moved_back.add(rec.table)
            names[rec.table] = None
        elif rec.kind == RENAMED_TABLE:
            if rec.capture in model_end.tables:  # (else renamed or dropped later: a copy covers it)
                out += d.unquarantine_renamed_table_sql(rec.table, rec.capture, _holder(model_end, rec.table))
                moved_back.add(rec.table)
                names[rec.table] = set(model_end.tables[rec.capture].column_names)
        elif rec.kind in ("quarantine-columns", RENAMES):
            if rec.table not in model_end.tables and rec.table not in moved_back:
                if rec.marker_sequence:  # the marker column goes with the renamed table; its sequence goes here
                    markers.setdefault((rec.table, str(rec.marker)), rec.marker_sequence)
                continue  # renamed or dropped later in the migration: a whole-table capture covers it
            for col, now in rec.hidden.items():
                out += put_back(rec.table, col, now)
            if rec.marker:
                markers.setdefault((rec.table, rec.marker), rec.marker_sequence)
    for (table, marker), sequence in markers.items():  # once per table, after its columns are back
        out += d.unquarantine_marker_sql(table, marker, sequence)
    return out


def _holder(model: SchemaModel, name: str) -> str | None:
    """The kind of relation holding `name` in `model` (a table, or a view, sequence or index in
    the tables' namespace: a compatibility view under a renamed table's old name), or None."""
    if name in model.tables:
        return "table"
    kinds = ("view", "materialized_view", "sequence", "index")
    return next((o.kind for o in model.objects.values() if o.kind in kinds and o.name == name), None)


def _shared_rows(model: SchemaModel, records: list[CaptureRecord]) -> set[str]:
    """Tables whose rows more than one restore writes: a partitioned table and its partitions (any
    level) when both are restored (hatchet: a partition copied, then its renamed parent copied whole)."""
    restored = {r.table for r in records if r.kind in ("copy", "rows") and r.table in model.tables}

    def ancestors(t: str) -> list[str]:
        out: list[str] = []
        while (p := model.tables[t].extra.get("partition_of")) and p in model.tables and p not in out:
            out.append(str(p))
            t = str(p)
        return out

    shared: set[str] = set()
    for t in restored:
        for a in ancestors(t):
            if a in restored:
                shared |= {t, a}
    return shared


def build_reverse(
    target: Target,
    model_end: SchemaModel,
    model_start: SchemaModel,
    records: list[CaptureRecord],
    sequence_sql: list[str],
    merge: dict[str, dict[str, list[str]]] | None = None,
) -> ReverseScript:
    """SQL that takes the database from `model_end` back to `model_start`, data included. `merge`
    names the merge-safe copy captures (capture -> {"key", "columns"} kept, see apply.merge_safe): restored
    row by row, by key, leaving rows written since in place."""
    d, conn = target.dialect, target.conn
    stage1 = unquarantine_sql(target, model_end, records)
    model_mid = model_end
    if stage1 and not d.transactional_ddl:  # DDL cannot be tried and undone: worked out instead
        model_mid = d.unquarantined_model(conn, model_end, records)
    elif stage1:
        with conn.savepoint("rollback_plan"):
            for sql in stage1:
                conn.execute(sql)
            model_mid = d.introspect(conn)
        d.reset_session(conn)
    copies = {r.table for r in records if r.kind == "copy"}
    plan = d.plan_reverse(model_mid, model_start, copies)
    restores: list[str] = []
    restored: set[str] = set()
    counted: list[dict[str, Any]] = []
    for rec in reversed(records):
        if rec.kind not in ("copy", "rows") or rec.table not in model_start.tables:
            continue
        table = rec.table_model(model_start)
        restored.add(rec.table)
        if rec.kind == "copy" and merge and rec.capture in merge:
            m = merge[rec.capture]
            restores += d.merge_restore_sql(table, rec.capture, m["key"], m["columns"], rec.table in plan.rebuilt)
            continue
        if rec.kind == "copy":
            # a re-created table is filled by one INSERT, unless rows of its partition family (a
            # partitioned parent's copy holds its partitions' rows) come back by another restore too
            alone = rec.table not in _shared_rows(model_start, records)
            restores += d.copy_restore_sql(table, rec.capture, rec.key, rec.table in plan.rebuilt and alone, rec.layout)
            continue
        sqls = d.rows_restore_sql(table, rec.capture, rec.key or [], rec.plan_firings(d), (model_mid, model_start),
                                  layout=rec.layout, replayed=rec.replayed or ())
        if rec.keys is not None and d.rows_restore_counted(table, rec.key or [], rec.plan_firings(d)):
            counted.append({"first": len(restores), "count": len(sqls), "table": rec.table, "capture": rec.capture,
                            "expected": rec.keys})
        restores += sqls
    guard_before, guard_after = d.restore_guards(model_mid, model_start, restored, copies) if restored else ([], [])
    offset = len(stage1) + len(plan.pre) + len(guard_before)
    for c in counted:
        c["first"] += offset
    refresh = d.derived_refresh_sql(model_start, restored | plan.rebuilt)
    statements = [*stage1, *plan.pre, *guard_before, *restores, *guard_after, *plan.post, *refresh, *sequence_sql]
    return ReverseScript(statements=statements, rebuilt=sorted(plan.rebuilt), counted=counted)

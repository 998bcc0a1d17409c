"""What every check reads: the open target, the current schema model, the point it is compared
with, the last rollback (when nothing was applied since), and small SQL helpers per dialect."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..dialects.base import Dialect
from ..engine.capture import CaptureRecord
from ..engine.session import Target
from ..journal.store import Point
from ..model.schema import Column, SchemaModel, Table
from .report import NullProgress, Progress


@dataclass
class CaptureRef:
    """What a rollback restored `table` to, and how verify can tell: the checksum the table had
    before the oldest reverted point that touched it, and that point's first capture of it.

    Capture kinds (see engine/capture.py): copy (the whole table as it was), rows (old images of
    the rows a statement changed, plus the keys of the rows it left: PostgreSQL), quarantine-table
    and quarantine-columns (set aside and moved back by the rollback: no copy to compare with).
    """

    table: str
    point_id: int
    migration: str
    definition: Table
    """The table as it was before that point, restricted to the columns the capture holds."""
    kind: str = "copy"
    capture: str | None = None
    """The capture table to compare with (copy or rows kind), or None."""
    key: list[str] | None = None
    rows: int | None = None
    checksum_before: str | None = None
    checksum_table: Table | None = None
    """The columns the checksum before was computed over."""
    retyped: list[str] = field(default_factory=list)
    """Types of its columns (enums, domains, composites) that an older reverted migration changed:
    rows then and now print differently (a label renamed back), so they are not compared."""
    one_event_per_key: bool = False
    """A rows capture written by one statement firing (CaptureRecord.plan_firings is 1): each key
    it holds once, so its old images need no search for each key's first event."""

    @property
    def comparable(self) -> bool:
        return self.capture is not None and self.kind in ("copy", "rows")


@dataclass
class LastRollback:
    """The most recent rollback, when no migration was applied after it."""

    to: str
    target_point: int
    reverted: list[Point]
    on_conflict: str = "fail"
    """keep-current: rows changed since the point were kept on purpose (not compared then)."""
    captures: dict[str, CaptureRef] = field(default_factory=dict)
    filled: dict[str, int] = field(default_factory=dict)
    """Rows written since a reverted point that the rollback kept, filling the columns it restored
    (the `filled` of its events), by table: the table holds them besides its rows from before."""
    kept: dict[str, int] = field(default_factory=dict)
    """Rows changed since a reverted point that `--on-conflict keep-current` kept as they are (its
    conflicts of row-captured tables), by table."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "to": self.to,
            "target_point": self.target_point,
            "reverted": [p.migration for p in self.reverted],
            "on_conflict": self.on_conflict,
            "tables": sorted(self.captures),
        }


@dataclass
class VerifyContext:
    target: Target
    model: SchemaModel
    expected: SchemaModel | None = None
    point: Point | None = None
    rollback: LastRollback | None = None
    soft_delete_column: str = "deleted_at"
    progress: Progress = field(default_factory=NullProgress)

    @property
    def dialect_name(self) -> str:
        return self.target.dialect.name

    # -- SQL --------------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        conn = self.target.conn
        return conn.query(conn.q(sql) if params else sql, params)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def table_sql(self, key: str) -> str:
        """A table key of the model (or a capture table name) as quoted SQL."""
        return self.target.dialect.qualified(key)

    def col(self, name: str, alias: str | None = None) -> str:
        quoted = self.target.dialect.quote(name)
        return f"{alias}.{quoted}" if alias else quoted

    def row_text(self, alias: str, columns: Sequence[Column]) -> str:
        """An expression giving a comparable text of the listed columns of a row (MySQL: binary,
        so rows that differ only in case or trailing spaces do not compare equal)."""
        if not columns:
            return "''"
        if self.dialect_name == "postgresql":
            return "ROW(" + ", ".join(self.col(c.name, alias) for c in columns) + ")::text"
        if self.dialect_name == "mysql":
            from ..dialects.mysql import value_expr

            parts = ", ".join(f"IFNULL(QUOTE(CAST({value_expr(alias, c)} AS BINARY)), 'NULL')" for c in columns)
            return f"CAST(CONCAT_WS(CHAR(31), {parts}) AS BINARY)"
        return " || char(31) || ".join(f"quote({self.col(c.name, alias)})" for c in columns)

    def relation_exists(self, name: str) -> bool:
        """True when a table (a capture table's stored name included) exists."""
        if self.dialect_name == "postgresql":
            return self.scalar("SELECT to_regclass(?) IS NOT NULL", (name,)) is True
        if self.dialect_name == "mysql":
            return bool(self.scalar("SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                    "AND TABLE_NAME = ?", (name,)))
        return bool(self.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))


def find_last_rollback(target: Target, model: SchemaModel) -> LastRollback | None:
    """The last rollback and what it restored, or None when a migration was applied after it
    (then the rows are the newer migration's business) or there was none."""
    journal = target.journal
    events = journal.events(2000)
    done_at = None
    for i in range(len(events) - 1, -1, -1):
        kind = events[i]["kind"]
        if kind in ("apply", "adopt", "rollback"):
            return None
        if kind == "rollback-done":
            done_at = i
            break
    if done_at is None:
        return None
    done = events[done_at]
    ids: list[int] = []
    options: dict[str, Any] = dict(done.get("detail") or {})
    filled: dict[str, int] = {}
    kept: dict[str, int] = {}
    for e in reversed(events[:done_at]):
        if e["kind"] != "rollback":
            break
        if e["point_id"] is not None:
            ids.append(int(e["point_id"]))
        detail = e.get("detail") or {}
        options = {**detail, **options}
        _add_rows(filled, detail.get("filled"))
        if detail.get("on_conflict") == "keep-current":
            _add_rows(kept, [c for c in detail.get("conflicts") or [] if isinstance(c, dict) and c.get("kind") == "rows"])
    by_id = {p.id: p for p in journal.points()}
    reverted = [by_id[i] for i in ids if i in by_id]
    target_point = int(done["point_id"]) if done["point_id"] is not None else 0
    result = LastRollback(
        to=str(done["migration"] or ""), target_point=target_point, reverted=reverted,
        on_conflict=str(options.get("on_conflict") or "fail"), filled=filled, kept=kept,
    )
    target_model = journal.model(target_point, "after") if target_point in by_id else model
    for p in sorted(reverted, key=lambda p: p.id):
        records = [c for c in p.info.get("captures", []) if isinstance(c, dict) and c.get("table")]
        tables = [t for t in dict.fromkeys(str(c["table"]) for c in records) if t not in result.captures]
        if not tables:
            continue
        before = journal.model(p.id, "before")
        checksums = p.info.get("checksums_before") or {}
        for table in tables:
            if table not in before.tables or table not in target_model.tables:
                continue
            ref = _capture_ref(table, p, before, [c for c in records if c["table"] == table], checksums, target.dialect)
            ref.retyped = changed_types(before.tables[table], before, target_model)
            result.captures[table] = ref
    return result


def _add_rows(into: dict[str, int], entries: Any) -> None:
    """Sum the rows of a rollback event's `filled` or `conflicts` entries by table, over every
    reverted point: the table as restored holds its rows from before the oldest plus these."""
    for f in entries or []:
        if isinstance(f, dict) and f.get("table"):
            into[str(f["table"])] = into.get(str(f["table"]), 0) + int(f.get("rows") or 0)


def changed_types(table: Table, before: SchemaModel, after: SchemaModel) -> list[str]:
    """The user types `table`'s columns use (as `before` has them) that `after` defines otherwise or
    lacks: an enum whose labels a reverted ALTER TYPE ... RENAME VALUE / ADD VALUE changed, say."""
    by_sql = {str(o.definition.get("sql_name")): o for o in before.objects_of("type")}
    out: list[str] = []
    for col in table.columns:
        obj = by_sql.get(col.type.split("[", 1)[0])
        if obj is None or obj.name in out:
            continue
        now = after.objects.get(obj.key)
        if now is None or _prints_otherwise(obj.definition, now.definition):
            out.append(obj.name)
    return out


def _prints_otherwise(then: dict[str, Any], now: dict[str, Any]) -> bool:
    """Whether values of a type may print otherwise now. An enum that only gained or lost labels
    (ADD VALUE reverted) prints its remaining values the same; one that lost some labels and gained
    others may have had them renamed."""
    if then.get("type") == now.get("type") == "enum":
        a, b = set(then["labels"]), set(now["labels"])
        return bool(a - b and b - a)
    return then != now


def _capture_ref(table: str, p: Point, before: SchemaModel, records: list[dict[str, Any]], checksums: dict[str, Any],
                 dialect: Dialect) -> CaptureRef:
    """The first record of the table at point p decides: its columns are the ones the checksum
    before was taken over; the first copy or rows record is what the rows compare with."""
    full = before.tables[table]

    def restricted(rec: dict[str, Any]) -> Table:
        cols = rec.get("columns")
        if not cols:
            return full
        return Table(full.name, [c for c in full.columns if c.name in cols], full.primary_key, full.extra)

    def compared(rec: dict[str, Any]) -> Table:
        """The columns rows are compared over: generated ones follow from the others (and MySQL's
        row captures do not hold them)."""
        t = restricted(rec)
        return Table(t.name, [c for c in t.columns if c.writable], t.primary_key, t.extra)

    first = records[0]
    ref = CaptureRef(
        table=table, point_id=p.id, migration=p.migration, definition=compared(first),
        kind=str(first.get("kind") or "copy"), key=first.get("key") or before.row_key(table), rows=first.get("rows"),
        checksum_before=checksums.get(table), checksum_table=restricted(first),
    )
    for rec in records:
        kind = str(rec.get("kind") or "copy")
        if kind == "quarantine-table":
            break  # the table was set aside whole and moved back: nothing was copied
        if kind == "copy" and rec.get("written_before"):
            break  # copied after the migration had written it: not the rows it found
        if kind in ("copy", "rows"):
            ref.kind, ref.capture, ref.definition = kind, str(rec["capture"]), compared(rec)
            ref.key = rec.get("key") or before.row_key(table)
            ref.rows = rec.get("rows")
            ref.one_event_per_key = kind == "rows" and CaptureRecord.from_dict(rec).plan_firings(dialect) == 1
            break
    return ref

"""What `rollback apply --dry-run` foretells for one statement, without running it: for each table
the capture would keep, the strategy the apply takes (the same order of choices as
apply._run_statement) and the volume it would copy.

- quarantine: DROP TABLE / DROP COLUMN set the table or columns aside by renaming them, O(1);
  nothing is copied.
- rows: DML on a table with a row key; only the rows the statement changes are written to the
  capture (old images, and the key and hash of what it leaves). The volume is the engine's estimate
  of the rows it changes, where the engine gives one (PostgreSQL's planner; MySQL's EXPLAIN tells
  the rows it examines, an upper bound), else the table's row count as an upper bound.
- rename: PostgreSQL's RENAME COLUMN destroys nothing; the reverse renames the column back, O(1).
- copy: the whole table is copied server-side before the statement runs (the table's estimated
  rows and size).

A statement that depends on what earlier statements of the same migration create, or whose effect
only running it can tell (a probe), may end up with another strategy when applied; the apply's
result and `rollback sql` show what was done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model.schema import SchemaModel
from .analyze import Analysis
from .capture import pinned_columns, table_settable_aside
from .errors_map import is_database_error
from .session import Target

QUARANTINE = "quarantine"
RENAME = "rename"
ROWS = "rows"
COPY = "copy"


@dataclass
class Foresight:
    """What the dry run has foretold so far in one migration."""

    whole: dict[str, int] = field(default_factory=dict)
    """Tables an earlier statement copies or sets aside whole -> its line: no capture again."""
    sizes: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    """Table -> (estimated rows, bytes), read once per migration (a count or a b-tree walk on SQLite)."""


def foresee(target: Target, an: Analysis, model: SchemaModel, sql: str, line: int, seen: Foresight,
            alone: bool = False) -> list[dict[str, Any]]:
    """One entry per table: {table, strategy, rows, bytes, estimate}. `rows` and `bytes` are what
    the capture would copy (0 for a quarantine); `estimate` says how they were told. `seen` holds
    what earlier statements of the migration foretold; this statement's whole copies are added.
    `alone`: a table rename no later statement captures (analyze.renamed_alone)."""
    whole = seen.whole
    d = target.dialect
    if d.quarantine and an.quarantine_tables and all(table_settable_aside(d, target.conn, model, t) for t in an.quarantine_tables):
        whole.update({t: line for t in an.quarantine_tables if t not in whole})
        return [_entry(t, QUARANTINE, 0, 0, "renamed, O(1)") for t in an.quarantine_tables if t in model.tables]
    if d.quarantine and an.quarantine_columns and an.quarantine_columns[0] in model.tables:
        owner, cols = an.quarantine_columns
        if not pinned_columns(d, target.conn, model.tables[owner], cols):
            return [_entry(owner, QUARANTINE, 0, 0, f"column{'s' if len(cols) > 1 else ''} {', '.join(cols)} renamed, O(1)")]
    if d.records_renames and an.rename_column and an.rename_column[0] in model.tables and an.rename_column[0] not in whole:
        owner, old, new = an.rename_column
        return [_entry(owner, RENAME, 0, 0, f"column {old} renamed to {new}, renamed back by the reverse, O(1)")]
    if d.records_renames and alone and an.rename_table and an.rename_table[0] in model.tables and an.rename_table[0] not in whole:
        whole[an.rename_table[0]] = line
        return [_entry(an.rename_table[0], RENAME, 0, 0, f"renamed to {an.rename_table[1]}, renamed back by the reverse, O(1)")]
    out = []
    for name in sorted(an.capture):
        table = model.tables.get(name)
        if table is None:
            continue
        if name in whole:
            out.append(_entry(name, COPY, 0, 0, f"kept whole at line {whole[name]} already"))
            continue
        if name not in seen.sizes:
            seen.sizes[name] = (d.estimated_rows(target.conn, table), d.table_bytes(target.conn, name))
        total_rows, total_bytes = seen.sizes[name]
        if d.row_capture and an.rows and model.row_key(name):
            changed = _changed_rows(target, sql) if len(an.capture) == 1 else None
            rows, how = (changed, "planner's estimate") if changed is not None else (total_rows, "at most the table")
            per_row = total_bytes / total_rows if total_bytes is not None and total_rows else None
            out.append(_entry(name, ROWS, rows, None if per_row is None else int(rows * per_row), how))
        else:
            whole[name] = line
            out.append(_entry(name, COPY, total_rows, total_bytes, "whole table"))
    return out


def _changed_rows(target: Target, sql: str) -> int | None:
    """The engine's estimate of the rows the statement changes; None where it has none or cannot
    plan the statement yet (it uses what an earlier statement of the migration creates)."""
    d, conn = target.dialect, target.conn
    if not d.changed_rows_estimate:
        return None
    began = not conn.in_transaction
    if began:
        conn.begin()
    try:
        with conn.savepoint("rollback_estimate"):
            return d.estimate_changed_rows(conn, sql)
    except Exception as exc:
        if not is_database_error(exc):
            raise
        return None
    finally:
        if began:
            conn.rollback()


def _entry(table: str, strategy: str, rows: int, size: int | None, how: str) -> dict[str, Any]:
    return {"table": table, "strategy": strategy, "rows": rows, "bytes": size, "estimate": how}


def describe(entry: dict[str, Any]) -> str:
    """`rows public.contacts: ~20,000 rows, 2.3 MB (planner's estimate)`."""
    if entry["strategy"] in (QUARANTINE, RENAME) or not entry["rows"]:
        return f"{entry['strategy']} {entry['table']} ({entry['estimate']}, nothing copied)"
    size = f", {human_bytes(entry['bytes'])}" if entry.get("bytes") is not None else ""
    return f"{entry['strategy']} {entry['table']}: ~{entry['rows']:,} rows{size} ({entry['estimate']})"


def human_bytes(n: int) -> str:
    value = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"


def describe_capture(capture: dict[str, Any]) -> str:
    """One applied capture (a point's info["captures"] entry) in the words of the dry run."""
    kind, table = capture.get("kind"), capture.get("table")
    if kind == "quarantine-columns":
        hidden = capture.get("hidden") or {}
        return f"quarantine {table}: {', '.join(f'{c} as {h}' for c, h in hidden.items())} (renamed, nothing copied)"
    if kind == "rename-table":
        return f"rename {table}: to {capture.get('capture')} (renamed back by the reverse, nothing copied)"
    if kind == "rename-columns":
        renamed = capture.get("hidden") or {}
        return f"rename {table}: {', '.join(f'{c} to {n}' for c, n in renamed.items())} (renamed back by the reverse, nothing copied)"
    if kind == "quarantine-table":
        return f"quarantine {table}: set aside as {capture.get('capture')} (renamed, nothing copied)"
    size = f", {human_bytes(capture['bytes'])}" if capture.get("bytes") is not None else ""
    return f"{kind} {table}: {capture.get('rows') or 0:,} rows{size} in {capture.get('capture')}"

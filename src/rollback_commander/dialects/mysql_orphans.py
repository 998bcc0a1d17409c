"""MySQL/MariaDB: the rows a rollback would leave without the row their foreign key refers to,
predicted before anything runs.

The reverse runs with FOREIGN_KEY_CHECKS=0 and its DDL commits as it goes, so a check after it
would come too late. Instead, for every foreign key of the target schema whose child or parent
table the rollback restores, the rows each table will hold once the points are reverted are
written as one SQL expression over the live table and the points' captures, newest point first,
mirroring what their reverses do (steps.py `_revert`, reverse.py `build_reverse`):

- a quarantined table comes back as it was set aside (the oldest quarantine of the table wins);
- a copy capture replaces the table's rows with the copy;
- a row capture deletes every key the migration touched and inserts the first old images back
  (mysql_capture.restore_sql), leaving out with --on-conflict keep-current the keys changed since;
- a table the point created is dropped (no rows); one it renamed (no capture: no row changed) has
  the rows of the table it was renamed to, found by its columns;
- any other table keeps its rows.

The rows of the child expression whose foreign key columns are all set and match no row of the
parent expression are counted in the server (nothing proportional to a table goes through
Python), and compared with the same count on the live tables (`dangling`). A foreign key whose
tables cannot be written so (a table renamed among several of the same columns, a column found
nowhere, a count the server cannot run) is returned as unknown: the rollback runs without that
check (its event in the journal names them), and `rollback verify` reports such rows (RC201)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pymysql

from ..model.schema import SchemaModel
from . import mysql_capture as mc
from .base import Connection, Reverted
from .mysql_schema import INTERNAL_PREFIX, _foreign_key_rows, qi


def label(child: str, columns: Sequence[str], parent: str) -> str:
    """How a foreign key is named in counts and messages: child (columns) -> parent."""
    return f"{child} ({', '.join(columns)}) -> {parent}"


def count_sql(child: str, columns: Sequence[str], parent: str, ref_columns: Sequence[str]) -> str:
    """Rows of `child` (a table or a parenthesised SELECT) whose columns are all set and match no
    row of `parent` on `ref_columns`."""
    set_ = " AND ".join(f"_rb_c.{qi(c)} IS NOT NULL" for c in columns)
    match = " AND ".join(f"_rb_p.{qi(r)} = _rb_c.{qi(c)}" for c, r in zip(columns, ref_columns, strict=True))
    return f"SELECT COUNT(*) FROM {child} _rb_c WHERE {set_} AND NOT EXISTS (SELECT 1 FROM {parent} _rb_p WHERE {match})"


def dangling(conn: Connection, tables: set[str]) -> dict[str, int]:
    """Per foreign key (label) of the live database whose child or parent is one of `tables`: the
    rows of the child that find no parent row."""
    if not tables:
        return {}
    db = str(conn.scalar("SELECT DATABASE()"))
    present = {str(r[0]) for r in conn.query("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")}
    out: dict[str, int] = {}
    for (child, _name), fk in sorted(_foreign_key_rows(conn, db).items()):
        parent = str(fk["references"])
        if "." in parent or child.startswith(INTERNAL_PREFIX) or parent.startswith(INTERNAL_PREFIX):
            continue  # another database's table, or the tool's own
        if child not in tables and parent not in tables:
            continue
        # a parent dropped with FOREIGN_KEY_CHECKS = 0 leaves the key referring to no table: no row
        source = qi(parent) if parent in present else f"({_no_rows(fk['ref_columns'])})"
        n = int(conn.scalar(count_sql(qi(child), fk["columns"], source, fk["ref_columns"])))
        key = label(child, fk["columns"], parent)
        out[key] = out.get(key, 0) + n
    return out


def _no_rows(cols: Sequence[str]) -> str:
    return "SELECT " + ", ".join(f"NULL AS {qi(c)}" for c in cols) + " FROM DUAL WHERE FALSE"


class _States:
    """The rows a table holds after the first i points (newest first) are reverted, as SQL."""

    def __init__(self, conn: Connection, steps: list[Reverted], keep_current: bool):
        self.steps = steps
        self.keep_current = keep_current
        self.columns: dict[str, set[str]] = {}
        for table, column in conn.query(
            "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
        ):
            self.columns.setdefault(str(table), set()).add(str(column))
        self.hidden: dict[str, dict[str, str]] = {}  # table -> {column: a hidden (quarantined) name}
        for s in steps:
            for r in s.records:
                if r.kind == "quarantine-columns":
                    for col, hidden in r.hidden.items():
                        self.hidden.setdefault(r.table, {}).setdefault(col, hidden)

    def _physical(self, source: str, table: str, cols: Iterable[str]) -> str | None:
        """SELECT of `cols` from the table `source` holding rows of `table` (a column quarantined
        in it read under its hidden name); None when one is missing."""
        present = self.columns.get(source)
        if present is None:
            return None
        parts: list[str] = []
        for c in cols:
            name = c if c in present else self.hidden.get(table, {}).get(c)
            if name is None or name not in present:
                return None
            parts.append(qi(name) if name == c else f"{qi(name)} AS {qi(c)}")
        return f"SELECT {', '.join(parts)} FROM {qi(source)}"

    def rows(self, table: str, i: int, cols: list[str]) -> str | None:
        """SELECT of `cols` giving the rows `table` holds once steps[:i] are reverted; None when
        that cannot be told."""
        if i == 0:
            return self._physical(table, table, cols)
        p = self.steps[i - 1]
        if table not in p.before.tables:
            return _no_rows(cols)
        recs = [r for r in p.records if r.table == table]
        quarantined = [r for r in recs if r.kind == "quarantine-table"]
        restores = [r for r in recs if r.kind in ("copy", "rows")]
        if not quarantined and not restores:
            if table in p.after.tables:
                return self.rows(table, i - 1, cols)
            source = self._renamed(p, table)
            return None if source is None else self.rows(source, i - 1, cols)
        # the reverse puts quarantines back first, then runs the restores, newest capture first
        needed = list(dict.fromkeys([*cols, *(k for r in restores if r.kind == "rows" for k in r.key or [])]))
        expr = self._physical(quarantined[0].capture, table, needed) if quarantined else None
        for r in reversed(restores):
            if r.kind == "copy":
                expr = self._physical(r.capture, table, needed)
                continue
            if expr is None and not quarantined and r is restores[-1]:
                expr = self.rows(table, i - 1, needed)
            if expr is None or not r.key:
                return None
            expr = self._rows_restored(expr, r, needed, p.before)
            if expr is None:
                return None
        if expr is None:
            return None
        if needed == cols:
            return expr
        return f"SELECT {', '.join(f'_rb_s.{qi(c)}' for c in cols)} FROM ({expr}) _rb_s"

    def _rows_restored(self, expr: str, rec: Any, cols: list[str], model: SchemaModel) -> str | None:
        """The rows of `expr` after the row capture `rec`'s restore: every key it touched deleted,
        the first old images inserted (mysql_capture.restore_sql). With keep-current, the keys
        whose rows changed since are left out of the capture before the restore (steps.py,
        forget_conflicts): told by the live table, as the conflict check tells them."""
        table, key = str(rec.table), list(rec.key)
        t = model.tables[table]
        if any((c := t.column(n)) is None or not c.writable for n in cols):
            return None  # the capture holds the writable columns only
        cap = qi(rec.capture)
        keys = ", ".join(qi(k) for k in key)
        touched = " AND ".join(f"_rb_x.{qi(k)} = _rb_s.{qi(k)}" for k in key)
        names = ", ".join(qi(c) for c in cols)
        first = f"SELECT MIN(_rb_seq) AS s FROM {cap} WHERE _rb_kind <> 'f' GROUP BY {keys}"
        kept_x = kept_o = ""
        if self.keep_current and table in self.columns:
            present = self.columns[table]
            live = {c: h for c, h in self.hidden.get(table, {}).items() if c not in present and h in present}
            changed = mc.conflict_sql(rec.table_model(model), rec.capture, key, live).replace("SELECT COUNT(*)", "SELECT 1", 1)
            kept_x = " AND NOT EXISTS (" + changed + "".join(f" AND f.{qi(k)} = _rb_x.{qi(k)}" for k in key) + ")"
            kept_o = " AND NOT EXISTS (" + changed + "".join(f" AND f.{qi(k)} = _rb_o.{qi(k)}" for k in key) + ")"
        return (
            f"SELECT {', '.join(f'_rb_s.{qi(c)}' for c in cols)} FROM ({expr}) _rb_s WHERE NOT EXISTS "
            f"(SELECT 1 FROM {cap} _rb_x WHERE _rb_x._rb_kind <> 'f' AND {touched}{kept_x}) "
            f"UNION ALL SELECT {names} FROM (SELECT _rb_o.* FROM {cap} _rb_o JOIN ({first}) _rb_m "
            f"ON _rb_o._rb_seq = _rb_m.s WHERE _rb_o._rb_kind = 'o'{kept_o}) _rb_f"
        )

    def _renamed(self, p: Reverted, table: str) -> str | None:
        """The table the point renamed `table` to: the one table it left that it did not find,
        with the same columns."""
        then = p.before.tables[table]
        found = [n for n, t in p.after.tables.items() if n not in p.before.tables and t.columns == then.columns]
        return found[0] if len(found) == 1 else None


def predicted(conn: Connection, steps: list[Reverted], tables: set[str],
              keep_current: bool = False) -> tuple[dict[str, int], list[str]]:
    """Per foreign key (label) of the target schema (the oldest point's model before) whose child or
    parent is one of `tables`: the rows of the child that will find no parent row once `steps`
    (newest first) are reverted (`keep_current`: with --on-conflict keep-current); and the labels
    of those it cannot tell."""
    if not steps or not tables:
        return {}, []
    target = steps[-1].before
    states = _States(conn, steps, keep_current)
    out: dict[str, int] = {}
    unknown: list[str] = []
    for fk in sorted(target.foreign_keys(), key=lambda o: o.name):
        d = fk.definition
        child, parent = fk.table, str(d.get("references", ""))
        cols, refs = list(d.get("columns") or []), list(d.get("ref_columns") or [])
        if not child or parent not in target.tables or not cols or len(cols) != len(refs):
            continue
        if child not in tables and parent not in tables:
            continue
        key = label(child, cols, parent)
        child_rows, parent_rows = states.rows(child, len(steps), cols), states.rows(parent, len(steps), refs)
        if child_rows is None or parent_rows is None:
            unknown.append(key)
            continue
        try:
            n = int(conn.scalar(count_sql(f"({child_rows})", cols, f"({parent_rows})", refs)))
        except pymysql.Error:  # a source that does not read as expected: told, not guessed
            unknown.append(key)
            continue
        out[key] = out.get(key, 0) + n
    return out, unknown

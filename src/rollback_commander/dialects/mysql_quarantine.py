"""MySQL/MariaDB quarantine: DROP TABLE and DROP COLUMN set aside in O(1) instead of destroyed.

DROP TABLE t1, t2  ->  the tables' own foreign keys and triggers dropped (a real DROP TABLE removes
    them: a quarantined child must not keep restricting or cascading from its parents, and the
    names must be free for objects the migration creates next), then one
    `RENAME TABLE t1 TO _rollback_qN_t1, t2 TO _rollback_qN_t2` (metadata only). A table that
    another table's foreign key references is not quarantined: MySQL refuses that DROP TABLE
    unless FOREIGN_KEY_CHECKS = 0 (or, depending on the server, the child is dropped first in the
    same statement), and with the checks off the child's key must dangle (point at the name `t`),
    whereas a rename would carry it along to the quarantined table. The real statement runs
    instead, behind a whole-table copy, and fails or succeeds as the server decides. Dropping the
    child first (its own statement) lets the parent be quarantined next.

ALTER TABLE t DROP COLUMN a, DROP b  ->  one ALTER TABLE that leaves the visible schema exactly as
    the real statement would and keeps the columns' values in place:
    `DROP INDEX` / `ADD <shrunk index>` / `DROP CONSTRAINT` as the server itself does it, then
    `CHANGE COLUMN a _rollback_qN_a <definition> INVISIBLE` per column. What the real statement
    does to indexes and CHECK constraints (drop an index whose only columns go, shrink a composite
    one, refuse a column of a multi-column UNIQUE key on MariaDB, ...) is learned by running it on
    an empty copy of the table (`CREATE TABLE _rollback_probe LIKE t`): DDL cannot be tried in a
    transaction on MySQL, but an empty table costs O(1). If the probe fails, the real statement runs.
    The hidden column is INVISIBLE (no `SELECT *`, no `INSERT ... VALUES` without a column list
    sees it) and keeps its NOT NULL and its DEFAULT: making a column NULLable rebuilds an InnoDB
    table (O(n)), so a NOT NULL column without a default gets the zero value of its type as
    DEFAULT instead (INSTANT), only so that INSERTs without it succeed while it is hidden. Columns
    of a primary key or a foreign key, AUTO_INCREMENT and generated columns, and NOT NULL columns of
    types without a zero value are not quarantined (whole-table copy).

The marker: with the first DROP COLUMN quarantine of a table in a migration, the table gets one
more INVISIBLE column, `_rollback_q<point>_` (`marker_name`; no hidden column can be called that, a
column name is never empty): `ADD COLUMN ... TINYINT NOT NULL DEFAULT 0 ..., ALGORITHM=INSTANT`, so
the rows the table holds read 0 (an instant ADD COLUMN keeps that first default in the metadata,
no row is written), then `ALTER COLUMN ... SET DEFAULT 1` (metadata), so the rows inserted after
read 1. The hide, the add and the SET DEFAULT run under `LOCK TABLES t WRITE` (no INSERT from
another session slips in between). Each is its own recoverable step; if the server refuses the
instant add (ROW_FORMAT=COMPRESSED, too many instant changes on MySQL 8), the quarantine goes on
without a marker and the point's warnings say so: those rows then come back with the zero value.
Before a rollback runs anything it counts the marked rows (engine/rollback.py `inserted_since`): a
restored NOT NULL column without a default refuses the rollback when there are any; otherwise they
hold the column's own default or NULL already (the hidden column kept it) and the result reports
them as `filled`. A table the migration writes after the quarantine is copied whole for that
(its columns changed: no row capture), so its rollback puts its rows back as copied and the count
leaves it out; rows a user inserted since are conflicts there.

Rolling back renames the column back (`RENAME COLUMN`, INSTANT) and drops the marker (an instant
DROP COLUMN on MariaDB 10.4+ / MySQL 8.0.29+); the reverse differ then gives the column its original
definition (visibility and default are metadata: INSTANT) and re-creates the indexes and CHECKs, so
the zero DEFAULT never outlives the quarantine. Pruning drops the quarantined tables and columns,
and the marker, for good.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import re
from typing import Any

from ..model.schema import Column, SchemaModel
from .base import Connection
from .mysql_schema import parse_create_table, qi, tokenize

PROBE_TABLE = "_rollback_probe"
_NUMERIC = frozenset({"tinyint", "smallint", "mediumint", "int", "integer", "bigint", "decimal", "dec", "numeric",
                      "fixed", "float", "double", "real", "bit", "bool", "boolean", "year"})
_CHARS = frozenset({"char", "varchar", "binary", "varbinary"})
_LOBS = frozenset({"tinytext", "text", "mediumtext", "longtext", "tinyblob", "blob", "mediumblob", "longblob"})
_TIMES = {"date": "'2000-01-01'", "datetime": "'2000-01-01 00:00:00'", "timestamp": "'2000-01-01 00:00:00'",
          "time": "'00:00:00'"}


def quarantine_name(point: int, name: str) -> str:
    """`_rollback_q<point>_<name>`, at most 64 characters (a hash ends a shortened one)."""
    full = f"_rollback_q{point}_{name}"
    if len(full) <= 64:
        return full
    return full[:55] + "_" + hashlib.sha1(name.encode()).hexdigest()[:8]


# -- DROP TABLE -------------------------------------------------------------------------------------
def tables_plan(model: SchemaModel, tables: list[str], point: int) -> tuple[list[str], dict[str, str]] | None:
    """Statements that set `tables` aside the way DROP TABLE removes them, and where each goes;
    None when a table outside the statement has a foreign key into one of them."""
    dropped = set(tables)
    fks = model.foreign_keys()
    if any(fk.definition.get("references") in dropped and fk.table != fk.definition.get("references") for fk in fks):
        return None  # the server decides (statement order, FOREIGN_KEY_CHECKS): the real statement runs
    out: list[str] = []
    for table in tables:
        own = sorted(_local(fk.name, table) for fk in fks if fk.table == table)
        if own:
            out.append(f"ALTER TABLE {qi(table)} " + ", ".join(f"DROP FOREIGN KEY {qi(n)}" for n in own))
        for trig in sorted(o.name for o in model.objects_of("trigger") if o.table == table):
            out.append(f"DROP TRIGGER IF EXISTS {qi(_local(trig, table))}")
    where = {t: quarantine_name(point, t) for t in tables}
    out.append("RENAME TABLE " + ", ".join(f"{qi(t)} TO {qi(w)}" for t, w in where.items()))
    return out, where


def unquarantine_table_sql(table: str, where: str, replaced: bool) -> list[str]:
    out: list[str] = []
    if replaced:  # a table of that name made since: it goes as the reverse would drop it (children aside)
        out = ["SET SESSION foreign_key_checks = 0", f"DROP TABLE IF EXISTS {qi(table)}", "SET SESSION foreign_key_checks = 1"]
    return [*out, f"RENAME TABLE {qi(where)} TO {qi(table)}"]


# -- DROP COLUMN ------------------------------------------------------------------------------------
def zero_value(col: Column, mariadb: bool) -> str | None:
    """A DEFAULT for a NOT NULL column that has none (an INVISIBLE column needs one)."""
    base = re.split(r"[\s(]", col.type.lower(), maxsplit=1)[0]
    if base in _NUMERIC:
        return "0"
    if base in _CHARS or base == "set" or (base in _LOBS and mariadb):
        return "''"
    if base == "enum":
        first = next((t.text for t in tokenize(col.type) if t.kind == "string"), None)
        return first
    return _TIMES.get(base)


def hidden_definition(col: Column, mariadb: bool = True) -> str | None:
    """The column's definition as a quarantined column: INVISIBLE, with a DEFAULT if it is NOT NULL
    without one, and without an inline CHECK (which the real DROP COLUMN removes along with it).
    None for a column that cannot be hidden this way."""
    sql = str(col.extra.get("sql") or "")
    if not sql or col.generated is not None or col.identity or col.hidden:
        return None
    tokens = tokenize(sql)
    for i, tok in enumerate(tokens):
        if tok.kind == "word" and tok.text.upper() == "CHECK" and i + 1 < len(tokens) and tokens[i + 1].text == "(":
            depth = 0
            for t in tokens[i + 1 :]:
                depth += {"(": 1, ")": -1}.get(t.text, 0)
                if depth == 0:
                    sql = (sql[: tok.start] + sql[t.end :]).strip()
                    break
            break
    words = {t.text.upper() for t in tokenize(sql) if t.kind == "word"}
    if not col.nullable and "DEFAULT" not in words:
        zero = zero_value(col, mariadb)
        if zero is None:
            return None
        sql += f" DEFAULT {zero}"
    return sql if "INVISIBLE" in words else sql + " INVISIBLE"


def columns_plan(
    conn: Connection, model: SchemaModel, table: str, columns: list[str], point: int, mariadb: bool
) -> tuple[str, dict[str, str]] | None:
    """One ALTER TABLE that does what `ALTER TABLE table DROP COLUMN ...` would do to the visible
    schema while keeping the columns hidden, and model name -> hidden name; None when the columns
    cannot be quarantined (the real statement then runs behind a whole-table copy)."""
    t = model.tables.get(table)
    if t is None:
        return None
    by_lower = {c.name.lower(): c for c in t.columns if not c.hidden}
    cols: list[Column] = []
    for name in columns:
        col = by_lower.get(name.lower())
        if col is None or col in cols:
            return None
        cols.append(col)
    names = {c.name for c in cols}
    if names & set(t.primary_key):
        return None
    for fk in model.foreign_keys():
        if (fk.table == table and names & set(fk.definition.get("columns", []))) or (
            fk.definition.get("references") == table and names & set(fk.definition.get("ref_columns", []))
        ):
            return None
    defs = {c.name: hidden_definition(c, mariadb) for c in cols}
    if any(d is None for d in defs.values()):
        return None
    live = parse_create_table(_show_create(conn, table))
    probe = _probe(conn, table, [c.name for c in cols])
    if probe is None:
        return None
    kept = {k: v for k, v in live.columns.items() if k not in names}
    if kept != probe.columns or live.primary_key != probe.primary_key or live.other != probe.other:
        return None  # the statement would change more than indexes and CHECKs: not ours to mimic
    if set(probe.keys) - set(live.keys) or any(probe.checks.get(n, line) != line for n, line in live.checks.items()):
        return None
    clauses: list[str] = []
    for name, line in live.keys.items():
        if name not in probe.keys:
            clauses.append(f"DROP INDEX {qi(name)}")
        elif probe.keys[name] != line:
            clauses += [f"DROP INDEX {qi(name)}", f"ADD {probe.keys[name]}"]
    clauses += [f"DROP CONSTRAINT {qi(n)}" for n in live.checks if n not in probe.checks]
    hidden = {c.name: quarantine_name(point, c.name) for c in cols}
    clauses += [f"CHANGE COLUMN {qi(c.name)} {qi(hidden[c.name])} {defs[c.name]}" for c in cols]
    return f"ALTER TABLE {qi(table)} {', '.join(clauses)}", hidden


def marker_name(point: int) -> str:
    """The INVISIBLE column that tells the rows a table had at point's DROP COLUMN (0) from those
    inserted since (1): `_rollback_q<point>_`, the hidden name of no column."""
    return quarantine_name(point, "")


def marker_sql(table: str, marker: str) -> tuple[str, str]:
    """The marker's two steps: added INSTANT with 0 for the rows there (refused, not rebuilt, where
    the server cannot), then 1 as the default of the rows to come."""
    return (f"ALTER TABLE {qi(table)} ADD COLUMN {qi(marker)} TINYINT NOT NULL DEFAULT 0 INVISIBLE, ALGORITHM=INSTANT",
            f"ALTER TABLE {qi(table)} ALTER COLUMN {qi(marker)} SET DEFAULT 1")


def instant_refused(exc: BaseException) -> bool:
    """The error of an ALGORITHM=INSTANT statement the server cannot run that way (1845, 1846;
    MySQL 8's row-version limit says INSTANT too)."""
    import pymysql

    if not isinstance(exc, pymysql.err.MySQLError) or not exc.args:
        return False
    return exc.args[0] in (1845, 1846) or "INSTANT" in str(exc.args[-1]).upper()


def instant_obstacle(model: SchemaModel, table: str, exc: BaseException) -> str:
    """Why the server refused to add a column ALGORITHM=INSTANT to table: what in the table is
    known to prevent it (a FULLTEXT index, ROW_FORMAT=COMPRESSED), else the server's message (its
    own reason text varies: with a FULLTEXT index MariaDB may say only 'not supported for this
    operation')."""
    found = []
    if any(o.kind == "index" and o.table == table and str(o.definition.get("type", "")).upper() == "FULLTEXT"
           for o in model.objects.values()):
        found.append("the table has a FULLTEXT index")
    t = model.tables.get(table)
    if t is not None and str(t.extra.get("options", {}).get("ROW_FORMAT", "")).upper() == "COMPRESSED":
        found.append("ROW_FORMAT=COMPRESSED")
    if found:
        return ", ".join(found)
    return f"the server says: {str(exc.args[-1]) if exc.args else exc}"


def _show_create(conn: Connection, table: str) -> str:
    rows = conn.query(f"SHOW CREATE TABLE {qi(table)}")
    value = rows[0][1] if rows else ""
    return bytes(value).decode("utf-8", "replace") if isinstance(value, bytes | bytearray) else str(value)


def _probe(conn: Connection, table: str, columns: list[str]) -> Any:
    """The CREATE TABLE text of an empty copy of the table after the real DROP COLUMN, or None if
    the server refuses it."""
    import pymysql

    conn.execute(f"DROP TABLE IF EXISTS {PROBE_TABLE}")
    try:
        conn.execute(f"CREATE TABLE {PROBE_TABLE} LIKE {qi(table)}")
        conn.execute(f"ALTER TABLE {PROBE_TABLE} " + ", ".join(f"DROP COLUMN {qi(c)}" for c in columns))
        return parse_create_table(_show_create(conn, PROBE_TABLE))
    except pymysql.err.MySQLError:
        return None
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {PROBE_TABLE}")


# -- what is still set aside --------------------------------------------------------------------------
def settle(conn: Connection, records: list[Any]) -> list[Any]:
    """The records with only what is still set aside in the database: a crash may have come between
    recording a quarantine and the move, and a resumed rollback may have moved some back already.
    A hidden column may sit in its table or, when the table was quarantined after it, in that one.
    A table's marker column stays with the first of its records that is left (the one put back
    last), also when that record's columns are back already. A settled quarantine-columns record's
    `capture` is the table its columns are in now."""
    tables = {str(r[0]) for r in conn.query(
        "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")}
    out: list[Any] = []
    claimed: set[tuple[str, str]] = set()
    for rec in records:
        if rec.kind == "quarantine-table":
            if rec.capture in tables:
                out.append(rec)
        elif rec.kind == "quarantine-columns":
            home, present = _home(conn, records, rec, tables)
            hidden = {c: h for c, h in rec.hidden.items() if h in present}
            marker = rec.marker if rec.marker in present and (rec.table, rec.marker) not in claimed else None
            if marker:
                claimed.add((rec.table, marker))
            if hidden or marker:
                changed = hidden != rec.hidden or marker != rec.marker or home != rec.capture
                out.append(dataclasses.replace(rec, capture=home, hidden=hidden, marker=marker) if changed else rec)
        else:
            out.append(rec)
    return out


def _home(conn: Connection, records: list[Any], rec: Any, tables: set[str]) -> tuple[str, set[str]]:
    """Where a quarantine-columns record's columns are (its table, or the table quarantined with
    them later: the record's `capture` once settled, what prune alters), and that table's columns."""
    homes = [h for h in (rec.table, *(r.capture for r in records if r.kind == "quarantine-table" and r.table == rec.table))
             if h in tables]
    ours = {*rec.hidden.values(), rec.marker}
    for home in homes:
        present = {str(r[0]) for r in conn.query(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s", (home,))}
        if present & ours:
            return home, present
    return rec.table, set()


def unquarantined_model(conn: Connection, model: SchemaModel, records: list[Any]) -> SchemaModel:
    """The schema the un-quarantine statements leave (read, not run: DDL cannot be undone here)."""
    from .mysql_schema import introspect_table

    out = copy.deepcopy(model)
    for rec in reversed(settle(conn, records)):
        if rec.kind == "quarantine-table":
            out.tables.pop(rec.table, None)
            out.objects = {k: o for k, o in out.objects.items() if o.table != rec.table}
            back = introspect_table(conn, rec.capture, rec.table)
            out.tables.update(back.tables)
            out.objects.update(back.objects)
        elif rec.kind == "quarantine-columns" and rec.table in out.tables:
            t = out.tables[rec.table]
            marker = t.column(rec.marker) if rec.marker else None
            if marker is not None:
                t.columns.remove(marker)
            for col, hidden in rec.hidden.items():
                h = t.column(hidden)
                if h is None:
                    continue
                old = t.column(col)
                if old is not None:
                    t.columns.remove(old)
                    out.objects = {k: o for k, o in out.objects.items()
                                   if not (o.table == rec.table and col in (o.definition.get("columns") or []))}
                h.name = col
                h.extra.pop("hidden", None)
    return out


def _local(name: str, table: str) -> str:
    return name[len(table) + 1 :] if name.startswith(table + ".") else name

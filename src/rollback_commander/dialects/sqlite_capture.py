"""SQLite row capture: exactly the rows a DML statement changes, written by TEMP triggers.

While one statement runs, TEMP triggers FOR EACH ROW on every table it may write append to that
table's capture (a table in the main database, in the same transaction):

  'o'  the old image of a row about to be updated or deleted (BEFORE triggers: images come in the
       order the changes happen, also when foreign-key actions and user triggers nest inside a row);
  'n'  the key of a row that did not exist before: inserted (AFTER INSERT, when the key is known),
       or the free key an UPDATE moves a row to (BEFORE UPDATE).

`_rb_seq` (the capture's rowid) orders them. Per key, the first event says what the key held before
the migration: an old image, or nothing. At the end of the migration one 'f' row per key records
what the migration left there: the row's quote() text, or NULL when it left no row. A rollback
compares the current row with it, in SQL, to find the rows changed since.

Triggers also fire for rows written by user triggers and foreign-key actions. SQLite fires no delete
trigger for a row that REPLACE conflict resolution removes unless recursive_triggers is on: the
statement runs with it on when no user trigger could notice, otherwise a statement that may REPLACE
has its tables copied whole. Tables whose keys could compare loosely (a collation, NULLs in a
primary key) and virtual tables are copied whole too.
"""

from __future__ import annotations

import re

from ..model.schema import SchemaModel, Table

Live = dict[str, str] | None
"""Model column name -> the name it has in the live table now (unused by SQLite: no quarantine)."""

TRIGGER_PREFIX = "_rollback_capture_"
SEP = " || char(31) || "
_REPLACE = re.compile(r"\bOR\s+REPLACE\b|\bREPLACE\s+INTO\b|\bON\s+CONFLICT\s+REPLACE\b", re.I)


def q(ident: str) -> str:
    return '"' + ident.replace('"', '""') + '"'


def row_text(alias: str, columns: list[str]) -> str:
    """A row as deterministic text: quote() of each column (exact for every storage class),
    separated by the unit separator."""
    prefix = f"{alias}." if alias else ""
    return SEP.join(f"quote({prefix}{q(c)})" for c in columns) or "''"


def _col(alias: str, name: str, live: Live) -> str:
    return f"{alias}.{q((live or {}).get(name, name))}"


def _key_match(a: str, b: str, key: list[str], live: Live = None) -> str:
    """a is the live table (its key columns and collations), b a capture."""
    return " AND ".join(f"{_col(a, k, live)} = {b}.{q(k)}" for k in key)


def affinity(declared: str, strict: bool) -> str:
    """The column affinity of a declared type (SQLite's rules), as a type the capture can declare:
    the capture stores values exactly as the table does."""
    t = declared.upper()
    if "INT" in t:
        return "INTEGER"
    if any(s in t for s in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in t or not t.strip() or (strict and t.strip() == "ANY"):
        return "BLOB"
    if any(s in t for s in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def _rowid_alias(table: Table) -> bool:
    """The key is the INTEGER PRIMARY KEY of a rowid table: an integer, never NULL."""
    if table.extra.get("without_rowid") or len(table.primary_key) != 1:
        return False
    col = table.column(table.primary_key[0])
    return col is not None and col.type.upper() == "INTEGER"


def capturable(model: SchemaModel, table: str) -> bool:
    """Row capture identifies this table's rows exactly by its key: binary comparison, no NULLs."""
    t = model.tables[table]
    key = model.row_key(table)
    if not key or t.extra.get("virtual"):
        return False
    if _rowid_alias(t) and key == t.primary_key:
        return True
    if not t.extra.get("without_rowid") and any((c := t.column(k)) is None or c.nullable for k in key):
        return False  # a rowid table's PRIMARY KEY may hold NULLs
    texts = [str(t.extra.get("sql", ""))] + [str(o.definition.get("sql") or "") for o in model.objects.values()
                                             if o.kind == "index" and o.table == table]
    return not any(re.search(r"\bCOLLATE\b", text, re.I) for text in texts)  # comments too: copying is safe


def may_replace(texts: list[str]) -> bool:
    """Any of the statement / table / trigger texts can delete rows by REPLACE conflict resolution."""
    return any(_REPLACE.search(text) for text in texts)  # literals and comments too: copying is safe


def rows_capture_create(table: Table, capture: str) -> list[str]:
    """The capture table: sequence, kind, text of what the migration left, then the model's columns."""
    strict = bool(table.extra.get("strict"))
    cols = ", ".join(f"{q(c.name)} {affinity(c.type, strict)}" for c in table.columns)
    return [f"CREATE TABLE {capture} (_rb_seq INTEGER PRIMARY KEY, _rb_kind TEXT NOT NULL, _rb_hash TEXT, {cols})"]


def _trigger_name(capture: str, event: str) -> str:
    return q(f"{TRIGGER_PREFIX}{capture}_{event}")


def rows_capture_triggers(table: Table, capture: str, key: list[str], live: Live = None) -> tuple[list[str], list[str]]:
    """TEMP triggers capturing one statement's row changes, and the statements dropping them."""
    t = f"main.{q(table.name)}"
    names = [c.name for c in table.columns]
    old = ", ".join(_col("OLD", n, live) for n in names)
    keys = ", ".join(q(k) for k in key)
    new_keys = ", ".join(_col("NEW", k, live) for k in key)
    save_old = f"INSERT INTO {capture} (_rb_kind, {', '.join(q(n) for n in names)}) VALUES ('o', {old});"
    mark_new = f"INSERT INTO {capture} (_rb_kind, {keys}) VALUES ('n', {new_keys});"
    moved = " OR ".join(f"{_col('NEW', k, live)} IS NOT {_col('OLD', k, live)}" for k in key)
    free = " AND ".join(f"{_col('x', k, live)} = {_col('NEW', k, live)}" for k in key)
    triggers = {
        "bd": f"BEFORE DELETE ON {t} BEGIN {save_old} END",
        "bu": f"BEFORE UPDATE ON {t} BEGIN {save_old} END",
        "bk": f"BEFORE UPDATE ON {t} WHEN ({moved}) AND NOT EXISTS (SELECT 1 FROM {t} x WHERE {free}) BEGIN {mark_new} END",
        "ai": f"AFTER INSERT ON {t} BEGIN {mark_new} END",
    }
    install = [f"CREATE TEMP TRIGGER {_trigger_name(capture, e)} {body}" for e, body in triggers.items()]
    remove = [f"DROP TRIGGER temp.{_trigger_name(capture, e)}" for e in triggers]
    return install, remove


def _now(table: Table, key: list[str], live: Live) -> str:
    """The live row t as text, NULL when there is none (key columns are never NULL)."""
    cols = [(live or {}).get(c.name, c.name) for c in table.columns]
    return f"CASE WHEN {_col('t', key[0], live)} IS NULL THEN NULL ELSE {row_text('t', cols)} END"


def rows_finish_sql(table: Table, capture: str, key: list[str], live: Live = None) -> str:
    """One 'f' row per key the migration touched: what it left there."""
    keys = ", ".join(q(k) for k in key)
    kkeys = ", ".join(f"k.{q(k)}" for k in key)
    return (
        f"INSERT INTO {capture} (_rb_kind, {keys}, _rb_hash) SELECT 'f', {kkeys}, {_now(table, key, live)} "
        f"FROM (SELECT DISTINCT {keys} FROM {capture}) k LEFT JOIN main.{q(table.name)} t ON {_key_match('t', 'k', key, live)}"
    )


def _changed_since(table: Table, capture: str, key: list[str], live: Live) -> str:
    """The 'f' rows whose key holds something else now than what the migration left."""
    return (
        f"FROM {capture} f LEFT JOIN main.{q(table.name)} t ON {_key_match('t', 'f', key, live)} "
        f"WHERE f._rb_kind = 'f' AND {_now(table, key, live)} IS NOT f._rb_hash"
    )


def rows_conflict_sql(table: Table, capture: str, key: list[str], live: Live = None) -> str:
    return f"SELECT count(*) {_changed_since(table, capture, key, live)}"


def rows_forget_conflicts_sql(table: Table, capture: str, key: list[str], live: Live = None) -> str:
    """Remove conflicting keys from the capture, so the restore keeps their current rows."""
    keys = ", ".join(q(k) for k in key)
    fkeys = ", ".join(f"f.{q(k)}" for k in key)
    return f"DELETE FROM {capture} WHERE ({keys}) IN (SELECT {fkeys} {_changed_since(table, capture, key, live)})"


def first_events(capture: str, key: list[str]) -> str:
    """Per key the migration touched, its first event: 'o' with the row as it was, or 'n' (absent)."""
    keys = ", ".join(q(k) for k in key)
    return (
        f"SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY _rb_seq) AS _rb_n "
        f"FROM {capture} WHERE _rb_kind <> 'f') WHERE _rb_n = 1"
    )


def rows_restore_sql(table: Table, capture: str, key: list[str]) -> list[str]:
    """Every key the migration touched back as it was before its first event: the rows there now
    are deleted and the old images inserted (delete first: values the migration swapped between
    rows under a UNIQUE constraint go back without a transient violation)."""
    t = q(table.name)
    keys = ", ".join(q(k) for k in key)
    names = ", ".join(q(c.name) for c in table.columns if c.writable)
    return [
        f"DELETE FROM {t} WHERE ({keys}) IN (SELECT {keys} FROM {capture} WHERE _rb_kind <> 'f')",
        f"INSERT INTO {t} ({names}) SELECT {names} FROM ({first_events(capture, key)}) WHERE _rb_kind = 'o'",
    ]

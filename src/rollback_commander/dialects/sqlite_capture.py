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
from .sqlite_reverse import ROWID_NAMES, rowid_alias
from .sqlite_reverse import quote as q

TRIGGER_PREFIX = "_rollback_capture_"
SEP = " || char(31) || "
_REPLACE = re.compile(r"\bOR\s+REPLACE\b|\bREPLACE\s+INTO\b|\bON\s+CONFLICT\s+REPLACE\b", re.I)


def row_text(alias: str, columns: list[str]) -> str:
    """A row as deterministic text: quote() of each column (exact for every storage class),
    separated by the unit separator."""
    prefix = f"{alias}." if alias else ""
    return SEP.join(f"quote({prefix}{q(c)})" for c in columns) or "''"


def row_hash(text: str) -> str:
    """The row-hash aggregate over `text` (an SQL expression), passed as the bytes of the text: a
    value that is not valid in the database's encoding must not fail the checksum (_RowHash)."""
    return f"_rollback_rowhash(CAST({text} AS BLOB))"


def keys(alias: str, key: list[str]) -> str:
    """The key columns, qualified by `alias` when there is one."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(f"{prefix}{q(k)}" for k in key)


def key_match(a: str, b: str, key: list[str]) -> str:
    """a is the live table (its key columns and collations), b a capture."""
    return " AND ".join(f"{a}.{q(k)} = {b}.{q(k)}" for k in key)


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
    return rowid_alias(table) is not None


BOOKKEEPING_COLUMNS = frozenset({"_rb_seq", "_rb_kind", "_rb_hash", "_rb_rowid", "_rb_n"})
"""The row capture's own columns (and first_events' window alias): a table with a column of one of
these names is copied instead, since its capture table could not hold both."""


def capturable(model: SchemaModel, table: str) -> bool:
    """Row capture identifies this table's rows exactly by its key: binary comparison, no NULLs."""
    t = model.tables[table]
    key = model.row_key(table)
    if not key or t.extra.get("virtual"):
        return False
    if any(c.name.lower() in BOOKKEEPING_COLUMNS for c in t.columns):
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


def rowid_name(table: Table) -> str | None:
    """The name that reads a rowid table's rowid: `rowid`, unless a column has that name (then
    `SELECT rowid` reads the column), then `_rowid_`, then `oid`; None for a WITHOUT ROWID table
    or when columns hold all three names."""
    if table.extra.get("without_rowid"):
        return None
    used = {c.name.lower() for c in table.columns}
    return next((name for name in ROWID_NAMES if name not in used), None)


def hidden_rowid(table: Table, key: list[str]) -> bool:
    """A rowid table whose key is not its rowid (a TEXT or composite primary key): the rowid is
    hidden but real (external-content FTS indexes and `SELECT rowid` read it), so an old image
    keeps it and the restore puts it back where it is free (when a name still reads it)."""
    return rowid_name(table) is not None and not (_rowid_alias(table) and key == table.primary_key)


def rows_capture_create(table: Table, capture: str, key: list[str]) -> list[str]:
    """The capture table: sequence, kind, text of what the migration left, the old rowid of a table
    whose key is not its rowid, then the model's columns."""
    strict = bool(table.extra.get("strict"))
    cols = ", ".join(f"{q(c.name)} {affinity(c.type, strict)}" for c in table.columns)
    rowid = "_rb_rowid INTEGER, " if hidden_rowid(table, key) else ""
    return [f"CREATE TABLE {capture} (_rb_seq INTEGER PRIMARY KEY, _rb_kind TEXT NOT NULL, _rb_hash TEXT, {rowid}{cols})"]


def _trigger_name(capture: str, event: str) -> str:
    return q(f"{TRIGGER_PREFIX}{capture}_{event}")


def rows_capture_triggers(table: Table, capture: str, key: list[str]) -> tuple[list[str], list[str]]:
    """TEMP triggers capturing one statement's row changes, and the statements dropping them."""
    t = f"main.{q(table.name)}"
    names = [c.name for c in table.columns]
    rowid, old_rowid = ("_rb_rowid, ", f"OLD.{rowid_name(table)}, ") if hidden_rowid(table, key) else ("", "")
    save_old = f"INSERT INTO {capture} (_rb_kind, {rowid}{keys('', names)}) VALUES ('o', {old_rowid}{keys('OLD', names)});"
    mark_new = f"INSERT INTO {capture} (_rb_kind, {keys('', key)}) VALUES ('n', {keys('NEW', key)});"
    moved = " OR ".join(f"NEW.{q(k)} IS NOT OLD.{q(k)}" for k in key)
    triggers = {
        "bd": f"BEFORE DELETE ON {t} BEGIN {save_old} END",
        "bu": f"BEFORE UPDATE ON {t} BEGIN {save_old} END",
        "bk": f"BEFORE UPDATE ON {t} WHEN ({moved}) AND NOT EXISTS (SELECT 1 FROM {t} x WHERE {key_match('x', 'NEW', key)}) "
              f"BEGIN {mark_new} END",
        "ai": f"AFTER INSERT ON {t} BEGIN {mark_new} END",
    }
    install = [f"CREATE TEMP TRIGGER {_trigger_name(capture, e)} {body}" for e, body in triggers.items()]
    remove = [f"DROP TRIGGER temp.{_trigger_name(capture, e)}" for e in triggers]
    return install, remove


def _now(table: Table, key: list[str]) -> str:
    """The live row t as text, NULL when there is none (key columns are never NULL)."""
    return f"CASE WHEN t.{q(key[0])} IS NULL THEN NULL ELSE {row_text('t', table.column_names)} END"


def rows_finish_sql(table: Table, capture: str, key: list[str]) -> str:
    """One 'f' row per key the migration touched: what it left there."""
    return (
        f"INSERT INTO {capture} (_rb_kind, {keys('', key)}, _rb_hash) SELECT 'f', {keys('k', key)}, {_now(table, key)} "
        f"FROM (SELECT DISTINCT {keys('', key)} FROM {capture}) k LEFT JOIN main.{q(table.name)} t ON {key_match('t', 'k', key)}"
    )


def _changed_since(table: Table, capture: str, key: list[str]) -> str:
    """The 'f' rows whose key holds something else now than what the migration left."""
    return (
        f"FROM {capture} f LEFT JOIN main.{q(table.name)} t ON {key_match('t', 'f', key)} "
        f"WHERE f._rb_kind = 'f' AND {_now(table, key)} IS NOT f._rb_hash"
    )


def rows_conflict_sql(table: Table, capture: str, key: list[str]) -> str:
    return f"SELECT count(*) {_changed_since(table, capture, key)}"


def rows_forget_conflicts_sql(table: Table, capture: str, key: list[str]) -> str:
    """Remove conflicting keys from the capture, so the restore keeps their current rows."""
    return f"DELETE FROM {capture} WHERE ({keys('', key)}) IN (SELECT {keys('f', key)} {_changed_since(table, capture, key)})"


def restored_keys_sql(table: Table, capture: str, key: list[str], keep_current: bool) -> str:
    """The keys a restore of the capture acts on (their rows now go, their old images, if any, come
    back): every key the migration touched, but with `keep_current` those still as it left them."""
    kept = f" AND {_now(table, key)} IS f._rb_hash" if keep_current else ""
    return (f"SELECT {keys('f', key)} FROM {capture} f LEFT JOIN main.{q(table.name)} t ON {key_match('t', 'f', key)} "
            f"WHERE f._rb_kind = 'f'{kept}")


def unique_clash_sql(table: Table, capture: str, key: list[str], uniques: list[list[str]], keep_current: bool) -> str:
    """Count the old images a restore puts back whose values under one of `uniques` (column lists of
    unique keys besides the row key) a row it leaves in place holds now: rows written since took
    them, and the restore would stop on the unique key."""
    acted = restored_keys_sql(table, capture, key, keep_current)
    same = " OR ".join("(" + " AND ".join(f"r.{q(c)} = i.{q(c)}" for c in cols) + ")" for cols in uniques)
    return (
        f"SELECT count(*) FROM ({first_events(capture, key)}) i WHERE i._rb_kind = 'o' AND ({keys('i', key)}) IN ({acted}) "
        f"AND EXISTS (SELECT 1 FROM main.{q(table.name)} r WHERE ({same}) AND ({keys('r', key)}) NOT IN ({acted}))"
    )


def first_events(capture: str, key: list[str]) -> str:
    """Per key the migration touched, its first event: 'o' with the row as it was, or 'n' (absent)."""
    return (
        f"SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY {keys('', key)} ORDER BY _rb_seq) AS _rb_n "
        f"FROM {capture} WHERE _rb_kind <> 'f') WHERE _rb_n = 1"
    )


def rows_restore_sql(table: Table, capture: str, key: list[str], rowids: bool) -> list[str]:
    """Every key the migration touched back as it was before its first event: the rows there now
    are deleted and the old images inserted (delete first: values the migration swapped between
    rows under a UNIQUE constraint go back without a transient violation). With `rowids` (the
    capture kept them, see hidden_rowid) an image goes back to its old rowid when no row holds it
    now; one written since does, and the image takes a new rowid then."""
    t = q(table.name)
    names = ", ".join(q(c.name) for c in table.columns if c.writable)
    delete = f"DELETE FROM {t} WHERE ({keys('', key)}) IN (SELECT {keys('', key)} FROM {capture} WHERE _rb_kind <> 'f')"
    images = f"FROM ({first_events(capture, key)}) WHERE _rb_kind = 'o'"
    if not (rowids and hidden_rowid(table, key)):
        return [delete, f"INSERT INTO {t} ({names}) SELECT {names} {images}"]
    images = f"FROM ({first_events(capture, key)}) e WHERE e._rb_kind = 'o'"
    rowid = rowid_name(table)
    return [
        delete,
        f"INSERT INTO {t} ({rowid}, {names}) SELECT e._rb_rowid, {names} {images} "
        f"AND NOT EXISTS (SELECT 1 FROM {t} x WHERE x.{rowid} = e._rb_rowid)",
        f"INSERT INTO {t} ({names}) SELECT {names} {images} AND NOT EXISTS (SELECT 1 FROM {t} x WHERE {key_match('x', 'e', key)})",
    ]

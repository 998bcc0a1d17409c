"""MySQL/MariaDB row capture: exactly the rows a DML statement changes, written by FOR EACH ROW triggers.

Inside the step engine (engine/steps.py), for one statement: the capture table is created (its own
step: DDL commits), then AFTER triggers on each captured table (DDL too), then the statement, then
the triggers are dropped. The statement and the triggers' inserts are one InnoDB statement: they
commit or roll back together. The capture record is saved in the journal before anything is
created, so recovery (steps.recover, `settle_rows`) can drop leftover triggers by name.

Capture rows (`_rb_seq` orders them):

  'o'  the old image of a row the statement updated or deleted (AFTER UPDATE / AFTER DELETE: OLD is
       still the row as it was); REPLACE fires DELETE + INSERT, ON DUPLICATE KEY UPDATE fires UPDATE;
  'n'  a key that holds a row now: inserted (AFTER INSERT), or the new key of an UPDATE that moved a
       row;
  'f'  at the end of the migration, one per key touched: the MD5 of what the migration left there
       (row_encoding of every column), NULL when it left no row.

Per key, the first 'o'/'n' event tells what the key held before the migration. A rollback deletes
every key touched and inserts the first old images back; rows whose current MD5 differs from the
'f' row are conflicts.

MySQL fires no trigger for foreign-key actions, so a table a cascade may write is copied whole
(`capture_plan`; only the actions the statement's events fire, see engine/fk_reach.py); so are tables without a key, tables changed earlier in the migration, and keys
with generated columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, Final

from ..engine.fk_reach import statement_events, write_reach
from ..model.schema import Column, SchemaModel, Table
from .base import Connection, Live
from .mysql_schema import qi

TRIGGER_EVENTS = {"ai": "AFTER INSERT", "au": "AFTER UPDATE", "ad": "AFTER DELETE"}


def trigger_names(capture: str) -> list[str]:
    """The capture triggers' names (at most 64 characters: the capture name is short)."""
    return [f"{capture}_{e}" for e in TRIGGER_EVENTS]


def drop_triggers_sql(capture: str, events: Iterable[str] | None = None) -> list[str]:
    """DROP TRIGGER statements for the capture's triggers of `events` ('ai', 'au', 'ad'; default all)."""
    wanted = TRIGGER_EVENTS.keys() if events is None else set(events)
    return [f"DROP TRIGGER IF EXISTS {qi(n)}" for e, n in zip(TRIGGER_EVENTS, trigger_names(capture), strict=True)
            if e in wanted]


def settle_rows(conn: Connection, records: list[Any]) -> list[Any]:
    """Before a crashed migration is reverted: drop the capture triggers the crash left behind (they
    would capture users' writes, and the restore's own), and leave out row captures whose table was
    never created (the statement did not run)."""
    rows = [r for r in records if r.kind == "rows"]
    if not rows:
        return records
    marks = ", ".join(["%s"] * len(rows))
    tables = {str(n) for (n,) in conn.query(
        f"SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ({marks})",
        [r.capture for r in rows])}
    triggers = [str(n) for (n,) in conn.query(
        "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() "
        "AND TRIGGER_NAME LIKE '\\_rollback\\_cap\\_%'")]
    for name in triggers:
        if any(name.startswith(r.capture + "_") for r in rows):
            conn.execute(f"DROP TRIGGER IF EXISTS {qi(name)}")
    return [r for r in records if r.kind != "rows" or r.capture in tables]


def capture_plan(model0: SchemaModel, current: SchemaModel, tables: set[str], code: str) -> dict[str, list[str]]:
    """Of the tables a DML statement may write (`tables`: the analysis' write closure), those that
    row capture covers exactly, each with the trigger events to install; the others are copied.

    Left to a copy: a table a foreign-key action may write (no trigger fires for it) and anything
    that table's actions write, a table without a key (or whose key has a generated column), a
    table whose columns changed since the migration started (the capture holds the model-before
    columns), a table of a non-transactional engine (MyISAM, Aria, MEMORY: a statement failing
    half-way keeps the rows it wrote, while the captures of them roll back with it); a table the
    analysis only reached through another one's triggers gets every event."""
    via_triggers: set[str] = set()
    for trig in current.objects_of("trigger"):
        if trig.table in tables:
            via_triggers |= current.tables_reached(trig) - {trig.table}
    # only the actions the statement's events can fire write a child (an UPDATE of a parent whose
    # children say ON DELETE CASCADE writes none of them)
    cascaded = write_reach(tables, current, statement_events(code, "mysql"), every_event=via_triggers)[1]
    head = code.split(None, 1)[0].upper() if code.split() else ""
    if head == "UPDATE":
        direct = ["au"]
    elif head == "DELETE":
        direct = ["ad"]
    elif head == "INSERT":
        direct = ["ai", "au"] if re.search(r"\bON\s+DUPLICATE\s+KEY\s+UPDATE\b", code, re.I) else ["ai"]
    elif head == "REPLACE":
        direct = ["ai", "ad"]
    else:
        direct = list(TRIGGER_EVENTS)
    out: dict[str, list[str]] = {}
    for t in sorted(tables):
        if t in cascaded or not capturable(model0, current, t):
            continue
        out[t] = list(TRIGGER_EVENTS) if t in via_triggers else direct
    return out


TRANSACTIONAL_ENGINES: Final = frozenset({"INNODB", "ROCKSDB", "TOKUDB"})


def transactional(table: Table) -> bool:
    """Whether the table's writes roll back with a failed statement (InnoDB when no ENGINE shows)."""
    options = table.extra.get("options")
    engine = str(options.get("ENGINE", "InnoDB")) if isinstance(options, dict) else "InnoDB"
    return engine.upper() in TRANSACTIONAL_ENGINES


def capturable(model0: SchemaModel, current: SchemaModel, table: str) -> bool:
    """Whether row capture can follow the table's rows by the key it had when the migration began,
    as the schema is now (`current`); otherwise the table is copied whole."""
    t0, now = model0.tables.get(table), current.tables.get(table)
    if t0 is None or now is None:
        return False  # created by this migration: nothing to keep
    if not transactional(now):
        return False
    key = model0.row_key(table)
    if not key or now.primary_key != t0.primary_key or not current.keeps_unique(table, key):
        return False  # a key the migration dropped may no longer tell its rows apart
    if any((c := t0.column(k)) is None or not c.writable for k in key):
        return False
    return all((c2 := now.column(c.name)) is not None and c2 == c for c in t0.columns)


def _cols(table: Table) -> list[Column]:
    return [c for c in table.columns if c.writable]


def _live_cols(table: Table, live: Live) -> list[Column]:
    """The table's columns under the names they have in the live table now."""
    return [replace(c, name=(live or {}).get(c.name, c.name)) for c in table.columns]


def create_sql(table: Table, capture: str, key: list[str]) -> list[str]:
    """The capture table: sequence, kind, hash, then the table's writable columns with their exact
    types and collations, all nullable (the outer join makes them so)."""
    from .mysql import _indexable

    cols = _cols(table)
    select = ", ".join(f"t.{qi(c.name)}" for c in cols)
    kcols = [table.column(k) for k in key]
    index = ""
    if all(c is not None and _indexable(c) for c in kcols):
        index = f", KEY _rb_key ({', '.join(qi(k) for k in key)})"
    return [
        f"CREATE TABLE {qi(capture)} (_rb_seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
        f"_rb_kind CHAR(1) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '', _rb_hash CHAR(32) NULL{index}) "
        f"ENGINE=InnoDB AS SELECT {select} FROM (SELECT 1 AS _rb_x) _rb_d LEFT JOIN {qi(table.name)} t ON FALSE LIMIT 0"
    ]


def _insert(capture: str, table: Table, kind: str, values: list[str]) -> str:
    names = ", ".join(qi(c.name) for c in _cols(table))
    return f"INSERT INTO {qi(capture)} (_rb_kind, {names}) VALUES ('{kind}', {', '.join(values)})"


def emptied_sql(table: Table, capture: str) -> str:
    """Every row of `table` kept as an old image ('o', as the delete trigger keeps one): run right
    before a TRUNCATE, which fires no trigger."""
    names = ", ".join(qi(c.name) for c in _cols(table))
    return f"INSERT INTO {qi(capture)} (_rb_kind, {names}) SELECT 'o', {names} FROM {qi(table.name)}"


def triggers_sql(table: Table, capture: str, key: list[str], events: list[str]) -> list[str]:
    """CREATE TRIGGER statements writing the capture for `events` ('ai', 'au', 'ad')."""
    cols = _cols(table)
    old = _insert(capture, table, "o", [f"OLD.{qi(c.name)}" for c in cols])
    new_key = _insert(capture, table, "n", [f"NEW.{qi(c.name)}" if c.name in key else "NULL" for c in cols])
    moved = " AND ".join(f"NEW.{qi(k)} <=> OLD.{qi(k)}" for k in key)
    bodies = {
        "ai": f"{new_key};",
        "au": f"{old}; IF NOT ({moved}) THEN {new_key}; END IF;",
        "ad": f"{old};",
    }
    # only the tool's session, while it runs the statement: other sessions' writes in that window
    # are theirs, not the migration's
    return [
        f"CREATE TRIGGER {qi(f'{capture}_{e}')} {TRIGGER_EVENTS[e]} ON {qi(table.name)} FOR EACH ROW "
        f"BEGIN IF {SESSION_FLAG} = 1 THEN {bodies[e]} END IF; END"
        for e in TRIGGER_EVENTS if e in events
    ]


SESSION_FLAG = "@_rollback_capturing"
"""A user variable (per session) the capture triggers check: set only around the migration's own
statement in the tool's session."""


def capturing_sql(on: bool) -> str:
    return f"SET {SESSION_FLAG} = {'1' if on else 'NULL'}"


def _key_match(a: str, b: str, key: list[str], live: Live = None) -> str:
    """a is the live table, b a capture (same column types and collations)."""
    return " AND ".join(f"{a}.{qi((live or {}).get(k, k))} = {b}.{qi(k)}" for k in key)


def _now_hash(table: Table, key: list[str], live: Live) -> str:
    """MD5 of the live row t, NULL when there is none (key columns are never NULL)."""
    from .mysql import row_encoding

    k0 = (live or {}).get(key[0], key[0])
    return f"CASE WHEN t.{qi(k0)} IS NULL THEN NULL ELSE MD5({row_encoding('t', _live_cols(table, live))}) END"


def _same_hash(table: Table, key: list[str], live: Live) -> str:
    """The live row t hashes as the migration left it (f._rb_hash), compared as bytes: MD5() returns
    a string of the connection's character set (utf8mb4), `_rb_hash` has the database's default one
    (latin1 in temporal's databases before v2.0, where comparing the two is an "Illegal mix of
    collations")."""
    return f"(CAST({_now_hash(table, key, live)} AS BINARY) <=> CAST(f._rb_hash AS BINARY))"


def _touched(capture: str, key: list[str]) -> str:
    keys = ", ".join(qi(k) for k in key)
    return f"SELECT DISTINCT {keys} FROM {qi(capture)} WHERE _rb_kind <> 'f'"


def finish_sql(table: Table, capture: str, key: list[str], live: Live = None) -> str:
    """One 'f' row per key the migration touched: the MD5 of what it left there."""
    names = ", ".join(qi(c.name) for c in _cols(table))
    values = ", ".join(f"x.{qi(c.name)}" if c.name in key else "NULL" for c in _cols(table))
    return (
        f"INSERT INTO {qi(capture)} (_rb_kind, _rb_hash, {names}) SELECT 'f', {_now_hash(table, key, live)}, {values} "
        f"FROM ({_touched(capture, key)}) x LEFT JOIN {qi(table.name)} t ON {_key_match('t', 'x', key, live)}"
    )


def _changed_since(table: Table, capture: str, key: list[str], live: Live) -> str:
    return (
        f"FROM {qi(capture)} f LEFT JOIN {qi(table.name)} t ON {_key_match('t', 'f', key, live)} "
        f"WHERE f._rb_kind = 'f' AND NOT {_same_hash(table, key, live)}"
    )


def conflict_sql(table: Table, capture: str, key: list[str], live: Live = None) -> str:
    return f"SELECT COUNT(*) {_changed_since(table, capture, key, live)}"


def forget_conflicts_sql(table: Table, capture: str, key: list[str], live: Live = None) -> str:
    """Remove the conflicting keys' rows from the capture, so the restore keeps their current rows
    (a multi-table DELETE: MySQL refuses a subquery on the table it deletes from)."""
    same = " AND ".join(f"c.{qi(k)} = f.{qi(k)}" for k in key)
    return (
        f"DELETE c FROM {qi(capture)} c JOIN {qi(capture)} f ON {same} AND f._rb_kind = 'f' "
        f"LEFT JOIN {qi(table.name)} t ON {_key_match('t', 'f', key, live)} "
        f"WHERE NOT {_same_hash(table, key, live)}"
    )


def unique_clash_sql(table: Table, capture: str, key: list[str], uniques: list[list[str]], keep_current: bool) -> str:
    """Count the old images a restore puts back whose values under one of `uniques` (column lists of
    unique keys besides the row key) a row it leaves in place holds now: rows written since took
    them, and the restore would stop half-way on the unique key. With `keep_current` the keys
    changed since stay as they are (rows left in place)."""
    cap, t = qi(capture), qi(table.name)
    keys = ", ".join(qi(k) for k in key)
    kept = f" AND {_same_hash(table, key, None)}" if keep_current else ""
    acted = f"SELECT {', '.join(f'f.{qi(k)}' for k in key)} FROM {cap} f LEFT JOIN {t} t ON {_key_match('t', 'f', key)} WHERE f._rb_kind = 'f'{kept}"
    first = f"SELECT MIN(_rb_seq) AS s FROM {cap} WHERE _rb_kind <> 'f' GROUP BY {keys}"
    same = " OR ".join("(" + " AND ".join(f"r.{qi(c)} = c.{qi(c)}" for c in cols) + ")" for cols in uniques)
    return (
        f"SELECT COUNT(*) FROM {cap} c JOIN ({first}) m ON c._rb_seq = m.s WHERE c._rb_kind = 'o' "
        f"AND ({', '.join(f'c.{qi(k)}' for k in key)}) IN ({acted}) "
        f"AND EXISTS (SELECT 1 FROM {t} r WHERE ({same}) AND ({', '.join(f'r.{qi(k)}' for k in key)}) NOT IN ({acted}))"
    )


def unique_besides(model: SchemaModel, table: str, key: list[str]) -> bool:
    """The table has a UNIQUE index other than its key (expression parts included)."""
    return any(
        o.kind == "index" and o.table == table and str(o.definition.get("sql", "")).lstrip().upper().startswith("UNIQUE")
        and o.definition.get("unique_columns") != key
        for o in model.objects.values()
    )


def single_event_sql(capture: str) -> str:
    """1 when every key the migration touched has one event (as many events as 'f' rows), else 2."""
    return f"SELECT CASE WHEN SUM(_rb_kind <> 'f') = SUM(_rb_kind = 'f') THEN 1 ELSE 2 END FROM {qi(capture)}"


def restore_sql(table: Table, capture: str, key: list[str], in_place: bool = False, single: bool = False) -> list[str]:
    """Every key the migration touched back as it was before its first event ('o': the old image;
    'n': no row). Idempotent: a resumed rollback runs the statements again.

    In place (`in_place`: every column writable and no UNIQUE index besides the key, so no row
    can collide with another while values go back): the keys that had no row are deleted, the rows
    still under their key are updated to their old images, key columns included: a key equal
    by collation may differ in its text (kimai's `UPDATE … SET name = UPPER(name)` on a `_ci` key;
    trailing spaces or accents likewise); secondary indexes are touched only where their columns
    change, and the old images whose key holds no row are inserted.
    Otherwise the rows under every touched key are deleted and the old images inserted (delete
    first: values swapped between rows under a UNIQUE key go back without a transient violation);
    tables with generated columns get the single-table DELETE (see restore_statements). `single`:
    every key has one event (see single_event_sql), so it is the first one, without grouping."""
    t = qi(table.name)
    cap = qi(capture)
    keys = ", ".join(qi(k) for k in key)
    names = ", ".join(qi(c.name) for c in _cols(table))
    cnames = ", ".join(f"c.{qi(c.name)}" for c in _cols(table))
    first = f"SELECT MIN(_rb_seq) AS s FROM {cap} WHERE _rb_kind <> 'f' GROUP BY {keys}"
    firsts = f"{cap} c" if single else f"{cap} c JOIN ({first}) m ON c._rb_seq = m.s"
    if in_place and all(c.writable for c in table.columns):
        out = [
            f"DELETE t FROM {t} t JOIN {firsts} ON {_key_match('t', 'c', key)} WHERE c._rb_kind = 'n'",
            f"UPDATE {t} t JOIN {firsts} ON {_key_match('t', 'c', key)} "
            f"SET {', '.join(f't.{qi(c.name)} = c.{qi(c.name)}' for c in _cols(table))} WHERE c._rb_kind = 'o'",
        ]
        return [*out, f"INSERT INTO {t} ({names}) SELECT {cnames} FROM {firsts} WHERE c._rb_kind = 'o' AND NOT EXISTS "
                      f"(SELECT 1 FROM {t} x WHERE {_key_match('x', 'c', key)})"]
    if any(not c.writable for c in table.columns):
        delete = f"DELETE FROM {t} WHERE ({keys}) IN ({_touched(capture, key)})"
    else:
        delete = f"DELETE t FROM {t} t JOIN ({_touched(capture, key)}) x ON {_key_match('t', 'x', key)}"
    return [delete, f"INSERT INTO {t} ({names}) SELECT {cnames} FROM {firsts} WHERE c._rb_kind = 'o'"]

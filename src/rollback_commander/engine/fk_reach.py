"""The tables a statement writes through foreign-key actions and triggers, by the events that fire them.

A foreign-key action writes the child table only when the parent's rows see its event: an
`UPDATE` fires `ON UPDATE` actions, a `DELETE` fires `ON DELETE` ones, a plain `INSERT` fires none.
What an action does to the child is itself an event there: `CASCADE` on delete deletes the child's
rows, every other action (`CASCADE` on update, `SET NULL`, `SET DEFAULT`) updates them. A trigger
may do anything, so the tables its body names are reached with every event.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from ..model.schema import DbObject, SchemaModel

ALL_EVENTS: Final = frozenset({"delete", "update"})
NO_EVENTS: Final = frozenset[str]()

_ACTION = re.compile(r"\bON\s+(DELETE|UPDATE)\s+(CASCADE|SET\s+NULL|SET\s+DEFAULT)\b", re.I)
_WRITING = frozenset({"CASCADE", "SET NULL", "SET DEFAULT"})
_UPSERT = re.compile(r"\bON\s+DUPLICATE\s+KEY\s+UPDATE\b|\bON\s+CONFLICT\b.*?\bDO\s+UPDATE\b", re.I | re.S)


def fk_actions(fk: DbObject) -> dict[str, str]:
    """The actions of a foreign key that write its table, by the parent's event: {"delete": "CASCADE"}.
    From the modelled `on_delete`/`on_update` (MySQL, SQLite) or the constraint's text (PostgreSQL)."""
    out: dict[str, str] = {}
    for event in ("delete", "update"):
        action = " ".join(str(fk.definition.get(f"on_{event}", "")).upper().split())
        if action in _WRITING:
            out[event] = action
    for m in _ACTION.finditer(str(fk.definition.get("sql", ""))):
        out.setdefault(m.group(1).lower(), " ".join(m.group(2).upper().split()))
    return out


def statement_events(code: str, dialect: str) -> frozenset[str]:
    """The events a DML statement fires on its target's rows, as foreign-key actions see them
    (every event when the statement is not a plain INSERT, UPDATE, DELETE or TRUNCATE)."""
    words = code.split(None, 3)
    head = words[0].upper() if words else ""
    if head == "DELETE" or head == "TRUNCATE":
        return frozenset({"delete"})
    if head == "UPDATE":
        # SQLite's UPDATE OR REPLACE deletes the rows a new value collides with
        return ALL_EVENTS if dialect == "sqlite" and len(words) > 2 and words[1].upper() == "OR" else frozenset({"update"})
    if head == "INSERT" and dialect != "sqlite":  # SQLite: OR REPLACE, or a constraint's ON CONFLICT REPLACE
        return frozenset({"update"}) if _UPSERT.search(code) else NO_EVENTS
    return ALL_EVENTS


def write_reach(
    targets: Collection[str], model: SchemaModel, events: frozenset[str] = ALL_EVENTS, *,
    truncate_cascade: bool = False, every_event: Collection[str] = (), assigned: Collection[str] | None = None,
) -> tuple[set[str], set[str]]:
    """(every table written, those written by foreign-key actions) when `targets` see `events`
    (the tables of `every_event` see every event). `truncate_cascade`: a TRUNCATE … CASCADE, which
    empties every referencing table whatever its actions. `assigned`: the columns an UPDATE of the
    targets assigns (update_set.assigned_columns), when known: an ON UPDATE action fires only when
    the parent's referenced key changes (PostgreSQL, MySQL and SQLite alike), so a foreign key whose
    referenced columns it does not assign writes nothing; an action's own update of a child assigns
    that child's foreign-key columns only."""
    seen: dict[str, frozenset[str]] = {}
    seen_cols: dict[str, frozenset[str] | None] = {}
    by_actions: set[str] = set()
    first = None if assigned is None else frozenset(c.lower() for c in assigned)
    frontier: list[tuple[str, frozenset[str], frozenset[str] | None]] = [
        (t, ALL_EVENTS, None) if t in every_event else (t, events, first) for t in targets]
    while frontier:
        table, ev, cols = frontier.pop()
        if cols is not None and any(o.table == table for kind in ("trigger", "rule") for o in model.objects_of(kind)):
            cols = None  # a BEFORE UPDATE trigger (or a rule) may change a key the update leaves alone
        if table in seen:
            old = seen_cols[table]
            cols = None if cols is None or old is None else cols | old
            if ev <= seen[table] and cols == old:
                continue
        ev = seen[table] = ev | seen.get(table, NO_EVENTS)
        seen_cols[table] = cols
        for fk in model.foreign_keys():
            if fk.definition.get("references") != table or fk.table is None:
                continue
            if truncate_cascade:
                child, child_cols = ALL_EVENTS, None
            else:
                fired = ev if "update" not in ev or _key_assigned(fk, cols) else ev - {"update"}
                child = frozenset("delete" if event == "delete" and action == "CASCADE" else "update"
                                  for event, action in fk_actions(fk).items() if event in fired)
                child_cols = frozenset(str(c).lower() for c in fk.definition.get("columns") or []) or None
            if child:
                by_actions.add(fk.table)
                frontier.append((fk.table, child, child_cols))
        for trig in model.objects_of("trigger"):
            if trig.table == table:
                frontier += [(t, ALL_EVENTS, None) for t in model.tables_reached(trig)]
        for rule in model.objects_of("rule"):  # ON UPDATE TO t DO ALSO INSERT INTO t_audit ...
            if rule.table == table:
                frontier += [(d.split(":", 1)[1] if d.startswith("table:") else d.split(":", 1)[1].rsplit(".", 1)[0],
                              ALL_EVENTS, None) for d in rule.depends_on if d.startswith(("table:", "column:"))]
        # PostgreSQL table inheritance: a statement on a parent (without ONLY) writes its children's rows
        frontier += [(c, ev, cols) for c in model.children_of(table, partitions=False)]
    return {t for t in seen if t in model.tables}, {t for t in by_actions if t in model.tables}


def _key_assigned(fk: DbObject, cols: frozenset[str] | None) -> bool:
    """Whether an UPDATE assigning `cols` (None: any column) may change the key `fk` references
    (unknown referenced columns: it may)."""
    refs = fk.definition.get("ref_columns") or []
    if cols is None or not refs or any(r is None for r in refs):
        return True
    return any(str(r).lower() in cols for r in refs)


def truncate_reach(tables: Collection[str], model: SchemaModel) -> set[str]:
    """What a TRUNCATE ... CASCADE of `tables` empties: them and every table referencing one of
    them by a foreign key, transitively, whatever its actions (write_reach's `truncate_cascade`
    reaches further: tables the targets' triggers write, and what references those)."""
    out = set(tables)
    frontier = list(tables)
    while frontier:
        parent = frontier.pop()
        for fk in model.foreign_keys():
            if fk.definition.get("references") == parent and fk.table is not None and fk.table not in out:
                out.add(fk.table)
                frontier.append(fk.table)
    return out

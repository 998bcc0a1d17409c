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
    truncate_cascade: bool = False, every_event: Collection[str] = (),
) -> tuple[set[str], set[str]]:
    """(every table written, those written by foreign-key actions) when `targets` see `events`
    (the tables of `every_event` see every event). `truncate_cascade`: a TRUNCATE … CASCADE, which
    empties every referencing table whatever its actions."""
    seen: dict[str, frozenset[str]] = {}
    by_actions: set[str] = set()
    frontier = [(t, ALL_EVENTS if t in every_event else events) for t in targets]
    while frontier:
        table, ev = frontier.pop()
        if table in seen and ev <= seen[table]:
            continue
        ev = seen[table] = ev | seen.get(table, NO_EVENTS)
        for fk in model.foreign_keys():
            if fk.definition.get("references") != table or fk.table is None:
                continue
            if truncate_cascade:
                child = ALL_EVENTS
            else:
                child = frozenset("delete" if event == "delete" and action == "CASCADE" else "update"
                                  for event, action in fk_actions(fk).items() if event in ev)
            if child:
                by_actions.add(fk.table)
                frontier.append((fk.table, child))
        for trig in model.objects_of("trigger"):
            if trig.table == table:
                frontier += [(t, ALL_EVENTS) for t in model.tables_reached(trig)]
        for rule in model.objects_of("rule"):  # ON UPDATE TO t DO ALSO INSERT INTO t_audit ...
            if rule.table == table:
                frontier += [(d.split(":", 1)[1] if d.startswith("table:") else d.split(":", 1)[1].rsplit(".", 1)[0],
                              ALL_EVENTS) for d in rule.depends_on if d.startswith(("table:", "column:"))]
        # PostgreSQL table inheritance: a statement on a parent (without ONLY) writes its children's rows
        frontier += [(c, ev) for c in model.children_of(table, partitions=False)]
    return {t for t in seen if t in model.tables}, {t for t in by_actions if t in model.tables}

"""`rollback deps`: what each applied migration creates, alters, drops, reads and writes, and which
migrations depend on which, from the points' schema models before/after and their captures.

Keys: `table:<t>`, `column:<t>.<c>`, and model object keys (`index:...`, `view:...`, `policy:...`).

- creates / drops / alters: the diff of the point's model before and after (a new table creates
  its columns too; a changed column alters `column:t.c`; changed table options alter `table:t`).
- reads: what the objects the migration created or changed depend on (the model's depends_on:
  tables, columns, functions, types), plus columns named in their SQL text.
- writes: the tables whose rows it changed (its captures).

B depends on an earlier A when B reads, alters, drops or writes something A created or altered
(a table A created covers its columns and objects; a column A added or changed is hit by any
write to, alteration of or drop of its table). Undoing A alone is safe only when no later active
migration depends on it; `--undo X` answers that question, and `rollback undo X` (engine/undo.py)
acts on the same answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..engine.session import Target
from ..errors import UnknownTarget
from ..journal.store import Point
from ..model.schema import DbObject, SchemaModel
from .plan import read_snapshot
from .targets import PHASE


@dataclass
class Touch:
    point: Point
    creates: set[str] = field(default_factory=set)
    alters: set[str] = field(default_factory=set)
    drops: set[str] = field(default_factory=set)
    reads: set[str] = field(default_factory=set)
    writes: set[str] = field(default_factory=set)
    created_tables: set[str] = field(default_factory=set)
    sql_words: dict[str, str] = field(default_factory=dict)
    """object key -> its SQL text (lower case), for column mentions."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "point_id": self.point.id,
            "migration": self.point.migration,
            "phase": self.point.info.get("phase"),
            "creates": sorted(self.creates),
            "alters": sorted(self.alters),
            "drops": sorted(self.drops),
            "reads": sorted(self.reads),
            "writes": sorted(self.writes),
        }


def touches(p: Point, before: SchemaModel, after: SchemaModel) -> Touch:
    t = Touch(p)
    for name in sorted(set(before.tables) | set(after.tables)):
        a, b = before.tables.get(name), after.tables.get(name)
        if a is None and b is not None:
            t.creates |= {f"table:{name}", *(f"column:{name}.{c}" for c in b.column_names)}
            t.created_tables.add(name)
        elif b is None and a is not None:
            t.drops |= {f"table:{name}", *(f"column:{name}.{c}" for c in a.column_names)}
        elif a is not None and b is not None and a != b:
            for c in b.columns:
                old = a.column(c.name)
                if old is None:
                    t.creates.add(f"column:{name}.{c.name}")
                elif old != c:
                    t.alters.add(f"column:{name}.{c.name}")
            t.drops |= {f"column:{name}.{c}" for c in a.column_names if b.column(c) is None}
            if (a.primary_key, a.extra) != (b.primary_key, b.extra) or a.column_names != [
                c for c in b.column_names if c in a.column_names
            ]:
                t.alters.add(f"table:{name}")
    for key in sorted(set(before.objects) | set(after.objects)):
        oa, ob = before.objects.get(key), after.objects.get(key)
        if oa is not None and ob is not None and (oa.definition, oa.table) == (ob.definition, ob.table):
            continue
        if oa is None:
            t.creates.add(key)
        elif ob is None:
            t.drops.add(key)
        else:
            t.alters.add(key)
        obj = ob or oa
        assert obj is not None
        if ob is not None:
            t.reads |= _needs(ob)
            text = _sql_text(ob)
            if text:
                t.sql_words[key] = text
    t.writes = {f"table:{c['table']}" for c in p.info.get("captures", []) if c.get("kind") in ("copy", "rows")}
    t.reads -= t.creates
    return t


def _needs(obj: DbObject) -> set[str]:
    out = set(obj.depends_on)
    if obj.table:
        out.add(f"table:{obj.table}")
        for col in obj.definition.get("columns") or []:
            out.add(f"column:{obj.table}.{col}")
    ref = obj.definition.get("references")
    if isinstance(ref, str):
        out.add(f"table:{ref}")
        for col in obj.definition.get("ref_columns") or []:
            out.add(f"column:{ref}.{col}")
    return out


def _sql_text(obj: DbObject) -> str:
    parts = [str(v) for k, v in obj.definition.items() if isinstance(v, str) and k in ("sql", "using", "with_check", "body",
                                                                                      "definition", "source")]
    return " ".join(parts).lower()


def _table_of(key: str) -> str | None:
    kind, _, rest = key.partition(":")
    if kind == "table":
        return rest
    if kind == "column":
        return rest.rsplit(".", 1)[0]
    return None


def reasons(a: Touch, b: Touch, after_b: SchemaModel) -> list[str]:
    """Why the later b depends on the earlier a (empty: it does not)."""
    provided = a.creates | a.alters
    uses = b.reads | b.alters | b.drops | b.writes
    out: set[str] = set(uses & provided)
    for key in uses | b.creates:  # anything on a table a created
        table = _table_of(key)
        if table is None and (obj := after_b.objects.get(key)) is not None:
            table = obj.table
        if table in a.created_tables and key not in a.creates:
            out.add(key)
    heavy = {_table_of(k) for k in b.writes | b.drops | b.alters if k.startswith("table:")}
    for key in provided:
        if key.startswith("column:"):
            table, col = key[len("column:"):].rsplit(".", 1)
            if table in heavy:
                out.add(f"table:{table}")
            for obj_key, text in b.sql_words.items():
                obj = after_b.objects.get(obj_key)
                if obj is not None and (obj.table == table or f"table:{table}" in b.reads) and re.search(
                        rf"\b{re.escape(col.lower())}\b", text):
                    out.add(f"{obj_key} (uses {key})")
    return sorted(out)


def build_deps(target: Target) -> dict[str, Any]:
    """The dependency map, read in one read-only snapshot."""
    if not target.journal.active():
        raise UnknownTarget("this database has no rollback points yet", hint="run `rollback apply` first")
    with read_snapshot(target):
        return deps_map(target)


def deps_map(target: Target, active: list[Point] | None = None) -> dict[str, Any]:
    """The dependency map, read in the caller's transaction (`rollback undo` holds the run lock).
    `active`: the journal's active points, when the caller has read them already."""
    journal = target.journal
    active = [p for p in (journal.active() if active is None else active) if p.kind == "migration"]
    models = {p.id: (journal.model(p.id, "before"), journal.model(p.id, "after")) for p in active}
    tmap = {p.id: touches(p, *models[p.id]) for p in active}
    edges = []
    for i, b in enumerate(active):
        for a in active[:i]:
            why = reasons(tmap[a.id], tmap[b.id], models[b.id][1])
            if why:
                edges.append({"from": b.migration, "to": a.migration, "via": why})
    migrations = []
    for p in active:
        entry = tmap[p.id].to_dict()
        entry["depends_on"] = [e["to"] for e in edges if e["from"] == p.migration]
        entry["dependents"] = [e["from"] for e in edges if e["to"] == p.migration]
        migrations.append(entry)
    return {"database": target.url.masked, "migrations": migrations, "edges": edges}


def undo_check(deps: dict[str, Any], spec: str, with_dependents: bool) -> dict[str, Any]:
    """What `rollback undo SPEC` would reverse (newest first), or who blocks it."""
    migrations = deps["migrations"]
    names = [m["migration"] for m in migrations]
    match = PHASE.match(spec)
    if match:
        chosen = [m["migration"] for m in migrations if m["phase"] == int(match.group(1))]
        if not chosen:
            raise UnknownTarget(f"no applied migration belongs to phase {match.group(1)}")
    elif spec in names:
        chosen = [spec]
    else:
        raise UnknownTarget(f"no applied migration {spec!r}", hint="applied: " + ", ".join(names[-10:]))
    by_name = {m["migration"]: m for m in migrations}
    closure = set(chosen)
    todo = list(chosen)
    while todo:
        for dep in by_name[todo.pop()]["dependents"]:
            if dep not in closure:
                closure.add(dep)
                todo.append(dep)
    blockers = sorted(closure - set(chosen), key=names.index)
    ok = with_dependents or not blockers
    undo = [n for n in reversed(names) if n in (closure if with_dependents else set(chosen))]
    out: dict[str, Any] = {"spec": spec, "ok": ok, "undo": undo if ok else [], "blocked_by": [] if ok else blockers,
                           "dependents": blockers, "with_dependents": with_dependents,
                           "via": [e for e in deps["edges"] if e["to"] in closure and e["from"] in closure]}
    if not ok:
        out["hint"] = f"later migrations depend on it: {', '.join(blockers)}; pass --with-dependents to undo them too"
    if undo and undo == [n for n in reversed(names)][: len(undo)]:
        out["note"] = "these are the newest migrations: `rollback to` does the same today"
    return out


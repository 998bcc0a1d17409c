"""The canonical schema model shared by the fingerprint, the verifier and the reverse generator.

A dialect's introspection fills a `SchemaModel`; everything else (fingerprints, diffs, reverse
generation, data restore) reads it. The model is plain data: JSON-serialisable, no I/O.

Identity keys:
- tables: the qualified name as the dialect spells it for identity ("public.contacts" on PostgreSQL,
  "contacts" on SQLite and MySQL).
- other objects: "<kind>:<name>", where name is unique within the kind (for table-scoped objects such
  as constraints, triggers and policies it includes the table: "public.contacts.contacts_email_key").

Every definition is compared as is by the fingerprint, so a dialect must put there only values that
are stable across a drop and re-create of the same object (no OIDs, no creation times).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Column:
    name: str
    type: str
    nullable: bool = True
    default: str | None = None
    generated: str | None = None
    """The expression of a generated (computed) column; such a column is never written to."""
    identity: str | None = None
    """'always' or 'by default' (SQL identity), 'autoincrement' (MySQL/SQLite), else None."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Dialect details compared by the fingerprint: collation, comment, identity options, ..."""

    @property
    def writable(self) -> bool:
        return self.generated is None

    @property
    def needs_value(self) -> bool:
        """A row cannot be written without a value for it: NOT NULL, no default, neither an
        identity nor a generated column (the server gives those one)."""
        return not self.nullable and self.default is None and not self.identity and self.generated is None

    @property
    def hidden(self) -> bool:
        """A column the tool quarantined: kept in place, outside every fingerprint and diff."""
        return bool(self.extra.get("hidden"))


@dataclass
class Table:
    name: str
    columns: list[Column]
    primary_key: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    """Dialect details: RLS flags, comment, persistence, SQLite's original CREATE text, ...; the keys
    in UNFINGERPRINTED_EXTRA are kept (for re-creating the table as it was) but not compared."""

    def column(self, name: str) -> Column | None:
        for col in self.columns:
            if col.name == name:
                return col
        return None

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass
class DbObject:
    kind: str
    """index, constraint, foreign_key, view, materialized_view, sequence, type, function,
    procedure, trigger, policy, extension, schema, comment, rule, ..."""
    name: str
    table: str | None = None
    """The owning table's key, for table-scoped objects (indexes, constraints, triggers, policies)."""
    definition: dict[str, Any] = field(default_factory=dict)
    depends_on: list[str] = field(default_factory=list)
    """Keys of what this object needs: table names as "table:<name>", objects as "<kind>:<name>"."""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.name}"


@dataclass
class SchemaModel:
    dialect: str
    tables: dict[str, Table] = field(default_factory=dict)
    objects: dict[str, DbObject] = field(default_factory=dict)

    # -- construction -------------------------------------------------------------------------
    def add_table(self, table: Table) -> None:
        self.tables[table.name] = table

    def add(self, obj: DbObject) -> None:
        self.objects[obj.key] = obj

    # -- queries ------------------------------------------------------------------------------
    def objects_of(self, kind: str) -> list[DbObject]:
        return [o for o in self.objects.values() if o.kind == kind]

    def foreign_keys(self) -> list[DbObject]:
        """Objects of kind foreign_key; definition has columns, references (table key), ref_columns."""
        return self.objects_of("foreign_key")

    def parents_of(self, table: str) -> set[str]:
        return {
            str(fk.definition["references"])
            for fk in self.foreign_keys()
            if fk.table == table and fk.definition.get("references") != table
        }

    # -- table families: partitions (partition_of) and PostgreSQL INHERITS children ----------
    def bases_of(self, table: str) -> list[str]:
        """The tables `table` is made from: its partitioned parent, or the tables it INHERITS."""
        extra = self.tables[table].extra if table in self.tables else {}
        if extra.get("partition_of"):
            return [str(extra["partition_of"])]
        return [str(p) for p in extra.get("inherits") or []]

    def children_of(self, table: str, partitions: bool = True, inherits: bool = True) -> list[str]:
        """The tables made from `table` directly (sorted): its partitions and/or INHERITS children."""
        return [
            n for n, t in sorted(self.tables.items())
            if (partitions and t.extra.get("partition_of") == table) or (inherits and table in (t.extra.get("inherits") or []))
        ]

    def descendants(self, table: str, partitions: bool = True, inherits: bool = True) -> list[str]:
        """`table` first, then the tables made from it at every level (children_of, breadth first)."""
        out = [table]
        for name in out:
            out += [n for n in self.children_of(name, partitions, inherits) if n not in out]
        return out

    def in_inheritance(self) -> set[str]:
        """Tables in a PostgreSQL INHERITS hierarchy, as parent or as child."""
        children = {n for n, t in self.tables.items() if t.extra.get("inherits")}
        return children | {str(p) for n in children for p in self.tables[n].extra["inherits"]}

    def tables_reached(self, obj: DbObject) -> set[str]:
        """The tables an object's body names (`table:` dependencies) and, on MySQL/MariaDB, those
        of the procedures and functions it calls, through calls of calls: a trigger whose body is
        `CALL bump_stats(...)` writes what bump_stats writes. Calls are followed on MySQL/MariaDB
        only, whose triggers name the routines they call in their own bodies."""
        out: set[str] = set()
        seen: set[str] = set()
        stack = [obj]
        while stack:
            cur = stack.pop()
            for dep in cur.depends_on:
                kind, _, ref = dep.partition(":")
                if kind == "table":
                    out.add(ref)
                elif kind in ("procedure", "function") and self.dialect == "mysql" and dep not in seen:
                    seen.add(dep)
                    if (routine := self.objects.get(dep)) is not None:
                        stack.append(routine)
        return out

    def tables_in_dependency_order(self) -> list[str]:
        """Tables ordered parents first (by foreign keys); cycles are broken by name order."""
        remaining = set(self.tables)
        order: list[str] = []
        while remaining:
            ready = sorted(t for t in remaining if not (self.parents_of(t) & remaining))
            if not ready:
                ready = [sorted(remaining)[0]]
            for t in ready:
                order.append(t)
                remaining.discard(t)
        return order

    def unique_keys(self, table: str) -> list[list[str]]:
        """Column lists of unique constraints/indexes on the table (for row identity)."""
        keys: list[list[str]] = []
        for obj in self.objects.values():
            if obj.table != table:
                continue
            cols = obj.definition.get("unique_columns")
            if cols:
                keys.append([str(c) for c in cols])
        return keys

    def row_key(self, table: str) -> list[str] | None:
        """The columns that identify a row: the primary key, else a unique key on NOT NULL columns."""
        t = self.tables[table]
        if t.primary_key:
            return list(t.primary_key)
        for cols in self.unique_keys(table):
            if all((c := t.column(name)) is not None and not c.nullable for name in cols):
                return cols
        return None

    def keeps_unique(self, table: str, key: list[str], live: dict[str, str] | None = None) -> bool:
        """Whether the primary key, or a unique key on NOT NULL columns, of `table` lies within
        `key` (column names as another model of this table has them; `live` maps those of them a
        quarantine has renamed to their names here), so no two rows can share `key`'s values."""
        t = self.tables[table]
        cols = {(live or {}).get(c, c) for c in key}
        if t.primary_key and set(t.primary_key) <= cols:
            return True
        return any(set(u) <= cols and all((c := t.column(n)) is not None and not c.nullable for n in u)
                   for u in self.unique_keys(table))

    # -- canonical form and fingerprint -------------------------------------------------------
    def canonical(self) -> dict[str, Any]:
        return {
            "dialect": self.dialect,
            "tables": {k: _table_canonical(self.tables[k]) for k in sorted(self.tables)},
            "objects": {k: _obj_canonical(self.objects[k]) for k in sorted(self.objects)},
        }

    def fingerprint(self, rev: int | None = None) -> str:
        """The hash of `canonical()`; `rev` below FINGERPRINT_REV leaves out what was modelled later,
        to compare with a point recorded then."""
        canonical = self.canonical()
        if rev is not None and rev < FINGERPRINT_REV:
            canonical = _canonical_before(canonical, rev)
        blob = json.dumps(canonical, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(blob.encode()).hexdigest()

    def to_json(self) -> str:
        data = self.canonical()
        data["tables"] = {k: asdict(self.tables[k]) for k in sorted(self.tables)}  # hidden columns too
        data["objects"] = {k: asdict(v) for k, v in sorted(self.objects.items())}
        return json.dumps(data, sort_keys=True, default=str)

    @classmethod
    def from_json(cls, text: str) -> SchemaModel:
        data = json.loads(text)
        model = cls(dialect=data["dialect"])
        for name, t in data["tables"].items():
            cols = [Column(**c) for c in t["columns"]]
            model.tables[name] = Table(name=t["name"], columns=cols, primary_key=t["primary_key"], extra=t["extra"])
        for key, o in data["objects"].items():
            model.objects[key] = DbObject(**o)
        return model

    # -- comparison ---------------------------------------------------------------------------
    def diff(self, other: SchemaModel) -> list[str]:
        """Readable differences from self to other: '+ table x', '- index:y', '~ table z: ...'."""
        out: list[str] = []
        for name in sorted(set(self.tables) | set(other.tables)):
            a, b = self.tables.get(name), other.tables.get(name)
            if a is None:
                out.append(f"+ table {name}")
            elif b is None:
                out.append(f"- table {name}")
            elif _table_canonical(a) != _table_canonical(b):
                out.append(f"~ table {name}: {_table_change(_visible(a), _visible(b))}")
        for key in sorted(set(self.objects) | set(other.objects)):
            oa, ob = self.objects.get(key), other.objects.get(key)
            if oa is None:
                out.append(f"+ {key}")
            elif ob is None:
                out.append(f"- {key}")
            elif _obj_canonical(oa) != _obj_canonical(ob):
                out.append(f"~ {key}")
        return out


FINGERPRINT_REV = 6
"""What fingerprints cover. 2 added PostgreSQL publications and tables' REPLICA IDENTITY; 3 added
PostgreSQL columns' storage, statistics target and compression, and SQLite's `PRAGMA user_version`
(a `setting` object); 4 added PostgreSQL aggregates; 5 SQLite's `PRAGMA application_id` (a setting);
6 PostgreSQL columns' attribute options (`SET (n_distinct = ...)`), the privileges on functions,
procedures and schemas, and views' column defaults. Points recorded before (their info's `fingerprint_rev`, none meaning 1) are
compared as they were fingerprinted then."""
_KINDS_SINCE: dict[int, tuple[str, ...]] = {2: ("publication",), 3: ("setting",), 4: ("aggregate",)}
_OBJECTS_SINCE: dict[int, tuple[str, ...]] = {5: ("setting:application_id",)}
_EXTRA_SINCE: dict[int, tuple[str, ...]] = {2: ("replica_identity",)}
_DEFINITION_SINCE: dict[int, tuple[str, ...]] = {
    6: ("function.acl", "procedure.acl", "schema.acl", "view.column_defaults"),
}
"""Object definition fields (`<kind>.<field>`) a revision added (views' and sequences' acl are older)."""
_COLUMN_EXTRA_SINCE: dict[int, tuple[str, ...]] = {3: ("storage", "statistics", "compression"), 6: ("options",)}
"""PostgreSQL columns' (MySQL's generated columns had a `storage` before: theirs stays)."""


def _canonical_before(canonical: dict[str, Any], rev: int) -> dict[str, Any]:
    """The canonical form as fingerprints of revision `rev` saw it."""

    def since(table: dict[int, tuple[str, ...]]) -> set[str]:
        return {x for first, xs in table.items() if first > rev for x in xs}

    kinds, extra, keys = since(_KINDS_SINCE), since(_EXTRA_SINCE), since(_OBJECTS_SINCE)
    fields = since(_DEFINITION_SINCE)
    column_extra = since(_COLUMN_EXTRA_SINCE) if canonical["dialect"] == "postgresql" else set()
    tables = {
        k: {**t, "extra": {x: v for x, v in t["extra"].items() if x not in extra},
            "columns": [{**c, "extra": {x: v for x, v in c["extra"].items() if x not in column_extra}} for c in t["columns"]]}
        for k, t in canonical["tables"].items()
    }
    objects = {
        k: {**o, "definition": {f: v for f, v in o["definition"].items() if f"{o['kind']}.{f}" not in fields}}
        for k, o in canonical["objects"].items() if o["kind"] not in kinds and k not in keys
    }
    return {**canonical, "tables": tables, "objects": objects}


UNFINGERPRINTED_EXTRA = ("key_order", "shadows")
"""Table details that re-creating a table reproduces but neither the fingerprint nor diffs compare:
`key_order` (MySQL: the order SHOW CREATE TABLE lists the indexes in) changes nothing a query sees, and
points recorded before it was modelled must still compare equal; `shadows` (SQLite: the shadow tables
of a contentless full-text index, which its capture and restore read and write) follow from its text."""


def _visible(table: Table) -> Table:
    extra = {k: v for k, v in table.extra.items() if k not in UNFINGERPRINTED_EXTRA}
    return Table(table.name, [c for c in table.columns if not c.hidden], table.primary_key, extra)


def _table_canonical(table: Table) -> dict[str, Any]:
    return asdict(_visible(table))


UNFINGERPRINTED_DEFINITION = ("attached",)
"""Object details the reverse needs but neither the fingerprint nor diffs compare: `attached`, the
partition indexes below a PostgreSQL partitioned index, whose names the server picks when a
partition is created under an existing index."""


def _obj_canonical(obj: DbObject) -> dict[str, Any]:
    # depends_on is derived information; only what defines the object counts.
    definition = {k: v for k, v in obj.definition.items() if k not in UNFINGERPRINTED_DEFINITION}
    return {"kind": obj.kind, "name": obj.name, "table": obj.table, "definition": definition}


def _table_change(a: Table, b: Table) -> str:
    parts: list[str] = []
    an, bn = a.column_names, b.column_names
    if added := [c for c in bn if c not in an]:
        parts.append("columns added " + ", ".join(added))
    if removed := [c for c in an if c not in bn]:
        parts.append("columns removed " + ", ".join(removed))
    common = [c for c in an if c in bn]
    if [c for c in bn if c in an] != common:
        parts.append("column order")
    for name in common:
        ca, cb = a.column(name), b.column(name)
        if ca != cb:
            parts.append(f"column {name} changed")
    if a.primary_key != b.primary_key:
        parts.append("primary key")
    if a.extra != b.extra:
        parts.append("options " + ", ".join(sorted(k for k in set(a.extra) | set(b.extra) if a.extra.get(k) != b.extra.get(k))))
    return "; ".join(parts) or "changed"

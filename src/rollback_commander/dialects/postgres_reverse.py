"""The PostgreSQL reverse differ: SQL that turns a database of schema `current` into `target`.

A pure function of two `SchemaModel`s built by `postgres_schema.introspect_postgres`. The planner
works on a copy of `current` (the *working* model) and updates it as it emits each statement, so that
later phases compare against what the database will really look like at that point.

1. Decide: which tables go or are rebuilt, which columns are dropped or re-typed, which objects
   go or change, which types must be re-created; then close that set over `depends_on` (a view on a
   dropped column must go too, and come back afterwards if the target has it).
2. `pre`: drop phase (policies, triggers, views in reverse dependency order, foreign keys, constraints,
   indexes, functions, tables, columns), then create/alter phase (schemas, extensions, types, sequences,
   functions, tables, columns, table options) and the removal of what the target no longer has.
   Afterwards every target table exists with exactly the target's columns (unless a column had to be
   appended to a table whose data is not restored; the engine's proof reports the order).
3. `post`: NOT NULLs, primary keys, constraints, indexes, foreign keys, views and matviews in dependency
   order, triggers, sequence ownership, RLS flags, policies, comments and privileges.

Two snapshots cannot tell a rename from a drop and a create. Tables and columns are treated as drop
and create (the engine captured their data). Types are cheaper to get right: a type the target has
under another name with the same definition is renamed back, enum labels that line up between the
two lists are renamed back with RENAME VALUE (an enum that still differs is re-created: renamed
aside, created anew, columns converted through text), composite attributes at the same position
with the same type are renamed back.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from ..model.schema import Column, DbObject, SchemaModel, Table
from .base import ReversePlan
from .postgres_schema import default_acl, qi, qn

#: Kinds whose objects are dropped and re-created when their definition changes (minus the
#: fields listed here, which are altered in place).
_ALTERABLE_FIELDS: dict[str, set[str]] = {
    "index": {"clustered", "attached"},
    "constraint": set(),
    "foreign_key": set(),
    "trigger": {"enabled"},
    "policy": set(),
    "view": {"acl", "column_defaults"},
    "materialized_view": {"acl", "populated"},
    "rule": set(),
    "statistics": set(),
    "publication": set(),
    "event_trigger": {"enabled"},
}
_DROP_ORDER = (
    "event_trigger",
    "publication",
    "policy",
    "rule",
    "trigger",
    "view",
    "foreign_key",
    "primary_key",
    "constraint",
    "statistics",
    "index",
)
#: Kinds never dropped to be re-created (altered in place, or dropped at the end of pre); a comment
#: still goes with the object it is on.
_ALTERED_IN_PLACE = (
    "schema", "extension", "sequence", "comment", "text_search_configuration", "default_acl", "collation",
)
_EVENT_TRIGGER_STATES = {"O": "ENABLE", "D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}
_RELATION_DEPS = ("table:", "column:", "view:", "materialized_view:", "primary_key:")
_OLD_SUFFIX = "__rb_old"
#: Kinds created by their stored CREATE [OR REPLACE] statement and dropped by their signature.
_ROUTINES = ("function", "procedure", "aggregate")
_SIMPLE_IDENT = re.compile(r"^[a-z_][a-z0-9_$]*$")


def plan_reverse_postgres(current: SchemaModel, target: SchemaModel, data_tables: set[str]) -> ReversePlan:
    """Statements that turn a database whose schema is `current` into `target` (see ReversePlan)."""
    return _Planner(current, target, data_tables).plan()


def objects_kept_by_pre(current: SchemaModel, target: SchemaModel, data_tables: set[str]) -> set[str]:
    """Keys of `current` objects still in place after the plan's `pre`: the foreign keys and triggers
    that exist while the engine restores rows (those a guard may set aside and put back). Objects
    that `pre` drops, including everything on rebuilt tables, come back in `post` on their own."""
    planner = _Planner(current, target, data_tables)
    planner.plan()
    return planner.kept_after_pre


# -- small helpers ------------------------------------------------------------------------------
def _qkey(key: str) -> str:
    """A 'schema.name' key as a quoted qualified name."""
    schema, _, name = key.partition(".")
    return qn(schema, name)


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _relation(obj: DbObject) -> str | None:
    """The table (or, for triggers and rules on views, the view) an object belongs to."""
    return obj.table or obj.definition.get("view")


def _local(obj: DbObject) -> str:
    """The object's own name, without its schema or table."""
    owner = _relation(obj)
    if owner and obj.name.startswith(owner + "."):
        return obj.name[len(owner) + 1 :]
    return obj.name.partition(".")[2]


def _func_sig(obj: DbObject) -> str:
    """Quoted name and identity arguments of a routine: "s"."f"(a integer)."""
    ident = str(obj.definition["identity_arguments"])
    schema, _, rest = obj.name.partition(".")
    name = rest[: len(rest) - len(ident) - 2]
    return f"{qn(schema, name)}({ident})"


def _deparsed_name(key: str) -> str:
    """How PostgreSQL prints a qualified name when search_path is pg_catalog (for text matching)."""
    return ".".join(p if _SIMPLE_IDENT.match(p) else qi(p) for p in key.partition(".")[::2])


def _core(obj: DbObject) -> dict[str, Any]:
    skip = _ALTERABLE_FIELDS.get(obj.kind, set())
    return {k: v for k, v in obj.definition.items() if k not in skip}


def _parents(t: Table) -> list[str]:
    """The tables `t` is made from: its partitioned parent, or its INHERITS parents."""
    return [str(t.extra["partition_of"])] if t.extra.get("partition_of") else [str(p) for p in t.extra.get("inherits") or []]


def _inherited(model: SchemaModel, t: Table, column: str) -> bool:
    """The column of an INHERITS child comes from one of its parents (it follows their changes and
    cannot be dropped on its own)."""
    return any((p := model.tables.get(str(name))) is not None and p.column(column) is not None
               for name in t.extra.get("inherits") or [])


def _recollate_unmodelled(name: str) -> str:
    """Columns outside the model that use a collation about to be dropped (journal captures of later
    points, quarantined columns) move to the default collation, as _retype_unmodelled does for types."""
    return (
        "DO $rb$ DECLARE r record; BEGIN FOR r IN SELECT a.attrelid::regclass::text AS rel, a.attname, "
        "format_type(a.atttypid, a.atttypmod) AS typ FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.attcollation = "
        f"{_lit(_qkey(name))}::regcollation AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') "
        r"AND (n.nspname = 'rollback' OR n.nspname LIKE '\_rollback%' OR a.attname LIKE '\_rollback\_q%') LOOP "
        """EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE %s COLLATE "default"', r.rel, r.attname, r.typ); """
        "END LOOP; END $rb$"
    )


def _topo(keys: Iterable[str], deps: Callable[[str], Iterable[str]]) -> list[str]:
    """Keys ordered so that each comes after the keys it depends on (cycles broken by name)."""
    remaining = set(keys)
    order: list[str] = []
    while remaining:
        ready = sorted(k for k in remaining if not (set(deps(k)) & remaining))
        if not ready:
            ready = [sorted(remaining)[0]]
        order.extend(ready)
        remaining.difference_update(ready)
    return order


def _base_type(type_sql: str) -> tuple[str, int]:
    """'public.mood[]' -> ('public.mood', 1): the element type and the array depth."""
    depth = 0
    while type_sql.endswith("[]"):
        type_sql = type_sql[:-2]
        depth += 1
    return type_sql, depth


def _identity_sql(col: Column) -> str:
    opts = col.extra.get("identity_options") or {}
    parts = []
    if opts.get("sequence"):
        parts.append(f"SEQUENCE NAME {_qkey(opts['sequence'])}")
    parts.append(_sequence_options(opts))
    kind = "ALWAYS" if col.identity == "always" else "BY DEFAULT"
    return f"GENERATED {kind} AS IDENTITY ({' '.join(parts)})"


def _sequence_options(d: dict[str, Any]) -> str:
    if not d:
        return ""
    return (
        f"START WITH {d['start']} INCREMENT BY {d['increment']} MINVALUE {d['min']} "
        f"MAXVALUE {d['max']} CACHE {d['cache']} {'CYCLE' if d['cycle'] else 'NO CYCLE'}"
    )


def _column_sql(col: Column, not_null: bool) -> str:
    parts = [qi(col.name), col.type]
    if col.extra.get("collation"):
        parts.append(f"COLLATE {col.extra['collation']}")
    if col.generated is not None:
        parts.append(f"GENERATED ALWAYS AS ({col.generated}) STORED")
    elif col.identity in ("always", "by default"):
        parts.append(_identity_sql(col))
    elif col.default is not None:
        parts.append(f"DEFAULT {col.default}")
    if not_null and not col.nullable:
        parts.append("NOT NULL")
    return " ".join(parts)


_POST_ONLY_COLUMN_FIELDS = ("comment", "acl", "storage", "statistics", "compression", "options")


def _strip_post_only(col: Column) -> None:
    """A new column has no comment, privileges or storage settings yet: post gives them."""
    for key in _POST_ONLY_COLUMN_FIELDS:
        col.extra.pop(key, None)


def _setting_changes(have: dict[str, Any], want: dict[str, Any]) -> list[str]:
    """The SET clauses taking a column's storage, statistics target and compression from `have`
    to `want` (absent: the type's storage, -1, the server's default compression)."""
    out = []
    if have.get("storage") != want.get("storage"):
        word = (want.get("storage") or {}).get("set") or have["storage"]["type"]
        out.append(f"SET STORAGE {str(word).upper()}")
    if have.get("statistics") != want.get("statistics"):
        out.append(f"SET STATISTICS {want.get('statistics', -1)}")
    if have.get("compression") != want.get("compression"):
        out.append(f"SET COMPRESSION {want.get('compression') or 'default'}")
    return out + _option_changes(have.get("options") or [], want.get("options") or [])


def _option_changes(have: list[str], want: list[str]) -> list[str]:
    """RESET / SET clauses taking a column's attribute options ("n_distinct=-0.05") from `have`
    to `want`."""
    names = {o.partition("=")[0] for o in want}
    out = []
    if gone := sorted({o.partition("=")[0] for o in have} - names):
        out.append(f"RESET ({', '.join(gone)})")
    if changed := sorted(set(want) - set(have)):
        out.append(f"SET ({', '.join(changed)})")
    return out


def _type_word(obj: DbObject) -> str:
    return "DOMAIN" if obj.definition.get("type") == "domain" else "TYPE"


_RETYPE_UNMODELLED = """DO $rb$
DECLARE r record; ty text;
BEGIN
  FOR r IN
    SELECT a.attrelid::regclass::text AS rel, quote_ident(a.attname) AS col,
      t.typcategory = 'A' AS arr, m.new_type
    FROM ($sources) AS m(old, new_type)
    JOIN pg_type t ON t.oid = m.old OR (t.typcategory = 'A' AND t.typelem = m.old)
    JOIN pg_attribute a ON a.atttypid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
  LOOP
    ty := r.new_type || CASE WHEN r.arr THEN '[]' ELSE '' END;
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %s TYPE %s USING %s::text%s::%s',
                   r.rel, r.col, ty, r.col, CASE WHEN r.arr THEN '[]' ELSE '' END, ty);
  END LOOP;
END $rb$"""


def _role(name: str) -> str:
    return "PUBLIC" if name.lower() == "public" else qi(name)


class _Planner:
    def __init__(self, current: SchemaModel, target: SchemaModel, data_tables: set[str]):
        self.cur = current
        self.tgt = target
        self.work = copy.deepcopy(current)
        self.data_tables = data_tables
        self.pre: list[str] = []
        self.post: list[str] = []
        self.rebuilt: set[str] = set()
        self.gone: set[str] = set()
        """Keys of the current model that the plan drops or changes (closed over depends_on)."""
        self.dropped_tables: set[str] = set()
        """Current tables that pre drops: absent from the target, or rebuilt."""
        self.drop_cols: dict[str, list[str]] = {}
        self.recreated_types: set[str] = set()
        self.fresh_acls: set[str] = set()
        """Routines and schemas the plan creates: their privileges are whatever default privileges
        give them then, so they are reset before the target's are granted."""
        self.detached: set[str] = set()
        """Partitions detached by the plan: they keep clones of the parent's indexes and constraints."""
        self.old_type_names: dict[str, str] = {}
        self.kept_after_pre: set[str] = set()
        self.type_renames = _renamed_types(current, target)
        """Current type key -> target type key, for a type that was only renamed (or moved)."""
        self.sql_renames = {
            str(current.objects[a].definition["sql_name"]): str(target.objects[b].definition["sql_name"])
            for a, b in self.type_renames.items()
        }

    # == entry point ===========================================================================
    def plan(self) -> ReversePlan:
        self._decide_tables()
        self._decide_objects()
        self._close()
        while self._promote_rebuilds():
            self._close()
        self._drop_phase()
        self._create_phase()
        self.kept_after_pre = {k for k in self.cur.objects if k in self.work.objects and k not in self.gone}
        self._immediate_constraints()
        self._post_phase()
        return ReversePlan(pre=self.pre, post=self.post, rebuilt=self.rebuilt)

    def _immediate_constraints(self) -> None:
        """Deferred constraint checks pending from earlier in the transaction (a migration proven in
        the same transaction) make ALTER TABLE fail: run them first."""
        deferrable = any(
            "DEFERRABLE" in str(o.definition.get("sql", ""))
            for o in self.cur.objects.values()
            if o.kind in ("constraint", "foreign_key", "trigger")
        ) or any(
            "DEFERRABLE" in str(t.extra.get("primary_key", {}).get("sql", ""))
            for t in self.cur.tables.values()
        )
        if self.pre and deferrable:
            self.pre.insert(0, "SET CONSTRAINTS ALL IMMEDIATE")

    # == decisions =============================================================================
    def _decide_tables(self) -> None:
        drops: set[str] = set()
        for key, ct in self.cur.tables.items():
            tt = self.tgt.tables.get(key)
            if tt is None or self._needs_rebuild(ct, tt):
                drops.add(key)
        self._drop_tables_too(drops)
        for key, ct in self.cur.tables.items():
            if key not in self.dropped_tables:
                self._decide_columns(ct, self.tgt.tables[key])
        for key in self.tgt.tables:
            if key not in self.cur.tables:
                self.rebuilt.add(key)

    def _drop_tables_too(self, keys: set[str]) -> None:
        """Plan to drop these current tables (and their partitions); re-create those the target has."""
        grew = True
        while grew:
            grew = False
            for key, ct in self.cur.tables.items():
                if key not in keys and ct.extra.get("partition_of") in keys:
                    keys.add(key)
                    grew = True
        for key in keys:
            self.dropped_tables.add(key)
            self.drop_cols.pop(key, None)
            self.gone.add(f"table:{key}")
            self.gone.update(f"column:{key}.{c}" for c in self.cur.tables[key].column_names)
            self.gone.add(f"primary_key:{key}")
            if key in self.tgt.tables:
                self.rebuilt.add(key)

    def _promote_rebuilds(self) -> bool:
        """Tables whose data is restored anyway are rebuilt rather than re-typed in place: a cast of
        rows written after the migration may fail, the captured rows fit the target as they are."""
        promote: set[str] = set()
        for key in self.data_tables & set(self.drop_cols):
            if self._follows_parent(key):
                continue
            kept = (c for c in self.cur.tables[key].column_names if c not in self.drop_cols[key])
            if any(f"column:{key}.{c}" in self.gone for c in kept):
                promote.add(key)
        if promote:
            self._drop_tables_too(promote)
        return bool(promote)

    def _column_plan(self, ct: Table, tt: Table) -> tuple[list[str], bool]:
        """Columns to drop, and whether the remaining + added ones end up in the target's order."""
        drops = [c.name for c in ct.columns if _must_recreate(c, tt.column(c.name))]
        kept = [n for n in ct.column_names if n not in drops]
        added = [n for n in tt.column_names if n not in kept]
        return drops, kept + added == tt.column_names

    def _needs_rebuild(self, ct: Table, tt: Table) -> bool:
        if ct.extra.get("partition_key") != tt.extra.get("partition_key"):
            return True
        if self._follows_parent(ct.name):
            return False
        if any(ct.name in (t.extra.get("inherits") or []) for t in self.cur.tables.values()):
            return False  # INHERITS children hold on to it (and to its columns)
        _drops, in_order = self._column_plan(ct, tt)
        return not in_order and ct.name in self.data_tables

    def _follows_parent(self, key: str) -> bool:
        """A partition that stays attached to the same parent: its columns follow the parent's."""
        ct, tt = self.cur.tables.get(key), self.tgt.tables.get(key)
        if ct is None or tt is None or not ct.extra.get("partition_of"):
            return False
        same = all(ct.extra.get(k) == tt.extra.get(k) for k in ("partition_of", "partition_bound"))
        return same and ct.extra["partition_of"] not in self.dropped_tables

    def _decide_columns(self, ct: Table, tt: Table) -> None:
        drops, _ = self._column_plan(ct, tt)
        self.drop_cols[ct.name] = drops
        self.gone.update(f"column:{ct.name}.{c}" for c in drops)
        for c in ct.columns:
            t = tt.column(c.name)
            if t is not None and c.name not in drops and self._type_changes(c, t):
                self.gone.add(f"column:{ct.name}.{c.name}")
        if ct.extra.get("primary_key") != tt.extra.get("primary_key"):
            self.gone.add(f"primary_key:{ct.name}")

    def _decide_objects(self) -> None:
        for key, co in self.cur.objects.items():
            to = self.tgt.objects.get(key)
            if co.kind in _ALTERED_IN_PLACE:
                continue
            if co.kind == "type":
                if key in self.type_renames:
                    continue
                if to is None or self._type_needs_recreate(co, to):
                    self.gone.add(key)
            elif co.kind in _ROUTINES:
                if to is None or not _replaceable(co, to):
                    self.gone.add(key)
            elif to is None or _core(co) != _core(to):
                self.gone.add(key)
        self.gone |= self._parents_of_detached_indexes()

    def _parents_of_detached_indexes(self) -> set[str]:
        """Partitioned indexes holding an index the target has on its own (a migration attached
        it): an attached index cannot be detached, so the parent is dropped (taking its attached
        indexes along) and re-created with only the target's."""
        attached = {str(c[0]): o.key for o in self.cur.objects_of("index") for c in o.definition.get("attached", [])}
        return {attached[o.name] for o in self.tgt.objects_of("index") if o.key not in self.cur.objects and o.name in attached}

    def _renamed_sql(self, type_sql: str) -> str:
        """A current type's SQL name as the target spells it, after the plan's type renames."""
        base, depth = _base_type(type_sql)
        return self.sql_renames.get(base, base) + "[]" * depth

    def _renamed_definition(self, d: dict[str, Any]) -> dict[str, Any]:
        """A current type's definition with the renamed types it uses spelled as in the target."""
        out = copy.deepcopy(d)
        if "base" in out:
            out["base"] = self._renamed_sql(str(out["base"]))
        for attr in out.get("attributes", []):
            attr["type"] = self._renamed_sql(str(attr["type"]))
        return out

    def _type_changes(self, cur: Column, tgt: Column) -> bool:
        collation_differs = cur.extra.get("collation") != tgt.extra.get("collation")
        return self._renamed_sql(cur.type) != tgt.type or collation_differs

    def _type_needs_recreate(self, co: DbObject, to: DbObject) -> bool:
        a, b = self._renamed_definition(co.definition), to.definition
        if a == b:
            return False
        if a.get("type") != b.get("type"):
            return True
        if a["type"] == "enum":
            labels = list(a["labels"])
            return _relabelled(labels, _label_renames(labels, list(b["labels"]))) != list(b["labels"])
        if a["type"] == "domain":
            return bool(a["base"] != b["base"] or a["collation"] != b["collation"])
        if a["type"] == "composite":
            return _attribute_steps(a["attributes"], b["attributes"]) is None
        return True

    def _type_keys_by_sql(self, model: SchemaModel) -> dict[str, str]:
        return {str(t.definition.get("sql_name")): t.key for t in model.objects_of("type")}

    def _close(self) -> None:
        """Extend `gone` with everything that depends on something in it."""
        types_by_sql = self._type_keys_by_sql(self.cur)
        grew = True
        while grew:
            grew = False
            for obj in self.cur.objects.values():
                if obj.key in self.gone or (obj.kind in _ALTERED_IN_PLACE and obj.kind != "comment"):
                    continue
                if (obj.table and f"table:{obj.table}" in self.gone) or self.gone.intersection(
                    obj.depends_on
                ):
                    self.gone.add(obj.key)
                    grew = True
            for key, ct in self.cur.tables.items():
                for col in ct.columns:
                    ck = f"column:{key}.{col.name}"
                    if ck not in self.gone and types_by_sql.get(_base_type(col.type)[0]) in self.gone:
                        self.gone.add(ck)
                        grew = True
                pk = f"primary_key:{key}"
                if pk not in self.gone and any(f"column:{key}.{c}" in self.gone for c in ct.primary_key):
                    self.gone.add(pk)
                    grew = True
        self.recreated_types = {k for k in self.gone if k.startswith("type:") and k in self.tgt.objects}

    # == pre: drop phase =======================================================================
    def _drop_phase(self) -> None:
        gone_objs = [self.cur.objects[k] for k in sorted(self.gone) if k in self.cur.objects]
        for kind in _DROP_ORDER:
            if kind == "view":
                self._drop_views()
            elif kind == "primary_key":
                self._drop_primary_keys()
            else:
                for obj in (o for o in gone_objs if o.kind == kind):
                    self._drop_table_scoped(obj)
        for obj in gone_objs:
            if obj.kind == "comment":
                self._forget(obj.key)
        self._detach_sequences()
        self._drop_identities()
        self._drop_functions()
        self._detach_inheritance()
        self._drop_tables()
        for key in sorted(self.work.tables):
            if key in self.tgt.tables:
                self._detach_partition(self.work.tables[key], self.tgt.tables[key])
        self._drop_columns()
        self._drop_sequences()

    def _detach_inheritance(self) -> None:
        """NO INHERIT first: a parent's later ALTERs must not reach a table the target does not have
        inherit from it, and a parent that goes cannot while children hold on to it."""
        for key in sorted(self.work.tables):
            wt, tt = self.work.tables[key], self.tgt.tables.get(key)
            if key in self.dropped_tables or not wt.extra.get("inherits"):
                continue
            keep = [] if tt is None else [p for p in wt.extra["inherits"] if p in (tt.extra.get("inherits") or [])
                                          and p not in self.dropped_tables]
            for parent in wt.extra["inherits"]:
                if parent not in keep:
                    self.pre.append(f"ALTER TABLE {_qkey(key)} NO INHERIT {_qkey(str(parent))}")
            wt.extra["inherits"] = keep

    def _forget(self, key: str) -> None:
        self.work.objects.pop(key, None)
        self.work.objects.pop(f"comment:{key}", None)

    def _owner_gone(self, obj: DbObject) -> bool:
        """The object's table, view or materialized view is dropped anyway (and the object with it).
        One that also needs something else pre drops is dropped first, so the tables go in any order
        (and after the routines): a foreign key to another dropped table, a policy, trigger or
        constraint whose expression reads another dropped table or calls a dropped routine."""
        if self._needs_other_gone(obj):
            return False
        if obj.table is not None:
            return obj.table in self.dropped_tables
        views = (d for d in obj.depends_on if d.startswith(("view:", "materialized_view:")))
        return any(d in self.gone for d in views)

    def _needs_other_gone(self, obj: DbObject) -> bool:
        parent = obj.definition.get("references") if obj.kind == "foreign_key" else None
        if parent not in (obj.table, None) and parent in self.dropped_tables:
            return True
        others = [t for t in self.dropped_tables if t != obj.table]
        for dep in obj.depends_on:
            kind, _, rest = dep.partition(":")
            if kind in _ROUTINES and dep in self.gone:
                return True
            if kind == "table" and rest in others:
                return True
            if kind == "column" and any(rest.startswith(t + ".") for t in others):
                return True
        return False

    def _drop_table_scoped(self, obj: DbObject) -> None:
        owner = _relation(obj)
        if self._owner_gone(obj):
            self._forget(obj.key)
            return
        if obj.kind in ("publication", "event_trigger"):
            self.pre.append(f"DROP {obj.kind.replace('_', ' ').upper()} {qi(obj.name)}")
            self._forget(obj.key)
            return
        name = qi(_local(obj))
        if obj.kind in ("policy", "trigger", "rule"):
            self.pre.append(f"DROP {obj.kind.upper()} {name} ON {_qkey(str(owner))}")
        elif obj.kind in ("index", "statistics"):
            self.pre.append(f"DROP {obj.kind.upper()} {_qkey(obj.name)}")
        else:
            self.pre.append(f"ALTER TABLE {_qkey(str(owner))} DROP CONSTRAINT {name}")
        self._forget(obj.key)

    def _drop_views(self) -> None:
        views = [
            k for k in self.gone if k.startswith(("view:", "materialized_view:")) and k in self.cur.objects
        ]
        for key in reversed(_topo(views, lambda k: self.cur.objects[k].depends_on)):
            obj = self.cur.objects[key]
            word = "VIEW" if obj.kind == "view" else "MATERIALIZED VIEW"
            self.pre.append(f"DROP {word} {_qkey(obj.name)}")
            self._forget(key)

    def _drop_primary_keys(self) -> None:
        for key in sorted(self.gone):
            if not key.startswith("primary_key:"):
                continue
            table = key.partition(":")[2]
            wt = self.work.tables.get(table)
            if wt is None or table in self.dropped_tables or not wt.extra.get("primary_key"):
                continue
            name = wt.extra.pop("primary_key")["name"]
            self.pre.append(f"ALTER TABLE {_qkey(table)} DROP CONSTRAINT {qi(name)}")
            wt.primary_key = []
            self.work.objects.pop(f"comment:{key}", None)

    def _detach_sequences(self) -> None:
        """Sequences owned by a column that goes: detach those the target keeps, forget the rest."""
        for seq in self.work.objects_of("sequence"):
            owner = seq.definition.get("owned_by")
            if not owner:
                continue
            table, column = owner["table"], owner["column"]
            if table not in self.dropped_tables and column not in self.drop_cols.get(table, []):
                continue
            if seq.key in self.tgt.objects:
                self.pre.append(f"ALTER SEQUENCE {_qkey(seq.name)} OWNED BY NONE")
                seq.definition["owned_by"] = None
            else:
                self._forget(seq.key)

    def _drop_identities(self) -> None:
        """Identity columns that stop being one: early, as their sequence may be in the way of another
        sequence of the same name."""
        for key, wt in sorted(self.work.tables.items()):
            tt = self.tgt.tables.get(key)
            if tt is None or key in self.dropped_tables:
                continue
            for wc in wt.columns:
                tc = tt.column(wc.name)
                if wc.identity and (tc is None or not tc.identity) and not self._follows_parent(key):
                    self.pre.append(f"ALTER TABLE {_qkey(key)} ALTER COLUMN {qi(wc.name)} DROP IDENTITY")
                    wc.identity = None
                    wc.extra.pop("identity_options", None)

    def _drop_sequences(self) -> None:
        """Sequences the target does not have, after the defaults that call them."""
        seqs = sorted(o.name for o in self.work.objects_of("sequence") if o.key not in self.tgt.objects)
        if not seqs:
            return
        self._drop_defaults_using(["'" + _deparsed_name(n).replace("'", "''") + "'::regclass" for n in seqs])
        for name in seqs:
            self.pre.append(f"DROP SEQUENCE {_qkey(name)}")
            self._forget(f"sequence:{name}")

    def _drop_functions(self) -> None:
        funcs = [k for k in self.gone if k.partition(":")[0] in _ROUTINES and k in self.cur.objects]
        if not funcs:
            return
        self._drop_defaults_using(
            [_deparsed_name(self.cur.objects[k].name.partition("(")[0]) + "(" for k in funcs]
        )
        for key in reversed(_topo(funcs, lambda k: self.cur.objects[k].depends_on)):
            obj = self.cur.objects[key]
            self.pre.append(f"DROP {obj.kind.upper()} {_func_sig(obj)}")
            self._forget(key)

    def _drop_defaults_using(self, names: list[str]) -> None:
        """Column defaults that mention a function or sequence about to be dropped (the default's
        dependencies are not in the model, so its deparsed text is searched for the name). Tables
        dropped later in pre too: routines and sequences go before them; there, and in columns
        dropped later in pre, a generated column's expression that calls one is dropped as well (the
        column stays, as a plain one, until it or its table goes)."""
        for key, wt in self.work.tables.items():
            going = key in self.dropped_tables
            for col in wt.columns:
                if col.default is not None and any(n in col.default for n in names):
                    self.pre.append(f"ALTER TABLE {_qkey(key)} ALTER COLUMN {qi(col.name)} DROP DEFAULT")
                    col.default = None
                gen = col.generated
                col_going = going or col.name in self.drop_cols.get(key, [])
                if gen is not None and col_going and any(n in gen for n in names):
                    self.pre.append(f"ALTER TABLE {_qkey(key)} ALTER COLUMN {qi(col.name)} DROP EXPRESSION")
                    col.generated = None

    def _drop_tables(self) -> None:
        order = _topo(self.dropped_tables, lambda k: _parents(self.cur.tables[k]))
        for key in reversed(order):
            self.pre.append(f"DROP TABLE {_qkey(key)}")
            self.work.tables.pop(key, None)

    def _drop_columns(self) -> None:
        """Generated columns first: they depend on the plain columns their expression reads (which
        cannot be dropped while one does), never on another generated column."""
        for key in sorted(self.drop_cols):
            wt = self.work.tables[key]
            generated = {c.name for c in wt.columns if c.generated is not None}
            for name in sorted(self.drop_cols[key], key=lambda n: n not in generated):
                # a column a remaining INHERITS parent has goes with the parent's DROP COLUMN
                if not self._follows_parent(key) and not _inherited(self.cur, wt, name):
                    self.pre.append(f"ALTER TABLE {_qkey(key)} DROP COLUMN {qi(name)}")
                wt.columns = [c for c in wt.columns if c.name != name]

    # == pre: create and alter phase ============================================================
    def _create_phase(self) -> None:
        self._create_schemas()
        self._create_extensions()
        self._collations()
        self._types_phase()
        self._text_search_configs()
        self._sequences_phase()
        self._functions(post=False)
        self._create_tables()
        for key in _topo(sorted(self.tgt.tables), lambda k: _parents(self.tgt.tables[k])):
            if key in self.work.tables and key not in self.rebuilt:  # parents first: their defaults reach partitions
                self._alter_table(self.work.tables[key], self.tgt.tables[key])
        self._attach_partitions()
        self._drop_leftovers()

    def _create_schemas(self) -> None:
        for obj in self.tgt.objects_of("schema"):
            if obj.key not in self.work.objects:
                self.pre.append(f"CREATE SCHEMA {qi(obj.name)}")
                self.work.add(copy.deepcopy(obj))
                self.fresh_acls.add(obj.key)

    def _create_extensions(self) -> None:
        wanted = {o.key: o for o in self.tgt.objects_of("extension")}
        for obj in [wanted[k] for k in _topo(wanted, lambda k: wanted[k].depends_on)]:  # cube before earthdistance
            have = self.work.objects.get(obj.key)
            schema = qi(str(obj.definition["schema"]))
            if have is None:
                self.pre.append(f"CREATE EXTENSION IF NOT EXISTS {qi(obj.name)} WITH SCHEMA {schema}")
                self.work.add(copy.deepcopy(obj))
                self.work.objects.pop(f"comment:{obj.key}", None)
            elif have.definition != obj.definition:
                self.pre.append(f"ALTER EXTENSION {qi(obj.name)} SET SCHEMA {schema}")
                have.definition = copy.deepcopy(obj.definition)

    # -- types ------------------------------------------------------------------------------------
    def _types_phase(self) -> None:
        for old, new in sorted(self.type_renames.items()):
            self._rename_type(self.cur.objects[old], self.tgt.objects[new])
        if self.type_renames:
            for obj in self.work.objects_of("type"):
                obj.definition = self._renamed_definition(obj.definition)
            for wt in self.work.tables.values():
                for col in wt.columns:
                    col.type = self._renamed_sql(col.type)
        cur_types = {k: self.cur.objects[k] for k in self.recreated_types}
        for key in _topo(cur_types, lambda k: cur_types[k].depends_on):
            a, b = cur_types[key].definition, self.tgt.objects[key].definition
            if a.get("type") == b.get("type") == "enum":  # keep what was renamed, re-create the rest
                self._rename_values(_qkey(cur_types[key].name), list(a["labels"]), list(b["labels"]))
            self._rename_old_type(cur_types[key])
        for obj in self.tgt.objects_of("type"):
            have = self.work.objects.get(obj.key)
            if have is not None and have.definition != obj.definition:
                self._alter_type(have, obj)
        missing = {o.key: o for o in self.tgt.objects_of("type") if o.key not in self.work.objects}
        for key in _topo(missing, lambda k: missing[k].depends_on):
            self._create_type(missing[key])

    def _rename_type(self, old: DbObject, new: DbObject) -> None:
        (schema, _, name), (new_schema, _, new_name) = old.name.partition("."), new.name.partition(".")
        word = _type_word(old)
        if schema != new_schema:
            self.pre.append(f"ALTER {word} {qn(schema, name)} SET SCHEMA {qi(new_schema)}")
        if name != new_name:
            self.pre.append(f"ALTER {word} {qn(new_schema, name)} RENAME TO {qi(new_name)}")
        self._forget(old.key)
        self.work.add(
            DbObject(
                new.kind, new.name, definition={**old.definition, "sql_name": new.definition["sql_name"]}
            )
        )

    def _rename_old_type(self, obj: DbObject) -> None:
        schema, _, name = obj.name.partition(".")
        old = name[: 63 - len(_OLD_SUFFIX)] + _OLD_SUFFIX
        self.pre.append(f"ALTER {_type_word(obj)} {qn(schema, name)} RENAME TO {qi(old)}")
        self.old_type_names[obj.key] = qn(schema, old)
        self._forget(obj.key)

    def _create_type(self, obj: DbObject) -> None:
        d = obj.definition
        name = _qkey(obj.name)
        if d["type"] == "enum":
            self.pre.append(f"CREATE TYPE {name} AS ENUM ({', '.join(_lit(x) for x in d['labels'])})")
        elif d["type"] == "composite":
            attrs = ", ".join(_attribute_sql(a) for a in d["attributes"])
            self.pre.append(f"CREATE TYPE {name} AS ({attrs})")
        elif d["type"] == "range":
            self.pre.append(f"CREATE TYPE {name} AS RANGE (SUBTYPE = {d['subtype']})")
        else:
            sql = f"CREATE DOMAIN {name} AS {d['base']}"
            if d.get("collation"):
                sql += f" COLLATE {d['collation']}"
            if d.get("default") is not None:
                sql += f" DEFAULT {d['default']}"
            if d.get("not_null"):
                sql += " NOT NULL"
            self.pre.append(sql)
            for con in d.get("constraints", []):
                self.pre.append(f"ALTER DOMAIN {name} ADD CONSTRAINT {qi(con['name'])} {con['sql']}")
        self.work.add(copy.deepcopy(obj))

    def _alter_type(self, have: DbObject, want: DbObject) -> None:
        a, b = have.definition, want.definition
        name = _qkey(want.name)
        if a["type"] == "enum":
            self._rename_values(name, list(a["labels"]), list(b["labels"]))
        elif a["type"] == "composite":
            for step in _attribute_steps(a["attributes"], b["attributes"]) or []:
                self.pre.append(f"ALTER TYPE {name} {step}")
        else:
            self._alter_domain(name, a, b)
        have.definition = copy.deepcopy(b)

    def _rename_values(self, name: str, cur: list[str], tgt: list[str]) -> None:
        for old, new in _rename_value_steps(_label_renames(cur, tgt), cur):
            self.pre.append(f"ALTER TYPE {name} RENAME VALUE {_lit(old)} TO {_lit(new)}")

    def _alter_domain(self, name: str, a: dict[str, Any], b: dict[str, Any]) -> None:
        if a.get("default") != b.get("default"):
            if b.get("default") is None:
                self.pre.append(f"ALTER DOMAIN {name} DROP DEFAULT")
            else:
                self.pre.append(f"ALTER DOMAIN {name} SET DEFAULT {b['default']}")
        if a.get("not_null") and not b.get("not_null"):
            self.pre.append(f"ALTER DOMAIN {name} DROP NOT NULL")
        elif b.get("not_null") and not a.get("not_null"):
            self.post.append(f"ALTER DOMAIN {name} SET NOT NULL")
        old = {(c["name"], c["sql"]) for c in a.get("constraints", [])}
        new = {(c["name"], c["sql"]) for c in b.get("constraints", [])}
        for con_name, _ in sorted(old - new):
            self.pre.append(f"ALTER DOMAIN {name} DROP CONSTRAINT {qi(con_name)}")
        for con_name, sql in sorted(new - old):
            self.post.append(f"ALTER DOMAIN {name} ADD CONSTRAINT {qi(con_name)} {sql}")

    def _collations(self) -> None:
        """Collations the target has and the database lacks (types, columns and indexes use them)."""
        for obj in sorted(self.tgt.objects_of("collation"), key=lambda o: o.name):
            if obj.key in self.work.objects:
                continue
            d = obj.definition
            opts = [f"provider = {d['provider']}"] if d.get("provider") in ("icu", "libc") else []
            if d.get("locale"):
                opts.append(f"locale = {_lit(str(d['locale']))}")
            if d.get("lc_collate") is not None or d.get("lc_ctype") is not None:
                opts += [f"lc_collate = {_lit(str(d.get('lc_collate') or ''))}", f"lc_ctype = {_lit(str(d.get('lc_ctype') or ''))}"]
            if not d.get("deterministic", True):
                opts.append("deterministic = false")
            self.pre.append(f"CREATE COLLATION {_qkey(obj.name)} ({', '.join(opts)})")
            self.work.add(copy.deepcopy(obj))

    def _text_search_configs(self) -> None:
        for obj in sorted(self.tgt.objects_of("text_search_configuration"), key=lambda o: o.name):
            name, want = _qkey(obj.name), obj.definition
            have = self.work.objects.get(obj.key)
            if have is not None and have.definition.get("parser") != want["parser"]:
                self.pre.append(f"DROP TEXT SEARCH CONFIGURATION {name}")
                self._forget(obj.key)
                have = None
            if have is None:
                self.pre.append(f"CREATE TEXT SEARCH CONFIGURATION {name} (PARSER = {want['parser']})")
                self.work.add(
                    DbObject(obj.kind, obj.name, definition={"parser": want["parser"], "mappings": {}})
                )
            self._ts_mappings(name, self.work.objects[obj.key].definition["mappings"], want["mappings"])
            self.work.objects[obj.key].definition = copy.deepcopy(want)

    def _ts_mappings(self, name: str, have: dict[str, str], want: dict[str, str]) -> None:
        alter = f"ALTER TEXT SEARCH CONFIGURATION {name}"
        if gone := sorted(set(have) - set(want)):
            self.pre.append(f"{alter} DROP MAPPING FOR {', '.join(gone)}")
        for alias in sorted(want):
            if alias not in have:
                self.pre.append(f"{alter} ADD MAPPING FOR {alias} WITH {want[alias]}")
            elif have[alias] != want[alias]:
                self.pre.append(f"{alter} ALTER MAPPING FOR {alias} WITH {want[alias]}")

    # -- sequences and functions ------------------------------------------------------------------
    def _sequences_phase(self) -> None:
        for obj in sorted(self.tgt.objects_of("sequence"), key=lambda o: o.name):
            d = obj.definition
            have = self.work.objects.get(obj.key)
            if have is None:
                self.pre.append(f"CREATE SEQUENCE {_qkey(obj.name)} AS {d['type']} {_sequence_options(d)}")
                new = copy.deepcopy(obj)
                new.definition["owned_by"] = None
                new.definition.pop("acl", None)
                self.work.add(new)
                continue
            hd = have.definition
            if any(
                hd.get(k) != d.get(k) for k in ("type", "start", "increment", "min", "max", "cache", "cycle")
            ):
                self.pre.append(f"ALTER SEQUENCE {_qkey(obj.name)} AS {d['type']} {_sequence_options(d)}")
                have.definition = {
                    **copy.deepcopy(d),
                    "owned_by": hd.get("owned_by"),
                    "acl": hd.get("acl", []),
                }

    def _functions(self, post: bool) -> None:
        wanted = {}
        for obj in self.tgt.objects.values():
            if obj.kind not in _ROUTINES:
                continue
            have = self.work.objects.get(obj.key)
            if have is not None and _without_acl(have.definition) == _without_acl(obj.definition):
                continue
            if post == any(d.startswith(_RELATION_DEPS) for d in obj.depends_on):
                wanted[obj.key] = obj
        if not wanted:
            return
        out = self.post if post else self.pre
        out.append("SET LOCAL check_function_bodies = off")
        for key in _topo(wanted, lambda k: wanted[k].depends_on):
            self._create_function(wanted[key], out)

    def _create_function(self, obj: DbObject, out: list[str]) -> None:
        out.append(str(obj.definition["sql"]))
        have = self.work.objects.get(obj.key)
        if have is not None:  # CREATE OR REPLACE keeps the routine's privileges
            have.definition = {**copy.deepcopy(obj.definition), "acl": have.definition.get("acl")}
        else:
            self.work.add(copy.deepcopy(obj))
            self.fresh_acls.add(obj.key)

    # -- tables -----------------------------------------------------------------------------------
    def _create_tables(self) -> None:
        new = [k for k in self.tgt.tables if k not in self.work.tables]
        for key in _topo(new, lambda k: _parents(self.tgt.tables[k])):
            self._create_table(self.tgt.tables[key])

    def _create_table(self, tt: Table) -> None:
        name = _qkey(tt.name)
        ex = tt.extra
        if ex.get("partition_of"):
            sql = f"CREATE TABLE {name} PARTITION OF {_qkey(ex['partition_of'])} {ex['partition_bound']}"
        else:
            own = [c for c in tt.columns if not _inherited(self.tgt, tt, c.name)]
            cols = ",\n  ".join(_column_sql(c, not_null=True) for c in own)
            unlogged = "UNLOGGED " if ex.get("persistence") == "unlogged" else ""
            sql = f"CREATE {unlogged}TABLE {name} (\n  {cols}\n)" if own else f"CREATE {unlogged}TABLE {name} ()"
            if ex.get("inherits"):
                sql += f" INHERITS ({', '.join(_qkey(str(p)) for p in ex['inherits'])})"
        if ex.get("partition_key"):
            sql += f" PARTITION BY {ex['partition_key']}"
        if ex.get("options"):
            sql += f" WITH ({', '.join(ex['options'])})"
        self.pre.append(sql)
        if ex.get("partition_of"):
            self.pre += self._partition_defaults(tt)
        wt = copy.deepcopy(tt)
        wt.primary_key = []
        keep = ("persistence", "options", "partition_key", "partition_of", "partition_bound", "inherits")
        wt.extra = {k: v for k, v in wt.extra.items() if k in keep}
        for col in wt.columns:
            _strip_post_only(col)
        self.work.add_table(wt)

    def _partition_defaults(self, tt: Table) -> list[str]:
        """A partition made by PARTITION OF takes its parent's column defaults; one made otherwise
        and attached keeps its own (hatchet's partitions: CREATE TABLE ... (LIKE parent INCLUDING
        INDEXES), no defaults). The columns whose default is not the parent's get it set or dropped."""
        parent = self.work.tables.get(str(tt.extra.get("partition_of")))
        out: list[str] = []
        for tc in tt.columns:
            pc = parent.column(tc.name) if parent is not None else None
            if pc is None or tc.generated is not None or tc.identity or pc.default == tc.default:
                continue
            alter = f"ALTER TABLE {_qkey(tt.name)} ALTER COLUMN {qi(tc.name)}"
            out.append(f"{alter} DROP DEFAULT" if tc.default is None else f"{alter} SET DEFAULT {tc.default}")
        return out

    def _alter_table(self, wt: Table, tt: Table) -> None:
        if not self._follows_parent(tt.name):
            wt.extra["inherits"] = list(wt.extra.get("inherits") or [])  # those to leave are left (_detach_inheritance)
            for tc in tt.columns:
                wc = wt.column(tc.name)
                if wc is not None and _inherited(self.work, wt, tc.name):
                    self._follow_inherited(wt, wc, tc)
                elif wc is not None:
                    self._alter_column(wt.name, wc, tc)
            for tc in tt.columns:
                if wt.column(tc.name) is None:
                    if _inherited(self.work, wt, tc.name):  # the parent's ADD COLUMN reached it
                        wt.columns.append(copy.deepcopy(tc))
                        _strip_post_only(wt.columns[-1])
                    else:
                        self._add_column(wt, tc)
            for parent in tt.extra.get("inherits") or []:
                if parent not in wt.extra["inherits"]:
                    self.pre.append(f"ALTER TABLE {_qkey(wt.name)} INHERIT {_qkey(str(parent))}")
                    wt.extra["inherits"].append(parent)
            if not wt.extra["inherits"]:
                wt.extra.pop("inherits")
        else:
            had = {c.name: c for c in wt.columns}
            parent = self.work.tables.get(str(wt.extra.get("partition_of")))
            wt.columns = copy.deepcopy(tt.columns)
            for col in wt.columns:
                _strip_post_only(col)
                for key in _POST_ONLY_COLUMN_FIELDS:
                    if key in getattr(had.get(col.name), "extra", {}):
                        col.extra[key] = had[col.name].extra[key]
                # a partition's default is its own: the parent's changes reached it (see _spread_default),
                # a column the parent gained came with the parent's default
                now = had.get(col.name) or (parent.column(col.name) if parent is not None else None)
                if now is not None and now.default != col.default and col.generated is None and not col.identity:
                    alter = f"ALTER TABLE {_qkey(wt.name)} ALTER COLUMN {qi(col.name)}"
                    self.pre.append(f"{alter} DROP DEFAULT" if col.default is None else f"{alter} SET DEFAULT {col.default}")
                    self._spread_default(wt.name, col.name, col.default)
        self._table_options(wt, tt)

    def _follow_inherited(self, wt: Table, wc: Column, tc: Column) -> None:
        """A column an INHERITS child has from its parent: the parent's changes reached it (type,
        NOT NULL, default: _spread_default); only a default of its own is set here."""
        if wc.default != tc.default and tc.generated is None and not tc.identity:
            alter = f"ALTER TABLE {_qkey(wt.name)} ALTER COLUMN {qi(tc.name)}"
            self.pre.append(f"{alter} DROP DEFAULT" if tc.default is None else f"{alter} SET DEFAULT {tc.default}")
            self._spread_default(wt.name, tc.name, tc.default)
        keep = {k: wc.extra[k] for k in _POST_ONLY_COLUMN_FIELDS if k in wc.extra}
        wc.__dict__.update(copy.deepcopy(tc).__dict__)
        _strip_post_only(wc)
        wc.extra.update(keep)

    def _spread_default(self, table: str, column: str, default: str | None) -> None:
        """SET / DROP DEFAULT on a partitioned table reaches its partitions (all levels) too, and on
        an INHERITS parent its children."""
        for part in self.work.tables.values():
            if (part.extra.get("partition_of") == table or table in (part.extra.get("inherits") or [])) \
                    and (pc := part.column(column)) is not None:
                pc.default = default
                self._spread_default(part.name, column, default)

    def _detach_partition(self, wt: Table, tt: Table) -> None:
        parent = wt.extra.get("partition_of")
        if not parent:
            return
        if parent == tt.extra.get("partition_of") and wt.extra.get("partition_bound") == tt.extra.get(
            "partition_bound"
        ):
            return
        self.pre.append(f"ALTER TABLE {_qkey(parent)} DETACH PARTITION {_qkey(wt.name)}")
        self.detached.add(wt.name)
        wt.extra.pop("partition_of")
        wt.extra.pop("partition_bound", None)

    def _attach_partitions(self) -> None:
        for key in sorted(self.tgt.tables):
            tt, wt = self.tgt.tables[key], self.work.tables.get(key)
            parent = tt.extra.get("partition_of")
            if wt is None or not parent or wt.extra.get("partition_of"):
                continue
            self.pre.append(
                f"ALTER TABLE {_qkey(parent)} ATTACH PARTITION {_qkey(key)} {tt.extra['partition_bound']}"
            )
            wt.extra["partition_of"] = parent
            wt.extra["partition_bound"] = tt.extra["partition_bound"]

    def _alter_column(self, table: str, wc: Column, tc: Column) -> None:
        alter = f"ALTER TABLE {_qkey(table)} ALTER COLUMN {qi(tc.name)}"
        if wc.generated is not None and tc.generated is None:
            self.pre.append(f"{alter} DROP EXPRESSION")
            wc.generated = None
        if f"column:{table}.{tc.name}" in self.gone:
            self._retype_column(alter, wc, tc, table)
        if wc.identity and not tc.identity:
            self.pre.append(f"{alter} DROP IDENTITY")
            wc.identity = None
            wc.extra.pop("identity_options", None)
        if tc.default != wc.default and tc.generated is None:
            self.pre.append(
                f"{alter} DROP DEFAULT" if tc.default is None else f"{alter} SET DEFAULT {tc.default}"
            )
            wc.default = tc.default
            self._spread_default(table, tc.name, tc.default)
        if tc.identity:
            self._alter_identity(alter, wc, tc)
        if tc.nullable and not wc.nullable:
            self.pre.append(f"{alter} DROP NOT NULL")
            wc.nullable = True

    def _retype_column(self, alter: str, wc: Column, tc: Column, table: str = "") -> None:
        if wc.default is not None:
            self.pre.append(f"{alter} DROP DEFAULT")
            wc.default = None
            self._spread_default(table, tc.name, None)
        sql = f"{alter} TYPE {tc.type}"
        if tc.extra.get("collation"):
            sql += f" COLLATE {tc.extra['collation']}"
        if tc.generated is None:
            sql += f" USING {self._cast(wc, tc)}"
        self.pre.append(sql)
        wc.type = tc.type
        for field in ("collation", "storage", "compression"):  # a new type starts with its own storage
            wc.extra.pop(field, None)
        if tc.extra.get("collation"):
            wc.extra["collation"] = tc.extra["collation"]

    def _cast(self, wc: Column, tc: Column) -> str:
        base, depth = _base_type(wc.type)
        old = self._type_keys_by_sql(self.cur).get(base)
        if old is None or old not in self.recreated_types:
            return f"{qi(wc.name)}::{tc.type}"
        old_def = self.cur.objects[old].definition
        new_def = self.tgt.objects.get(old, self.cur.objects[old]).definition
        if depth == 0 and old_def["type"] == new_def["type"] == "composite" and tc.type == wc.type:
            have = {a["name"] for a in old_def["attributes"]}
            fields = ", ".join(
                f"({qi(wc.name)}).{qi(a['name'])}" if a["name"] in have else "NULL"
                for a in new_def["attributes"]
            )
            return f"CASE WHEN {qi(wc.name)}::text IS NULL THEN NULL ELSE ROW({fields})::{tc.type} END"
        return f"{qi(wc.name)}::text{'[]' * depth}::{tc.type}"

    def _alter_identity(self, alter: str, wc: Column, tc: Column) -> None:
        kind = "ALWAYS" if tc.identity == "always" else "BY DEFAULT"
        if not wc.identity:
            if wc.nullable:
                self.pre.append(f"{alter} SET NOT NULL")
                wc.nullable = False
            self.pre.append(f"{alter} ADD {_identity_sql(tc)}")
        else:
            if wc.identity != tc.identity:
                self.pre.append(f"{alter} SET GENERATED {kind}")
            a, b = wc.extra.get("identity_options") or {}, tc.extra.get("identity_options") or {}
            if a.get("sequence") != b.get("sequence") and a.get("sequence") and b.get("sequence"):
                new_name = str(b["sequence"]).partition(".")[2]
                self.pre.append(f"ALTER SEQUENCE {_qkey(a['sequence'])} RENAME TO {qi(new_name)}")
            opts = ("start", "increment", "min", "max", "cache", "cycle")
            if any(a.get(k) != b.get(k) for k in opts):
                cycle = "SET CYCLE" if b["cycle"] else "SET NO CYCLE"
                self.pre.append(
                    f"{alter} SET START WITH {b['start']} SET INCREMENT BY {b['increment']} "
                    f"SET MINVALUE {b['min']} SET MAXVALUE {b['max']} SET CACHE {b['cache']} {cycle}"
                )
        wc.identity = tc.identity
        wc.extra["identity_options"] = copy.deepcopy(tc.extra.get("identity_options"))

    def _add_column(self, wt: Table, tc: Column) -> None:
        self.pre.append(f"ALTER TABLE {_qkey(wt.name)} ADD COLUMN {_column_sql(tc, not_null=False)}")
        col = copy.deepcopy(tc)
        col.nullable = tc.identity is None
        _strip_post_only(col)
        wt.columns.append(col)

    def _table_options(self, wt: Table, tt: Table) -> None:
        name = _qkey(tt.name)
        a, b = wt.extra, tt.extra
        if a.get("persistence") != b.get("persistence"):
            self.pre.append(f"ALTER TABLE {name} SET {'UNLOGGED' if b.get('persistence') else 'LOGGED'}")
        old, new = set(a.get("options", [])), set(b.get("options", []))
        if reset := sorted({o.partition("=")[0] for o in old - new} - {o.partition("=")[0] for o in new}):
            self.pre.append(f"ALTER TABLE {name} RESET ({', '.join(reset)})")
        if new - old:
            self.pre.append(f"ALTER TABLE {name} SET ({', '.join(sorted(new - old))})")
        if a.get("rls_forced") and not b.get("rls_forced"):
            self.pre.append(f"ALTER TABLE {name} NO FORCE ROW LEVEL SECURITY")
        if a.get("rls") and not b.get("rls"):
            self.pre.append(f"ALTER TABLE {name} DISABLE ROW LEVEL SECURITY")
        for key in ("persistence", "options"):
            wt.extra.pop(key, None)
            if key in b:
                wt.extra[key] = copy.deepcopy(b[key])
        for key in ("rls", "rls_forced"):
            if a.get(key) and not b.get(key):
                wt.extra.pop(key)

    # -- what the target no longer has --------------------------------------------------------------
    def _drop_leftovers(self) -> None:
        dropped = {o.key: o for o in self.work.objects_of("type") if o.key not in self.tgt.objects}
        extensions = sorted(
            o.name for o in self.work.objects_of("extension") if o.key not in self.tgt.objects
        )
        self._retype_unmodelled(dropped, extensions)
        old = {k: self.cur.objects[k] for k in self.old_type_names}
        for key in reversed(_topo(old, lambda k: old[k].depends_on)):
            self.pre.append(f"DROP {_type_word(old[key])} {self.old_type_names[key]}")
        for key in reversed(_topo(dropped, lambda k: dropped[k].depends_on)):
            self.pre.append(f"DROP {_type_word(dropped[key])} {_qkey(dropped[key].name)}")
            self._forget(key)
        for obj in sorted(self.work.objects_of("text_search_configuration"), key=lambda o: o.name):
            if obj.key not in self.tgt.objects:
                self.pre.append(f"DROP TEXT SEARCH CONFIGURATION {_qkey(obj.name)}")
                self._forget(obj.key)
        for obj in sorted(self.work.objects_of("collation"), key=lambda o: o.name):
            if obj.key not in self.tgt.objects:  # the modelled columns, indexes and types using it are gone by now
                self.pre.append(_recollate_unmodelled(obj.name))
                self.pre.append(f"DROP COLLATION {_qkey(obj.name)}")
                self._forget(obj.key)
        for kind in ("extension", "schema"):
            # an extension another one requires (earthdistance needs cube) goes after it
            for obj in _dependants_first([o for o in self.work.objects_of(kind) if o.key not in self.tgt.objects]):
                self.pre.append(f"DROP {kind.upper()} {qi(obj.name)}")
                self._forget(obj.key)

    def _retype_unmodelled(self, dropped: dict[str, DbObject], extensions: list[str]) -> None:
        """Columns outside the model (journal captures, quarantined tables) may still use a type that
        is about to be dropped: convert them, through text, to the new type of that name or to text."""
        sources = [
            f"SELECT {_lit(old)}::regtype::oid, {_lit(str(self.tgt.objects[k].definition['sql_name']))}"
            for k, old in sorted(self.old_type_names.items())
        ]
        sources += [f"SELECT {_lit(_qkey(o.name))}::regtype::oid, 'text'" for o in dropped.values()]
        sources += [
            "SELECT d.objid, 'text' FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid "
            "WHERE d.classid = 'pg_type'::regclass AND d.refclassid = 'pg_extension'::regclass "
            f"AND e.extname = {_lit(name)}"
            for name in extensions
        ]
        if sources:
            self.pre.append(_RETYPE_UNMODELLED.replace("$sources", "\n      UNION ALL ".join(sources)))

    # == post ====================================================================================
    def _post_phase(self) -> None:
        self._owners()  # before sequences are linked to re-created tables (same owner required)
        self._not_nulls()
        self._primary_keys()
        self._create_objects("constraint", self._add_constraint)
        self._create_objects("index", self._create_index, lambda o: o.table is not None)
        self._create_objects("statistics", self._create_statistics)
        self._create_objects("foreign_key", self._add_constraint)
        self._views_and_functions()
        self._create_objects("index", self._create_index, lambda o: o.table is None)
        self._alter_indexes()
        self._replica_identities()
        self._create_objects("trigger", self._create_trigger)
        self._trigger_states()
        self._create_objects("event_trigger", self._create_event_trigger)  # before the comments on them
        self._event_trigger_states()
        self._create_objects("rule", self._create_rule)
        self._sequence_owners()
        self._rls()
        self._create_objects("policy", self._create_policy)
        self._comments()
        self._column_settings()
        self._acls()
        self._identity_positions()
        self._create_objects("publication", self._create_publication)

    def _identity_positions(self) -> None:
        """Rebuilt tables start with fresh identity sequences: move them past the restored rows."""
        for key in sorted(self.rebuilt & self.data_tables):
            for col in self.tgt.tables[key].columns:
                seq = (col.extra.get("identity_options") or {}).get("sequence")
                if seq and col.extra["identity_options"].get("increment", 1) > 0:
                    self.post.append(
                        f"SELECT setval({_lit(_qkey(seq))}, max({qi(col.name)})) FROM {_qkey(key)} "
                        f"HAVING max({qi(col.name)}) IS NOT NULL"
                    )

    def _create_objects(
        self, kind: str, emit: Callable[[DbObject], None], only: Callable[[DbObject], bool] | None = None
    ) -> None:
        for obj in sorted(self.tgt.objects_of(kind), key=lambda o: o.name):
            if obj.key in self.work.objects or (only is not None and not only(obj)):
                continue
            emit(obj)
            self.work.add(copy.deepcopy(obj))

    def _not_nulls(self) -> None:
        for key in sorted(self.tgt.tables):
            wt = self.work.tables[key]
            for tc in self.tgt.tables[key].columns:
                wc = wt.column(tc.name)
                if wc is not None and wc.nullable and not tc.nullable:
                    self.post.append(f"ALTER TABLE {_qkey(key)} ALTER COLUMN {qi(tc.name)} SET NOT NULL")
                    wc.nullable = False

    def _primary_keys(self) -> None:
        for key in sorted(self.tgt.tables):
            pk = self.tgt.tables[key].extra.get("primary_key")
            wt = self.work.tables[key]
            if pk and wt.extra.get("primary_key") != pk:
                self.post.append(f"ALTER TABLE {_qkey(key)} ADD CONSTRAINT {qi(pk['name'])} {pk['sql']}")
                wt.extra["primary_key"] = copy.deepcopy(pk)
                wt.primary_key = list(self.tgt.tables[key].primary_key)

    def _add_constraint(self, obj: DbObject) -> None:
        if obj.table in self.detached:
            self.post.append(f"ALTER TABLE {_qkey(obj.table)} DROP CONSTRAINT IF EXISTS {qi(_local(obj))}")
        self.post.append(
            f"ALTER TABLE {_qkey(str(obj.table))} ADD CONSTRAINT {qi(_local(obj))} {obj.definition['sql']}"
        )

    def _create_index(self, obj: DbObject) -> None:
        if obj.table in self.detached:
            self.post.append(f"DROP INDEX IF EXISTS {_qkey(obj.name)}")
        self.post.append(str(obj.definition["sql"]))
        for child, parent, sql in obj.definition.get("attached", []):  # ON ONLY built none of them
            self.post.append(str(sql))
            self.post.append(f"ALTER INDEX {_qkey(str(parent))} ATTACH PARTITION {_qkey(str(child))}")
        if obj.definition.get("clustered") and (relation := _index_relation(obj)):
            self.post.append(f"ALTER {relation} CLUSTER ON {qi(_local(obj))}")

    def _create_statistics(self, obj: DbObject) -> None:
        self.post.append(str(obj.definition["sql"]))
        if "statistics_target" in obj.definition:
            target = obj.definition["statistics_target"]
            self.post.append(f"ALTER STATISTICS {_qkey(obj.name)} SET STATISTICS {target}")

    def _alter_indexes(self) -> None:
        for obj in sorted(self.tgt.objects_of("index"), key=lambda o: o.name):
            have = self.work.objects[obj.key]
            want = bool(obj.definition.get("clustered"))
            relation = _index_relation(obj)
            if bool(have.definition.get("clustered")) == want or relation is None:
                continue
            if want:
                self.post.append(f"ALTER {relation} CLUSTER ON {qi(_local(obj))}")
            else:
                self.post.append(f"ALTER {relation} SET WITHOUT CLUSTER")
            have.definition = copy.deepcopy(obj.definition)

    def _views_and_functions(self) -> None:
        views = {
            o.key: o
            for o in self.tgt.objects.values()
            if o.kind in ("view", "materialized_view") and o.key not in self.work.objects
        }
        funcs = {
            o.key: o
            for o in self.tgt.objects.values()
            if o.kind in _ROUTINES
            and any(d.startswith(_RELATION_DEPS) for d in o.depends_on)
            and (o.key not in self.work.objects
                 or _without_acl(self.work.objects[o.key].definition) != _without_acl(o.definition))
        }
        wanted = {**views, **funcs}
        if funcs:
            self.post.append("SET LOCAL check_function_bodies = off")
        for key in _topo(wanted, lambda k: wanted[k].depends_on):
            obj = wanted[key]
            if key in funcs:
                self._create_function(obj, self.post)
            else:
                self._create_view(obj)
        self._view_column_defaults()
        for obj in self.tgt.objects_of("materialized_view"):
            have = self.work.objects[obj.key]
            if have.definition.get("populated") != obj.definition.get("populated"):
                no_data = "" if obj.definition.get("populated") else " WITH NO DATA"
                self.post.append(f"REFRESH MATERIALIZED VIEW {_qkey(obj.name)}{no_data}")
                have.definition["populated"] = obj.definition.get("populated")

    def _view_column_defaults(self) -> None:
        """ALTER VIEW ... ALTER COLUMN ... SET / DROP DEFAULT back to the target's (PostgREST's
        updatable views, whose inserts take the view's defaults); a re-created view has none."""
        for obj in sorted(self.tgt.objects_of("view"), key=lambda o: o.name):
            have = self.work.objects[obj.key].definition
            old, new = have.get("column_defaults") or {}, obj.definition.get("column_defaults") or {}
            for col in sorted(set(old) | set(new)):
                if old.get(col) != new.get(col):
                    change = f"SET DEFAULT {new[col]}" if col in new else "DROP DEFAULT"
                    self.post.append(f"ALTER VIEW {_qkey(obj.name)} ALTER COLUMN {qi(col)} {change}")
            have.pop("column_defaults", None)
            if new:
                have["column_defaults"] = copy.deepcopy(new)

    def _create_view(self, obj: DbObject) -> None:
        d = obj.definition
        word = "VIEW" if obj.kind == "view" else "MATERIALIZED VIEW"
        opts = f" WITH ({', '.join(d['options'])})" if d.get("options") else ""
        sql = f"CREATE {word} {_qkey(obj.name)}{opts} AS\n{d['sql']}"
        if obj.kind == "materialized_view":
            sql += "\nWITH DATA" if d.get("populated") else "\nWITH NO DATA"
        self.post.append(sql)
        new = copy.deepcopy(obj)
        new.definition.pop("acl", None)
        new.definition.pop("column_defaults", None)
        self.work.add(new)

    def _create_trigger(self, obj: DbObject) -> None:
        self.post.append(str(obj.definition["sql"]))
        self._trigger_state(obj, "O")

    def _trigger_state(self, obj: DbObject, have: str) -> None:
        want = str(obj.definition.get("enabled", "O"))
        if want == have:
            return
        verb = {"O": "ENABLE", "D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}[want]
        self.post.append(f"ALTER TABLE {_qkey(str(_relation(obj)))} {verb} TRIGGER {qi(_local(obj))}")

    def _trigger_states(self) -> None:
        for trig in sorted(self.tgt.objects_of("trigger"), key=lambda o: o.name):
            have = self.work.objects[trig.key]
            if have.definition.get("enabled") != trig.definition.get("enabled"):
                self._trigger_state(trig, str(have.definition.get("enabled", "O")))
                have.definition = copy.deepcopy(trig.definition)

    def _sequence_owners(self) -> None:
        for seq in sorted(self.tgt.objects_of("sequence"), key=lambda o: o.name):
            have = self.work.objects[seq.key]
            want = seq.definition.get("owned_by")
            if have.definition.get("owned_by") == want:
                continue
            owner = f"{_qkey(want['table'])}.{qi(want['column'])}" if want else "NONE"
            self.post.append(f"ALTER SEQUENCE {_qkey(seq.name)} OWNED BY {owner}")
            have.definition["owned_by"] = copy.deepcopy(want)

    def _rls(self) -> None:
        for key in sorted(self.tgt.tables):
            tt, wt = self.tgt.tables[key], self.work.tables[key]
            if tt.extra.get("rls") and not wt.extra.get("rls"):
                self.post.append(f"ALTER TABLE {_qkey(key)} ENABLE ROW LEVEL SECURITY")
            if tt.extra.get("rls_forced") and not wt.extra.get("rls_forced"):
                self.post.append(f"ALTER TABLE {_qkey(key)} FORCE ROW LEVEL SECURITY")

    def _replica_identities(self) -> None:
        """REPLICA IDENTITY back to the target's; an index it names that the plan re-created (or a
        re-created table) lost it, whatever the working model says."""
        for key in sorted(self.tgt.tables):
            want, wt = self.tgt.tables[key].extra.get("replica_identity"), self.work.tables[key]
            index = str(want).removeprefix("index:") if str(want).startswith("index:") else None
            if index == "":
                continue  # its index is gone in the target too: nothing to name
            schema = key.partition(".")[0]
            lost = index is not None and bool(
                {f"index:{schema}.{index}", f"constraint:{key}.{index}", f"primary_key:{key}"} & self.gone
            )
            if want == wt.extra.get("replica_identity") and not lost and key not in self.rebuilt:
                continue
            if want is None and key in self.rebuilt:
                continue  # a re-created table starts with the default
            setting = {None: "DEFAULT", "full": "FULL", "nothing": "NOTHING"}.get(want) or f"USING INDEX {qi(str(index))}"
            self.post.append(f"ALTER TABLE {_qkey(key)} REPLICA IDENTITY {setting}")
            wt.extra.pop("replica_identity", None)
            if want is not None:
                wt.extra["replica_identity"] = want

    def _create_publication(self, obj: DbObject) -> None:
        d = obj.definition
        items = [
            f"TABLE {_qkey(e['table'])}"
            + (f" ({', '.join(qi(c) for c in e['columns'])})" if e.get("columns") else "")
            + (f" WHERE ({e['where']})" if e.get("where") else "")
            for e in d["tables"]
        ] + [f"TABLES IN SCHEMA {qi(s)}" for s in d["schemas"]]
        scope = " FOR ALL TABLES" if d["all_tables"] else (f" FOR {', '.join(items)}" if items else "")
        options = f"publish = {_lit(', '.join(d['publish']))}, publish_via_partition_root = {str(d['via_root']).lower()}"
        self.post.append(f"CREATE PUBLICATION {qi(obj.name)}{scope} WITH ({options})")

    def _create_rule(self, obj: DbObject) -> None:
        self.post.append(str(obj.definition["sql"]))
        state = {"D": "DISABLE", "A": "ENABLE ALWAYS", "R": "ENABLE REPLICA"}.get(str(obj.definition.get("enabled", "O")))
        if state:
            self.post.append(f"ALTER TABLE {_qkey(str(_relation(obj)))} {state} RULE {qi(_local(obj))}")

    def _create_event_trigger(self, obj: DbObject) -> None:
        d = obj.definition
        when = f" WHEN TAG IN ({', '.join(_lit(t) for t in d['tags'])})" if d.get("tags") else ""
        self.post.append(f"CREATE EVENT TRIGGER {qi(obj.name)} ON {d['event']}{when} EXECUTE FUNCTION {_qkey(d['function'])}()")
        if d.get("enabled", "O") != "O":
            self.post.append(f"ALTER EVENT TRIGGER {qi(obj.name)} {_EVENT_TRIGGER_STATES[str(d['enabled'])]}")

    def _event_trigger_states(self) -> None:
        for evt in sorted(self.tgt.objects_of("event_trigger"), key=lambda o: o.name):
            have = self.work.objects[evt.key]
            if have.definition.get("enabled") != evt.definition.get("enabled"):
                self.post.append(f"ALTER EVENT TRIGGER {qi(evt.name)} {_EVENT_TRIGGER_STATES[str(evt.definition['enabled'])]}")
                have.definition = copy.deepcopy(evt.definition)

    def _create_policy(self, obj: DbObject) -> None:
        d = obj.definition
        roles = ", ".join(_role(r) for r in d["roles"]) or "PUBLIC"
        sql = (
            f"CREATE POLICY {qi(_local(obj))} ON {_qkey(str(obj.table))} "
            f"AS {'PERMISSIVE' if d['permissive'] else 'RESTRICTIVE'} FOR {d['command']} TO {roles}"
        )
        if d.get("using") is not None:
            sql += f" USING ({d['using']})"
        if d.get("with_check") is not None:
            sql += f" WITH CHECK ({d['with_check']})"
        self.post.append(sql)

    # -- comments and privileges ------------------------------------------------------------------
    def _comments(self) -> None:
        for key in sorted(self.tgt.tables):
            self._table_comments(self.work.tables[key], self.tgt.tables[key])
        for obj in sorted(self.tgt.objects_of("comment"), key=lambda o: o.name):
            have = self.work.objects.get(obj.key)
            if have is None or have.definition != obj.definition:
                self.post.append(f"COMMENT ON {obj.definition['on']} IS {_lit(str(obj.definition['text']))}")
                self.work.add(copy.deepcopy(obj))
        for obj in sorted(self.work.objects_of("comment"), key=lambda o: o.name):
            if obj.key not in self.tgt.objects:
                self.post.append(f"COMMENT ON {obj.definition['on']} IS NULL")
                self.work.objects.pop(obj.key)

    def _table_comments(self, wt: Table, tt: Table) -> None:
        want, have = tt.extra.get("comment"), wt.extra.get("comment")
        if want != have:
            text = "NULL" if want is None else _lit(want)
            self.post.append(f"COMMENT ON TABLE {_qkey(tt.name)} IS {text}")
        for tc in tt.columns:
            wc = wt.column(tc.name)
            want, have = tc.extra.get("comment"), (wc.extra.get("comment") if wc else None)
            if want != have:
                text = "NULL" if want is None else _lit(want)
                self.post.append(f"COMMENT ON COLUMN {_qkey(tt.name)}.{qi(tc.name)} IS {text}")

    def _column_settings(self) -> None:
        """ALTER COLUMN ... SET STORAGE / STATISTICS / COMPRESSION / (options) back to the target's
        (chef's and file stores' SET STORAGE EXTERNAL for already-compressed data, SET STATISTICS and
        SET (n_distinct = ...) for planner tuning). A storage setting keeps its type's own, the one
        to go back to."""
        for key in sorted(self.tgt.tables):
            wt, tt = self.work.tables[key], self.tgt.tables[key]
            for tc in tt.columns:
                wc = wt.column(tc.name)
                if wc is None:
                    continue
                alter = f"ALTER TABLE {_qkey(key)} ALTER COLUMN {qi(tc.name)}"
                for sql in _setting_changes(wc.extra, tc.extra):
                    self.post.append(f"{alter} {sql}")
                for field in ("storage", "statistics", "compression", "options"):
                    wc.extra.pop(field, None)
                    if field in tc.extra:
                        wc.extra[field] = copy.deepcopy(tc.extra[field])

    def _owners(self) -> None:
        """Tables the plan re-created belong to whoever runs it: give them (and any table whose owner
        changed) the target's owner. No owner in the model means the database's owner."""
        for key in sorted(self.tgt.tables):
            want = self.tgt.tables[key].extra.get("owner")
            if key in self.rebuilt or self.work.tables[key].extra.get("owner") != want:
                self.post.append(_owner_sql(key, want))
                self.work.tables[key].extra.pop("owner", None)
                if want is not None:
                    self.work.tables[key].extra["owner"] = want

    def _acls(self) -> None:
        for key in sorted(self.tgt.tables):
            wt, tt = self.work.tables[key], self.tgt.tables[key]
            have = wt.extra.get("acl", [])
            revoked = self._grant("TABLE", _qkey(key), have, tt.extra.get("acl", []))
            for tc in tt.columns:
                wc = wt.column(tc.name)
                # REVOKE on the table also revokes that privilege on every column.
                cols = [i for i in (wc.extra.get("acl", []) if wc else []) if _acl_item(i)[:2] not in revoked]
                self._grant("TABLE", _qkey(key), cols, tc.extra.get("acl", []), column=tc.name)
        for kind in ("view", "materialized_view", "sequence"):
            for obj in sorted(self.tgt.objects_of(kind), key=lambda o: o.name):
                have = self.work.objects[obj.key].definition.get("acl", [])
                word = "SEQUENCE" if kind == "sequence" else "TABLE"
                self._grant(word, _qkey(obj.name), have, obj.definition.get("acl", []))
        self._routine_and_schema_acls()
        self._default_acls()

    def _routine_and_schema_acls(self) -> None:
        """EXECUTE on functions and procedures, USAGE / CREATE on schemas back to the target's. A
        target without "acl" was recorded before these were modelled: left as they are."""
        for kind in ("schema", "function", "procedure"):
            for obj in sorted(self.tgt.objects_of(kind), key=lambda o: o.name):
                want = obj.definition.get("acl")
                if want is None or obj.key not in self.work.objects:
                    continue
                word, name = ("SCHEMA", qi(obj.name)) if kind == "schema" else (kind.upper(), _func_sig(obj))
                have = self.work.objects[obj.key].definition.get("acl")
                if obj.key in self.fresh_acls or have is None:
                    self.post.append(_revoke_all_sql(word, name, _catalog_match(obj)))
                    have = []
                self._grant(word, name, list(have), list(want))

    def _default_acls(self) -> None:
        """ALTER DEFAULT PRIVILEGES back to the target's; entries of a schema the target lacks went
        with the schema."""
        entries = {o.key: o for o in [*self.work.objects_of("default_acl"), *self.tgt.objects_of("default_acl")]}
        for key, entry in sorted(entries.items()):
            have_obj, want_obj, d = self.work.objects.get(key), self.tgt.objects.get(key), entry.definition
            schema, objects = d["schema"], str(d["objects"])
            if schema is not None and f"schema:{schema}" not in self.tgt.objects:
                continue
            base = default_acl(objects, schema)
            have = have_obj.definition["acl"] if have_obj else base
            want = want_obj.definition["acl"] if want_obj else base
            scope = f"FOR ROLE {qi(str(d['role']))}" + (f" IN SCHEMA {qi(str(schema))}" if schema else "")
            for item in sorted(set(have) - set(want)):
                role, priv, _ = _acl_item(item)
                self.post.append(f"ALTER DEFAULT PRIVILEGES {scope} REVOKE {priv} ON {objects} FROM {_role(role)}")
            for item in sorted(set(want) - set(have)):
                role, priv, grantable = _acl_item(item)
                option = " WITH GRANT OPTION" if grantable else ""
                self.post.append(f"ALTER DEFAULT PRIVILEGES {scope} GRANT {priv} ON {objects} TO {_role(role)}{option}")

    def _grant(
        self, word: str, name: str, have: list[str], want: list[str], column: str | None = None
    ) -> set[tuple[str, str]]:
        """GRANT/REVOKE statements from `have` to `want`; returns the (role, privilege) revoked."""
        cols = f" ({qi(column)})" if column else ""
        revoked = set()
        for item in sorted(set(have) - set(want)):
            role, priv, _ = _acl_item(item)
            self.post.append(f"REVOKE {priv}{cols} ON {word} {name} FROM {_role(role)}")
            revoked.add((role, priv))
        for item in sorted(set(want) - set(have)):
            role, priv, grantable = _acl_item(item)
            option = " WITH GRANT OPTION" if grantable else ""
            self.post.append(f"GRANT {priv}{cols} ON {word} {name} TO {_role(role)}{option}")
        return revoked


def _dependants_first(objs: list[DbObject]) -> list[DbObject]:
    """`objs` ordered so that each comes before the ones it depends on (to drop them)."""
    by_key = {o.key: o for o in objs}
    return [by_key[k] for k in reversed(_topo(by_key, lambda k: by_key[k].depends_on))]


def _index_relation(obj: DbObject) -> str | None:
    """What ALTER ... CLUSTER ON names for an index: TABLE t, or MATERIALIZED VIEW m for an index
    of a materialized view (which has no table). None if neither is known."""
    if obj.table is not None:
        return f"TABLE {_qkey(obj.table)}"
    views = [d.partition(":")[2] for d in obj.depends_on if d.startswith("materialized_view:")]
    return f"MATERIALIZED VIEW {_qkey(views[0])}" if len(views) == 1 else None


def _without_acl(definition: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in definition.items() if k != "acl"}


def _catalog_match(obj: DbObject) -> str:
    """A condition on `o` (pg_namespace or pg_proc) selecting the catalog row of a schema or routine
    (identity arguments with names, as the model keeps them, are no regprocedure input)."""
    if obj.kind == "schema":
        return f"o.nspname = {_lit(obj.name)}"
    ident = str(obj.definition["identity_arguments"])
    schema, _, rest = obj.name.partition(".")
    return (f"o.pronamespace = {_lit(qi(schema))}::regnamespace AND o.proname = {_lit(rest[: len(rest) - len(ident) - 2])} "
            f"AND pg_get_function_identity_arguments(o.oid) = {_lit(ident)}")


def _revoke_all_sql(word: str, name: str, match: str) -> str:
    """REVOKE ALL from every role but the owner on a routine or schema the plan created, whose
    privileges came from the default privileges in force when it ran (built-in PUBLIC EXECUTE,
    ALTER DEFAULT PRIVILEGES grants): only the catalog knows them then."""
    if word == "SCHEMA":
        src, acl, owner = "pg_namespace", "coalesce(o.nspacl, acldefault('n', o.nspowner))", "o.nspowner"
    else:
        src, acl, owner = "pg_proc", "coalesce(o.proacl, acldefault('f', o.proowner))", "o.proowner"
    return (
        "DO $rb$ DECLARE r record; BEGIN FOR r IN SELECT DISTINCT x.grantee FROM "
        f"{src} o, aclexplode({acl}) x WHERE {match} AND x.grantee <> {owner} LOOP "
        f"EXECUTE format('REVOKE ALL ON {word} %s FROM %s', {_lit(name)}, CASE WHEN r.grantee = 0 "
        "THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r.grantee)) END); END LOOP; END $rb$"
    )


def _owner_sql(key: str, owner: str | None) -> str:
    if owner is not None:
        return f"ALTER TABLE {_qkey(key)} OWNER TO {qi(owner)}"
    return (
        "DO $rb$ BEGIN EXECUTE format('ALTER TABLE %s OWNER TO %I', "
        f"{_lit(_qkey(key))}, (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())); END $rb$"
    )


def _acl_item(item: str) -> tuple[str, str, bool]:
    """'role:PRIVILEGE' or 'role:PRIVILEGE:grantable' (role names may contain ':')."""
    grantable = item.endswith(":grantable")
    if grantable:
        item = item[: -len(":grantable")]
    role, _, priv = item.rpartition(":")
    return role, priv, grantable


# -- decisions shared by the planner --------------------------------------------------------------
def _must_recreate(cur: Column, tgt: Column | None) -> bool:
    """The current column must be dropped: the target lacks it, or it needs another generation expr."""
    if tgt is None:
        return True
    return tgt.generated is not None and cur.generated != tgt.generated


def _renamed_types(cur: SchemaModel, tgt: SchemaModel) -> dict[str, str]:
    """Types of `cur` that `tgt` has under another name with the same definition, one to one."""

    def shape(obj: DbObject) -> str:
        return json.dumps({k: v for k, v in obj.definition.items() if k != "sql_name"}, sort_keys=True)

    olds = [o for o in cur.objects_of("type") if o.key not in tgt.objects]
    news = [o for o in tgt.objects_of("type") if o.key not in cur.objects]
    out: dict[str, str] = {}
    for old in olds:
        matches = [n.key for n in news if shape(n) == shape(old)]
        twins = [o for o in olds if shape(o) == shape(old)]
        if len(matches) == 1 and len(twins) == 1:
            out[old.key] = matches[0]
    return out


def _replaceable(cur: DbObject, tgt: DbObject) -> bool:
    """CREATE OR REPLACE can turn cur into tgt (same kind, result and argument list)."""
    if cur.definition == tgt.definition:
        return True
    a, b = cur.definition, tgt.definition
    return bool(a.get("result") == b.get("result") and a.get("arguments") == b.get("arguments"))


def _attribute_sql(attr: dict[str, Any]) -> str:
    collate = f" COLLATE {attr['collation']}" if attr.get("collation") else ""
    return f"{qi(attr['name'])} {attr['type']}{collate}"


def _attribute_renames(cur: list[dict[str, Any]], tgt: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Attributes that most likely were renamed: same position and type, old name gone, new one new."""
    cur_names, tgt_names = {a["name"] for a in cur}, {a["name"] for a in tgt}
    return [
        (a["name"], b["name"])
        for a, b in zip(cur, tgt, strict=False)
        if a["name"] != b["name"]
        and (a["type"], a.get("collation")) == (b["type"], b.get("collation"))
        and a["name"] not in tgt_names
        and b["name"] not in cur_names
    ]


def _attribute_steps(cur: list[dict[str, Any]], tgt: list[dict[str, Any]]) -> list[str] | None:
    """ALTER TYPE steps (renames, drops, then appended attributes) turning composite `cur` into
    `tgt`, or None when that cannot be done in place."""
    renames = _attribute_renames(cur, tgt)
    new_name = dict(renames)
    cur = [{**a, "name": new_name.get(a["name"], a["name"])} for a in cur]
    wanted = {a["name"]: a for a in tgt}
    drops = [a["name"] for a in cur if wanted.get(a["name"]) != a]
    kept = [a["name"] for a in cur if a["name"] not in drops]
    added = [a for a in tgt if a["name"] not in kept]
    if kept + [a["name"] for a in added] != [a["name"] for a in tgt]:
        return None
    return (
        [f"RENAME ATTRIBUTE {qi(old)} TO {qi(new)}" for old, new in renames]
        + [f"DROP ATTRIBUTE {qi(n)}" for n in drops]
        + [f"ADD ATTRIBUTE {_attribute_sql(a)}" for a in added]
    )


def _label_renames(cur: list[str], tgt: list[str]) -> list[tuple[str, str]]:
    """Enum labels that most likely became target labels by RENAME VALUE (two snapshots cannot say
    for sure). The labels both lists share anchor the alignment; between two anchors, labels pair up
    by position when both sides have as many, else by name similarity."""
    pairs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=cur, b=tgt, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        a, b = cur[i1:i2], tgt[j1:j2]
        pairs += list(zip(a, b, strict=True)) if len(a) == len(b) else _similar_pairs(a, b)
    return [(x, y) for x, y in pairs if y not in cur or y in {x2 for x2, _ in pairs}]


def _similar_pairs(a: list[str], b: list[str]) -> list[tuple[str, str]]:
    """An order-preserving pairing of a and b maximising similarity (pairs below 0.5 left out)."""
    best: dict[tuple[int, int], tuple[float, list[tuple[str, str]]]] = {}
    for i in range(len(a), -1, -1):
        for j in range(len(b), -1, -1):
            if i == len(a) or j == len(b):
                best[i, j] = (0.0, [])
                continue
            options = [best[i + 1, j], best[i, j + 1]]
            ratio = _similarity(a[i], b[j])
            if ratio >= 0.5:
                score, rest = best[i + 1, j + 1]
                options.append((score + ratio, [(a[i], b[j]), *rest]))
            best[i, j] = max(options, key=lambda o: o[0])
    return best[0, 0][1]


def _similarity(x: str, y: str) -> float:
    """0..1; a name contained in the other ('won' in 'closed_won') counts as similar."""
    ratio = difflib.SequenceMatcher(a=x.lower(), b=y.lower()).ratio()
    short, long = sorted((x.lower(), y.lower()), key=len)
    return max(ratio, 0.75) if short and short in long else ratio


def _rename_value_steps(renames: list[tuple[str, str]], labels: list[str]) -> list[tuple[str, str]]:
    """RENAME VALUE steps, through temporary names when a new name is still taken by an old one."""
    if not {new for _, new in renames} & set(labels):
        return renames
    temps = [(old, f"__rb_tmp_{i}") for i, (old, _) in enumerate(renames)]
    return temps + [(tmp, new) for (_, tmp), (_, new) in zip(temps, renames, strict=True)]


def _relabelled(cur: list[str], renames: list[tuple[str, str]]) -> list[str]:
    mapping = dict(renames)
    return [mapping.get(x, x) for x in cur]

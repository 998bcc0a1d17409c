"""PostgreSQL introspection: the user's schema as a `SchemaModel`, read from the catalogs.

One query per object kind (not per table), definitions rendered by PostgreSQL's own deparsers
(pg_get_indexdef, pg_get_constraintdef, pg_get_viewdef, ...) with `search_path` pinned to
`pg_catalog` for the duration, so that every name they print is schema-qualified and the text does
not depend on the caller's settings. Nothing that changes when an object is dropped and re-created
(OIDs, creation order) reaches the model.

Keys: tables "schema.name"; objects "<kind>:<name>" where name is "schema.name" for schema-scoped
objects, "schema.table.name" for table-scoped ones (constraints, foreign keys, triggers, policies),
"schema.name(identity arguments)" for functions, procedures and aggregates, "<object key>" for
comments.

`depends_on` (not part of the fingerprint) uses object keys plus three pseudo keys that the reverse
planner understands: "table:<table>", "column:<table>.<column>" and "primary_key:<table>".
Objects of extensions (pg_depend deptype 'e') and of the journal schemas are left out, and so are
columns the tool quarantined or added in user tables (names starting with `_rollback`: hidden
columns, markers) and what needs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model.schema import Column, DbObject, SchemaModel, Table
from .base import Connection

#: Columns the tool hides in user tables (quarantined, markers) start with this; they are left out.
INTERNAL_PREFIX = "_rollback"

#: SQL condition on the namespace alias `n`: the schemas that belong to the user.
NS_OK = (
    "(n.nspname NOT IN ('pg_catalog', 'information_schema', 'rollback') "
    "AND n.nspname !~ '^(pg_toast|pg_temp|_rollback)')"
)


def qi(ident: str) -> str:
    """A quoted identifier."""
    return '"' + ident.replace('"', '""') + '"'


def qn(schema: str, name: str) -> str:
    """A quoted schema-qualified name."""
    return f"{qi(schema)}.{qi(name)}"


@dataclass
class _Ctx:
    """What the per-kind readers share: the model being filled and OID lookups (never stored)."""

    model: SchemaModel
    version: int = 0
    """server_version_num: catalogs of older servers lack some columns (attcompression before 14)."""
    ext_members: set[tuple[str, int]] = field(default_factory=set)
    keys: dict[tuple[str, int], str] = field(default_factory=dict)
    """(catalog, oid) -> the key a dependency on it means ("table:x", "index:y", ...)."""
    comment_on: dict[tuple[str, int], str] = field(default_factory=dict)
    """(catalog, oid) -> the target of a COMMENT ON statement for that object."""
    tables: dict[int, str] = field(default_factory=dict)
    columns: dict[tuple[int, int], str] = field(default_factory=dict)
    relations: dict[int, str] = field(default_factory=dict)
    """pg_class oid -> key of views, materialized views and sequences."""
    rel_sql: dict[int, str] = field(default_factory=dict)
    """pg_class oid -> quoted qualified name of views and materialized views."""
    deps: dict[str, set[str]] = field(default_factory=dict)
    hidden: set[str] = field(default_factory=set)
    """Column keys of quarantined columns ("_rollback..."): not in the model, nor what needs them."""

    def member(self, catalog: str, oid: int) -> bool:
        return (catalog, oid) in self.ext_members

    def add(self, obj: DbObject, catalog: str, oid: int, comment_on: str | None = None) -> None:
        self.model.add(obj)
        self.keys[(catalog, oid)] = obj.key
        self.deps.setdefault(obj.key, set()).update(obj.depends_on)
        if comment_on:
            self.comment_on[(catalog, oid)] = comment_on


def introspect_postgres(conn: Connection) -> SchemaModel:
    """Read the user's schema. Runs in its own transaction unless one is open."""
    own_tx = not conn.in_transaction
    if own_tx:
        conn.begin()
    try:
        old_path = conn.scalar("SELECT current_setting('search_path')")
        conn.execute("SELECT set_config('search_path', 'pg_catalog', true)")
        model = _read_all(conn)
        if own_tx:
            conn.commit()
        else:
            conn.execute("SELECT set_config('search_path', %s, true)", (old_path,))
    except BaseException:
        if own_tx and conn.in_transaction:
            conn.rollback()
        raise
    return model


def _read_all(conn: Connection) -> SchemaModel:
    ctx = _Ctx(model=SchemaModel(dialect="postgresql"), version=int(conn.scalar("SHOW server_version_num")))
    ctx.ext_members = {(str(c), int(o)) for c, o in conn.query(_EXT_MEMBERS)}
    for reader in (
        _schemas,
        _extensions,
        _collations,
        _types,
        _text_search_configs,
        _tables,
        _columns,
        _sequences,
        _constraints,
        _indexes,
        _attached_indexes,
        _views,
        _functions,
        _aggregates,
        _triggers,
        _rules,
        _statistics,
        _policies,
        _publications,
        _event_triggers,
        _depends,
        _comments,
        _relation_acls,
        _column_acls,
        _routine_and_schema_acls,
        _default_acls,
    ):
        reader(conn, ctx)
    for key, deps in ctx.deps.items():
        if key not in ctx.model.objects:
            continue
        if deps & ctx.hidden:  # an index or constraint of a quarantined column is the tool's too
            del ctx.model.objects[key]
            ctx.model.objects.pop(f"comment:{key}", None)
        else:
            ctx.model.objects[key].depends_on = sorted(deps - {key})
    return ctx.model


_EXT_MEMBERS = "SELECT classid::regclass::text, objid FROM pg_depend WHERE deptype = 'e'"


# -- schemas and extensions -------------------------------------------------------------------
def _schemas(conn: Connection, ctx: _Ctx) -> None:
    rows = conn.query(f"SELECT n.oid, n.nspname FROM pg_namespace n WHERE {NS_OK}")
    for oid, name in rows:
        if ctx.member("pg_namespace", oid):
            continue
        ctx.add(DbObject("schema", name), "pg_namespace", oid, f"SCHEMA {qi(name)}")


def _extensions(conn: Connection, ctx: _Ctx) -> None:
    rows = conn.query(
        "SELECT e.oid, e.extname, n.nspname FROM pg_extension e "
        f"JOIN pg_namespace n ON n.oid = e.extnamespace WHERE {NS_OK}"
    )
    for oid, name, schema in rows:
        obj = DbObject("extension", name, definition={"schema": schema})
        ctx.add(obj, "pg_extension", oid, f"EXTENSION {qi(name)}")


# -- types --------------------------------------------------------------------------------------
_TYPES = f"""
SELECT t.oid, n.nspname, t.typname, t.typtype, format_type(t.oid, NULL), t.typarray, t.typrelid,
  CASE WHEN t.typtype = 'e' THEN ARRAY(
    SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) END,
  CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
  t.typnotnull,
  pg_get_expr(t.typdefaultbin, 0),
  CASE WHEN t.typtype = 'd' AND t.typcollation <> 0 AND t.typcollation <> bt.typcollation
    THEN format('%I.%I', cn.nspname, co.collname) END,
  ARRAY(SELECT ARRAY[c.conname::text, pg_get_constraintdef(c.oid)] FROM pg_constraint c
        WHERE c.contypid = t.oid ORDER BY c.conname),
  ARRAY(SELECT ARRAY[a.attname::text, format_type(a.atttypid, a.atttypmod),
                     CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
                       THEN (SELECT format('%I.%I', acn.nspname, aco.collname) FROM pg_collation aco
                             JOIN pg_namespace acn ON acn.oid = aco.collnamespace
                             WHERE aco.oid = a.attcollation) ELSE '' END]
        FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
        WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
  (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid)
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE {NS_OK} AND t.typtype IN ('e', 'd', 'c', 'r')
  AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
"""


def _types(conn: Connection, ctx: _Ctx) -> None:
    for row in conn.query(_TYPES):
        oid, schema, name, typtype, sql_name, typarray, typrelid = row[:7]
        if ctx.member("pg_type", oid):
            continue
        labels, base, notnull, default, collation, checks, attrs, subtype = row[7:]
        definition: dict[str, Any] = {"sql_name": sql_name}
        if typtype == "e":
            definition.update(type="enum", labels=list(labels))
        elif typtype == "d":
            definition.update(
                type="domain",
                base=base,
                not_null=bool(notnull),
                default=default,
                collation=collation,
                constraints=[{"name": c[0], "sql": c[1]} for c in checks],
            )
        elif typtype == "c":
            definition.update(
                type="composite",
                attributes=[{"name": a[0], "type": a[1], "collation": a[2] or None} for a in attrs],
            )
        else:
            definition.update(type="range", subtype=subtype)
        word = "DOMAIN" if typtype == "d" else "TYPE"
        obj = DbObject("type", f"{schema}.{name}", definition=definition)
        ctx.add(obj, "pg_type", oid, f"{word} {qn(schema, name)}")
        ctx.keys[("pg_type", typarray)] = obj.key
        if typrelid:
            ctx.keys[("pg_class", typrelid)] = obj.key


_TS_CONFIGS = f"""
SELECT c.oid, n.nspname, c.cfgname, format('%I.%I', pn.nspname, p.prsname),
  ARRAY(SELECT ARRAY[t.alias, string_agg(format('%I.%I', dn.nspname, d.dictname), ', ' ORDER BY m.mapseqno)]
        FROM pg_ts_config_map m
        JOIN ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype
        JOIN pg_ts_dict d ON d.oid = m.mapdict
        JOIN pg_namespace dn ON dn.oid = d.dictnamespace
        WHERE m.mapcfg = c.oid GROUP BY t.alias ORDER BY t.alias)
FROM pg_ts_config c
JOIN pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_namespace pn ON pn.oid = p.prsnamespace
WHERE {NS_OK}
"""


def _text_search_configs(conn: Connection, ctx: _Ctx) -> None:
    for oid, schema, name, parser, mappings in conn.query(_TS_CONFIGS):
        if ctx.member("pg_ts_config", oid):
            continue
        definition = {"parser": parser, "mappings": {alias: dicts for alias, dicts in mappings}}
        obj = DbObject("text_search_configuration", f"{schema}.{name}", definition=definition)
        ctx.add(obj, "pg_ts_config", oid, f"TEXT SEARCH CONFIGURATION {qn(schema, name)}")


# -- collations --------------------------------------------------------------------------------
_COLLATIONS = f"""
SELECT c.oid, n.nspname, c.collname, c.collprovider, c.collisdeterministic, c.collcollate, c.collctype,
  coalesce(to_jsonb(c) ->> 'colliculocale', to_jsonb(c) ->> 'colllocale')
FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
WHERE {NS_OK} ORDER BY 2, 3
"""


def _collations(conn: Connection, ctx: _Ctx) -> None:
    """CREATE COLLATION in the user's schemas (a nondeterministic ICU collation for case-insensitive
    e-mails): columns, indexes and domains use them, so the reverse creates them first and drops
    them last."""
    for oid, schema, name, provider, deterministic, collate, ctype, locale in conn.query(_COLLATIONS):
        if ctx.member("pg_collation", oid):
            continue
        definition: dict[str, Any] = {"provider": {"i": "icu", "c": "libc", "d": "default"}.get(provider, provider),
                                      "deterministic": bool(deterministic)}
        if locale:
            definition["locale"] = locale
        if collate or ctype:
            definition["lc_collate"], definition["lc_ctype"] = collate, ctype
        obj = DbObject("collation", f"{schema}.{name}", definition=definition)
        obj.depends_on = [f"schema:{schema}"]
        ctx.add(obj, "pg_collation", oid, f"COLLATION {qn(schema, name)}")


# -- tables and columns -----------------------------------------------------------------------
_TABLES = f"""
SELECT c.oid, c.reltype, n.nspname, c.relname, c.relkind, c.relpersistence, c.relrowsecurity,
  c.relforcerowsecurity, coalesce(c.reloptions, '{{}}'), obj_description(c.oid, 'pg_class'),
  CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
  CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
  (SELECT format('%s.%s', pn.nspname, pc.relname) FROM pg_inherits h
     JOIN pg_class pc ON pc.oid = h.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
     WHERE h.inhrelid = c.oid AND c.relispartition),
  CASE WHEN c.relowner <> (SELECT d.datdba FROM pg_database d WHERE d.datname = current_database())
    THEN pg_get_userbyid(c.relowner)::text END,
  c.relreplident,
  (SELECT ic.relname::text FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
     WHERE i.indrelid = c.oid AND i.indisreplident),
  ARRAY(SELECT format('%s.%s', pn.nspname, pc.relname) FROM pg_inherits h
     JOIN pg_class pc ON pc.oid = h.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
     WHERE h.inhrelid = c.oid AND NOT c.relispartition ORDER BY h.inhseqno)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND {NS_OK}
ORDER BY n.nspname, c.relname
"""


_REPLICA_IDENTITY = {"f": "full", "n": "nothing"}


def _tables(conn: Connection, ctx: _Ctx) -> None:
    for row in conn.query(_TABLES):
        (
            oid,
            rowtype,
            schema,
            name,
            relkind,
            persistence,
            rls,
            force,
            options,
            comment,
            partkey,
            bound,
            parent,
            owner,
            replident,
            replindex,
            inherits,
        ) = row
        if ctx.member("pg_class", oid):
            continue
        key = f"{schema}.{name}"
        extra: dict[str, Any] = {}
        if comment is not None:
            extra["comment"] = comment
        if rls:
            extra["rls"] = True
        if force:
            extra["rls_forced"] = True
        if persistence == "u":
            extra["persistence"] = "unlogged"
        if options:
            extra["options"] = sorted(options)
        if relkind == "p":
            extra["partition_key"] = partkey
        if bound is not None:
            extra["partition_of"] = parent
            extra["partition_bound"] = bound
        if inherits:  # table inheritance (INHERITS), not partitioning: concourse's per-team event tables
            extra["inherits"] = list(inherits)
        if owner is not None:  # a table owned by another role than the database's owner (Supabase's storage)
            extra["owner"] = owner
        if replident != "d":  # REPLICA IDENTITY FULL / NOTHING / USING INDEX (logical replication)
            extra["replica_identity"] = _REPLICA_IDENTITY.get(replident) or f"index:{replindex or ''}"
        ctx.model.add_table(Table(name=key, columns=[], extra=extra))
        ctx.tables[oid] = key
        ctx.keys[("pg_class", oid)] = f"table:{key}"
        ctx.keys[("pg_type", rowtype)] = f"table:{key}"  # a function may take or return the row type


_COLUMNS = f"""
SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
  CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
  CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
  a.attidentity,
  CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
    THEN format('%I.%I', cn.nspname, co.collname) END,
  col_description(a.attrelid, a.attnum),
  format('%s.%s', sn.nspname, sc.relname), format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
  s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
  a.attstorage, t.typstorage, a.attstattarget, a.attcompression, a.attoptions
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_depend d ON a.attidentity <> '' AND d.classid = 'pg_class'::regclass
  AND d.refclassid = 'pg_class'::regclass AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum
  AND d.deptype = 'i'
LEFT JOIN pg_sequence s ON s.seqrelid = d.objid
LEFT JOIN pg_class sc ON sc.oid = d.objid
LEFT JOIN pg_namespace sn ON sn.oid = sc.relnamespace
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND {NS_OK}
ORDER BY a.attrelid, a.attnum
"""

_IDENTITY = {"a": "always", "d": "by default"}


def _columns(conn: Connection, ctx: _Ctx) -> None:
    sql = _COLUMNS if ctx.version >= 140000 else _COLUMNS.replace("a.attcompression", "''::\"char\"")
    for row in conn.query(sql):
        relid, attnum, name, typ, notnull, default, generated, identity, collation, comment = row[:10]
        table_key = ctx.tables.get(relid)
        if table_key is None:
            continue
        ctx.columns[(relid, attnum)] = name
        extra: dict[str, Any] = {}
        if name.startswith(INTERNAL_PREFIX):
            # A quarantined column: kept in the model, in its place, so that a table the reverse
            # re-creates keeps it; the fingerprint leaves it out (SchemaModel.canonical).
            ctx.hidden.add(f"column:{table_key}.{name}")
            extra["hidden"] = True
        if collation is not None:
            extra["collation"] = collation
        if comment is not None:
            extra["comment"] = comment
        if identity:
            seq, seqtype, start, inc, minv, maxv, cache, cycle = row[10:18]
            extra["identity_options"] = {"sequence": seq, **_sequence_options(seqtype, start, inc, minv, maxv, cache, cycle)}
        extra.update(_column_settings(*row[18:23]))
        col = Column(
            name=name,
            type=typ,
            nullable=not notnull,
            default=default,
            generated=generated,
            identity=_IDENTITY.get(identity),
            extra=extra,
        )
        ctx.model.tables[table_key].columns.append(col)


#: The attribute options ALTER COLUMN ... SET ( ) takes; this server's catalog also keeps an
#: internal `pg_attver=<n>` there that every ALTER of the column changes.
_ATTRIBUTE_OPTIONS = ("n_distinct", "n_distinct_inherited")
_STORAGE = {"p": "plain", "e": "external", "m": "main", "x": "extended"}
_COMPRESSION = {"p": "pglz", "l": "lz4"}


def _column_settings(
    storage: str, type_storage: str, stattarget: int | None, compression: str, options: list[str] | None
) -> dict[str, Any]:
    """A column's settings that differ from its type's: ALTER COLUMN ... SET STORAGE (kept with the
    type's own, which PostgreSQL 15 has no keyword to go back to), SET STATISTICS, SET COMPRESSION,
    and its attribute options, SET (n_distinct = ...) (synapse's state_groups_state.state_group)."""
    out: dict[str, Any] = {}
    if planner := sorted(o for o in options or [] if o.partition("=")[0] in _ATTRIBUTE_OPTIONS):
        out["options"] = planner
    if storage != type_storage:
        out["storage"] = {"set": _STORAGE[storage], "type": _STORAGE[type_storage]}
    if stattarget is not None and stattarget >= 0:
        out["statistics"] = int(stattarget)
    if compression:
        out["compression"] = _COMPRESSION.get(compression, compression)
    return out


# -- sequences --------------------------------------------------------------------------------
def _sequence_options(typ: str, start: Any, inc: Any, minv: Any, maxv: Any, cache: Any, cycle: Any) -> dict[str, Any]:
    """A sequence's options as the model keeps them (sequences and identity columns alike)."""
    return {"type": typ, "start": int(start), "increment": int(inc), "min": int(minv), "max": int(maxv),
            "cache": int(cache), "cycle": bool(cycle)}


_SEQUENCES = f"""
SELECT c.oid, n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
  s.seqmin, s.seqmax, s.seqcache, s.seqcycle, d.refobjid, d.refobjsubid, d.deptype
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
  AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
WHERE c.relkind = 'S' AND {NS_OK}
"""


def _sequences(conn: Connection, ctx: _Ctx) -> None:
    for row in conn.query(_SEQUENCES):
        oid, schema, name, typ, start, inc, minv, maxv, cache, cycle, owner, ownercol, deptype = row
        if deptype == "i" or ctx.member("pg_class", oid):
            continue
        owned_by = None
        column = ctx.columns.get((owner, ownercol))
        if owner in ctx.tables and column is not None and not column.startswith(INTERNAL_PREFIX):
            owned_by = {"table": ctx.tables[owner], "column": column}
        definition = {
            **_sequence_options(typ, start, inc, minv, maxv, cache, cycle),
            "owned_by": owned_by,
        }
        obj = DbObject("sequence", f"{schema}.{name}", definition=definition)
        ctx.add(obj, "pg_class", oid, f"SEQUENCE {qn(schema, name)}")
        ctx.relations[oid] = obj.key


# -- constraints and indexes ------------------------------------------------------------------
_CONSTRAINTS = f"""
SELECT co.oid, co.conname, co.contype, co.conrelid, co.conindid, co.confrelid,
  pg_get_constraintdef(co.oid),
  ARRAY(SELECT a.attname::text FROM unnest(co.conkey) WITH ORDINALITY k(num, i)
        JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.num ORDER BY k.i),
  ARRAY(SELECT a.attname::text FROM unnest(co.confkey) WITH ORDINALITY k(num, i)
        JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.num ORDER BY k.i)
FROM pg_constraint co
JOIN pg_class c ON c.oid = co.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE co.contype IN ('p', 'u', 'c', 'x', 'f') AND co.conparentid = 0 AND co.conislocal AND {NS_OK}
"""

_CONSTRAINT_TYPE = {"u": "unique", "c": "check", "x": "exclusion"}


def _constraints(conn: Connection, ctx: _Ctx) -> None:
    for oid, name, contype, relid, indid, frelid, sql, cols, fcols in conn.query(_CONSTRAINTS):
        table = ctx.tables.get(relid)
        if table is None:
            continue
        on = f"CONSTRAINT {qi(name)} ON {_qkey(table)}"
        if contype == "p":
            t = ctx.model.tables[table]
            t.primary_key = list(cols)
            t.extra["primary_key"] = {"name": name, "sql": sql}
            pk_key = f"primary_key:{table}"
            ctx.keys[("pg_constraint", oid)] = pk_key
            ctx.keys[("pg_class", indid)] = pk_key
            ctx.comment_on[("pg_constraint", oid)] = on
            continue
        if contype == "f":
            parent = ctx.tables.get(frelid, "")
            definition: dict[str, Any] = {
                "references": parent,
                "columns": list(cols),
                "ref_columns": list(fcols),
                "sql": sql,
            }
            obj = DbObject("foreign_key", f"{table}.{name}", table=table, definition=definition)
            obj.depends_on = sorted({f"table:{table}", f"table:{parent}"})
        else:
            definition = {"type": _CONSTRAINT_TYPE[contype], "sql": sql}
            if contype == "u":
                definition["unique_columns"] = list(cols)
            obj = DbObject("constraint", f"{table}.{name}", table=table, definition=definition)
            if indid:
                ctx.keys[("pg_class", indid)] = obj.key
        ctx.add(obj, "pg_constraint", oid, on)


_INDEXES = f"""
SELECT i.indexrelid, n.nspname, ic.relname, i.indrelid, pg_get_indexdef(i.indexrelid),
  i.indisunique AND i.indexprs IS NULL AND i.indpred IS NULL,
  ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, o)
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num
        WHERE k.o <= i.indnkeyatts ORDER BY k.o),
  i.indisclustered
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
WHERE {NS_OK} AND c.relkind IN ('r', 'p', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conindid = i.indexrelid
                  AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
"""


def _indexes(conn: Connection, ctx: _Ctx) -> None:
    for oid, schema, name, relid, sql, plain_unique, cols, clustered in conn.query(_INDEXES):
        if ctx.member("pg_class", oid):
            continue
        table = ctx.tables.get(relid)
        definition: dict[str, Any] = {"sql": sql}
        if plain_unique:
            definition["unique_columns"] = list(cols)
        if clustered:
            definition["clustered"] = True
        obj = DbObject("index", f"{schema}.{name}", table=table, definition=definition)
        if table is not None:
            obj.depends_on = [f"table:{table}"]
        ctx.add(obj, "pg_class", oid, f"INDEX {qn(schema, name)}")


#: Every index attached below a partitioned index of the model (the partitions' own, in turn
#: partitioned for sub-partitions), parents first, with the index it is attached to.
_ATTACHED_INDEXES = f"""
WITH RECURSIVE tree (root, parent, child, depth) AS (
    SELECT h.inhparent, h.inhparent, h.inhrelid, 1 FROM pg_inherits h
    WHERE NOT EXISTS (SELECT 1 FROM pg_inherits up WHERE up.inhrelid = h.inhparent)
  UNION ALL
    SELECT t.root, h.inhparent, h.inhrelid, t.depth + 1 FROM tree t JOIN pg_inherits h ON h.inhparent = t.child
)
SELECT t.root, format('%s.%s', pn.nspname, pc.relname), format('%s.%s', n.nspname, ic.relname),
  pg_get_indexdef(ic.oid)
FROM tree t
JOIN pg_class ic ON ic.oid = t.child AND ic.relkind IN ('i', 'I')
JOIN pg_namespace n ON n.oid = ic.relnamespace
JOIN pg_class pc ON pc.oid = t.parent
JOIN pg_namespace pn ON pn.oid = pc.relnamespace
WHERE {NS_OK}
ORDER BY t.depth, 2, 3
"""


def _attached_indexes(conn: Connection, ctx: _Ctx) -> None:
    """A partitioned index's definition["attached"]: the partitions' indexes attached to it, as
    [index, the index it is attached to, CREATE INDEX]. pg_get_indexdef prints a partitioned index
    as CREATE INDEX ... ON ONLY, which builds no partition's index: a reverse that re-created it
    (rolling back a DROP INDEX) left it invalid with no index on any partition, and a rolled-back
    ALTER INDEX ... ATTACH PARTITION (gitlab's ON ONLY, per-partition, attach recipe) needs the
    parent rebuilt. Not fingerprinted (UNFINGERPRINTED_DEFINITION): partitions the reverse
    re-creates get their indexes named by the server."""
    for root, parent, child, sql in conn.query(_ATTACHED_INDEXES):
        key = ctx.keys.get(("pg_class", root))
        obj = ctx.model.objects.get(key) if key else None
        if obj is not None and obj.kind == "index":
            obj.definition.setdefault("attached", []).append([child, parent, sql])


# -- views --------------------------------------------------------------------------------------
_VIEWS = f"""
SELECT c.oid, c.reltype, n.nspname, c.relname, c.relkind, pg_get_viewdef(c.oid, true),
  coalesce(c.reloptions, '{{}}'), c.relispopulated, r.oid,
  ARRAY(SELECT ARRAY[a.attname::text, pg_get_expr(d.adbin, d.adrelid)] FROM pg_attrdef d
        JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = c.oid ORDER BY a.attnum)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_rewrite r ON r.ev_class = c.oid AND r.rulename = '_RETURN'
WHERE c.relkind IN ('v', 'm') AND {NS_OK}
"""


def _views(conn: Connection, ctx: _Ctx) -> None:
    for oid, rowtype, schema, name, relkind, sql, options, populated, rule, defaults in conn.query(_VIEWS):
        if ctx.member("pg_class", oid):
            continue
        kind = "view" if relkind == "v" else "materialized_view"
        definition: dict[str, Any] = {"sql": (sql or "").strip().rstrip(";").strip()}
        if options:
            definition["options"] = sorted(options)
        if kind == "materialized_view":
            definition["populated"] = bool(populated)
        if defaults:  # ALTER VIEW ... ALTER COLUMN ... SET DEFAULT: PostgREST inserts through views
            definition["column_defaults"] = {str(col): str(expr) for col, expr in defaults}
        word = "VIEW" if relkind == "v" else "MATERIALIZED VIEW"
        obj = DbObject(kind, f"{schema}.{name}", definition=definition)
        ctx.add(obj, "pg_class", oid, f"{word} {qn(schema, name)}")
        ctx.relations[oid] = obj.key
        ctx.rel_sql[oid] = qn(schema, name)
        if rule is not None:
            ctx.keys[("pg_rewrite", rule)] = obj.key
        ctx.keys[("pg_type", rowtype)] = obj.key


# -- functions, triggers, policies ------------------------------------------------------------
#: A routine the server made for a type and drops with it: the constructors of a range type and of
#: its multirange (CREATE TYPE ... AS RANGE), an internal dependency of the routine on the type.
_TYPE_MADE = ("EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid"
              " AND d.refclassid = 'pg_type'::regclass AND d.deptype = 'i')")

_FUNCTIONS = f"""
SELECT p.oid, n.nspname, p.proname, p.prokind, pg_get_function_identity_arguments(p.oid),
  pg_get_functiondef(p.oid), pg_get_function_arguments(p.oid), pg_get_function_result(p.oid)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p') AND {NS_OK} AND NOT {_TYPE_MADE}
"""


def _functions(conn: Connection, ctx: _Ctx) -> None:
    for oid, schema, name, prokind, ident, sql, args, result in conn.query(_FUNCTIONS):
        if ctx.member("pg_proc", oid):
            continue
        kind = "function" if prokind == "f" else "procedure"
        definition = {
            "sql": sql.strip(),
            "identity_arguments": ident,
            "arguments": args,
            "result": result,
        }
        obj = DbObject(kind, f"{schema}.{name}({ident})", definition=definition)
        ctx.add(obj, "pg_proc", oid, f"{kind.upper()} {qn(schema, name)}({ident})")


#: An aggregate's CREATE statement, rendered from pg_aggregate (pg_get_functiondef refuses
#: aggregates). Routine names print schema-qualified (search_path is pg_catalog while reading).
_AGGREGATES = f"""
SELECT p.oid, n.nspname, p.proname, pg_get_function_identity_arguments(p.oid),
  pg_get_function_arguments(p.oid), pg_get_function_result(p.oid),
  format('CREATE OR REPLACE AGGREGATE %I.%I(%s) (%s)', n.nspname, p.proname,
    CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_get_function_arguments(p.oid) END,
    concat_ws(', ',
      'SFUNC = ' || a.aggtransfn::regproc::text,
      'STYPE = ' || format_type(a.aggtranstype, NULL),
      'SSPACE = ' || NULLIF(a.aggtransspace, 0),
      'FINALFUNC = ' || NULLIF(a.aggfinalfn, 0)::regproc::text,
      CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
      'FINALFUNC_MODIFY = ' || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                                     ELSE 'READ_WRITE' END,
      'COMBINEFUNC = ' || NULLIF(a.aggcombinefn, 0)::regproc::text,
      'SERIALFUNC = ' || NULLIF(a.aggserialfn, 0)::regproc::text,
      'DESERIALFUNC = ' || NULLIF(a.aggdeserialfn, 0)::regproc::text,
      'INITCOND = ' || quote_literal(a.agginitval),
      'MSFUNC = ' || NULLIF(a.aggmtransfn, 0)::regproc::text,
      'MINVFUNC = ' || NULLIF(a.aggminvtransfn, 0)::regproc::text,
      'MSTYPE = ' || format_type(NULLIF(a.aggmtranstype, 0), NULL),
      'MSSPACE = ' || NULLIF(a.aggmtransspace, 0),
      'MFINALFUNC = ' || NULLIF(a.aggmfinalfn, 0)::regproc::text,
      CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
      CASE WHEN a.aggmtransfn <> 0 THEN 'MFINALFUNC_MODIFY = ' || CASE a.aggmfinalmodify
        WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
      'MINITCOND = ' || quote_literal(a.aggminitval),
      (SELECT format('SORTOP = OPERATOR(%I.%s)', on_.nspname, o.oprname)
       FROM pg_operator o JOIN pg_namespace on_ ON on_.oid = o.oprnamespace WHERE o.oid = a.aggsortop),
      CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END,
      'PARALLEL = ' || CASE p.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END))
FROM pg_proc p
JOIN pg_aggregate a ON a.aggfnoid = p.oid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind = 'a' AND {NS_OK}
"""


def _aggregates(conn: Connection, ctx: _Ctx) -> None:
    """User-defined aggregates (CREATE AGGREGATE): routines of kind "aggregate", which depend on
    their state functions (pg_depend), so they are dropped before and created after them."""
    for oid, schema, name, ident, args, result, sql in conn.query(_AGGREGATES):
        if ctx.member("pg_proc", oid):
            continue
        definition = {"sql": sql, "identity_arguments": ident or "*", "arguments": args, "result": result}
        obj = DbObject("aggregate", f"{schema}.{name}({ident or '*'})", definition=definition)
        ctx.add(obj, "pg_proc", oid, f"AGGREGATE {qn(schema, name)}({ident or '*'})")


_TRIGGERS = f"""
SELECT t.oid, t.tgrelid, n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND {NS_OK}
"""


def _triggers(conn: Connection, ctx: _Ctx) -> None:
    for oid, relid, schema, relname, name, sql, enabled in conn.query(_TRIGGERS):
        if ctx.member("pg_trigger", oid):
            continue
        definition: dict[str, Any] = {"sql": sql}
        if enabled != "O":
            definition["enabled"] = enabled
        obj = _on_relation(ctx, "trigger", relid, f"{schema}.{relname}", name, definition)
        if obj is not None:
            ctx.add(obj, "pg_trigger", oid, f"TRIGGER {qi(name)} ON {qn(schema, relname)}")


def _on_relation(
    ctx: _Ctx, kind: str, relid: int, relation: str, name: str, definition: dict[str, Any]
) -> DbObject | None:
    """A trigger or rule: table-scoped on a table; on a view it names the view in its definition."""
    owner = ctx.keys.get(("pg_class", relid))
    if owner is None:
        return None
    table = relation if relid in ctx.tables else None
    if table is None:
        definition["view"] = relation
    return DbObject(kind, f"{relation}.{name}", table=table, definition=definition, depends_on=[owner])


_RULES = f"""
SELECT r.oid, r.ev_class, n.nspname, c.relname, r.rulename, pg_get_ruledef(r.oid, true), r.ev_enabled
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND {NS_OK}
"""


def _rules(conn: Connection, ctx: _Ctx) -> None:
    for oid, relid, schema, relname, name, sql, enabled in conn.query(_RULES):
        definition: dict[str, Any] = {"sql": sql.strip().rstrip(";")}
        if enabled != "O":  # ALTER TABLE ... DISABLE RULE / ENABLE ALWAYS|REPLICA RULE
            definition["enabled"] = enabled
        obj = _on_relation(ctx, "rule", relid, f"{schema}.{relname}", name, definition)
        if obj is not None:
            ctx.add(obj, "pg_rewrite", oid, f"RULE {qi(name)} ON {qn(schema, relname)}")


_STATISTICS = f"""
SELECT s.oid, n.nspname, s.stxname, s.stxrelid, pg_get_statisticsobjdef(s.oid), s.stxstattarget
FROM pg_statistic_ext s
JOIN pg_namespace n ON n.oid = s.stxnamespace
WHERE {NS_OK}
"""


def _statistics(conn: Connection, ctx: _Ctx) -> None:
    for oid, schema, name, relid, sql, target in conn.query(_STATISTICS):
        table = ctx.tables.get(relid)
        if table is None:
            continue
        definition: dict[str, Any] = {"sql": sql}
        if target is not None and target >= 0:
            definition["statistics_target"] = int(target)
        obj = DbObject("statistics", f"{schema}.{name}", table=table, definition=definition)
        obj.depends_on = [f"table:{table}"]
        ctx.add(obj, "pg_statistic_ext", oid, f"STATISTICS {qn(schema, name)}")


_POLICIES = f"""
SELECT p.oid, p.polrelid, p.polname, p.polpermissive, p.polcmd,
  ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END
        FROM unnest(p.polroles) r ORDER BY 1),
  pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE {NS_OK}
"""

_POLICY_CMD = {"*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}


def _policies(conn: Connection, ctx: _Ctx) -> None:
    for oid, relid, name, permissive, cmd, roles, using, check in conn.query(_POLICIES):
        table = ctx.tables.get(relid)
        if table is None:
            continue
        definition = {
            "permissive": bool(permissive),
            "command": _POLICY_CMD[cmd],
            "roles": list(roles),
            "using": using,
            "with_check": check,
        }
        obj = DbObject("policy", f"{table}.{name}", table=table, definition=definition)
        obj.depends_on = [f"table:{table}"]
        ctx.add(obj, "pg_policy", oid, f"POLICY {qi(name)} ON {_qkey(table)}")


# -- publications (logical replication) ------------------------------------------------------
_PUBLICATIONS = """
SELECT p.oid, p.pubname, p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete, p.pubtruncate, p.pubviaroot
FROM pg_publication p
"""
#: The tables of each publication, with a column list and a row filter (PostgreSQL 15+).
_PUBLICATION_TABLES = """
SELECT r.oid, r.prpubid, r.prrelid, {filter},
  {columns}
FROM pg_publication_rel r
"""
_PUBLICATION_COLUMNS = """ARRAY(SELECT a.attname::text FROM unnest(r.prattrs::int2[]) WITH ORDINALITY k(num, o)
        JOIN pg_attribute a ON a.attrelid = r.prrelid AND a.attnum = k.num ORDER BY k.o)"""
_PUBLICATION_SCHEMAS = f"""
SELECT pn.oid, pn.pnpubid, n.nspname FROM pg_publication_namespace pn
JOIN pg_namespace n ON n.oid = pn.pnnspid WHERE {NS_OK}
"""
_PUBLISH = ("insert", "update", "delete", "truncate")


def _publications(conn: Connection, ctx: _Ctx) -> None:
    """Publications: what they publish, and their tables (a table's membership goes when the table
    is dropped, so a rollback that re-creates it has to put it back) and schemas."""
    pubs: dict[int, DbObject] = {}
    for oid, name, all_tables, *flags, via_root in conn.query(_PUBLICATIONS):
        definition: dict[str, Any] = {
            "all_tables": bool(all_tables),
            "publish": [op for op, on in zip(_PUBLISH, flags, strict=True) if on],
            "via_root": bool(via_root),
            "tables": [],
            "schemas": [],
        }
        pubs[oid] = DbObject("publication", name, definition=definition)
    if not pubs:
        return
    v15 = ctx.version >= 150000
    sql = _PUBLICATION_TABLES.format(
        filter="pg_get_expr(r.prqual, r.prrelid)" if v15 else "NULL",
        columns=_PUBLICATION_COLUMNS if v15 else "NULL",
    )
    for oid, pubid, relid, where, columns in conn.query(sql):
        table = ctx.tables.get(relid)
        if table is None or pubid not in pubs:  # a quarantined table: as good as dropped
            continue
        entry = {"table": table, "columns": list(columns) if columns else None, "where": where}
        pubs[pubid].definition["tables"].append(entry)
        ctx.keys[("pg_publication_rel", oid)] = pubs[pubid].key
    for oid, pubid, schema in conn.query(_PUBLICATION_SCHEMAS) if v15 else []:
        pubs[pubid].definition["schemas"].append(schema)
        ctx.keys[("pg_publication_namespace", oid)] = pubs[pubid].key
    for oid, obj in pubs.items():
        obj.definition["tables"].sort(key=lambda e: e["table"])
        obj.definition["schemas"].sort()
        obj.depends_on = [f"table:{e['table']}" for e in obj.definition["tables"]]
        ctx.add(obj, "pg_publication", oid, f"PUBLICATION {qi(obj.name)}")


# -- event triggers ---------------------------------------------------------------------------
_EVENT_TRIGGERS = """
SELECT e.oid, e.evtname, e.evtevent, e.evtenabled, e.evttags, format('%I.%I', n.nspname, p.proname)
FROM pg_event_trigger e JOIN pg_proc p ON p.oid = e.evtfoid JOIN pg_namespace n ON n.oid = p.pronamespace
ORDER BY e.evtname
"""


def _event_triggers(conn: Connection, ctx: _Ctx) -> None:
    """Event triggers (PostgREST's pgrst_watch, Supabase's): database-wide, on a function the model
    keeps, which cannot be dropped while one calls it. An extension's are its own."""
    for oid, name, event, enabled, tags, function in conn.query(_EVENT_TRIGGERS):
        if ctx.member("pg_event_trigger", oid):
            continue
        definition = {"event": event, "tags": sorted(tags) if tags else None, "function": function, "enabled": enabled}
        ctx.add(DbObject("event_trigger", name, definition=definition), "pg_event_trigger", oid, f"EVENT TRIGGER {qi(name)}")


# -- dependencies, comments, privileges -------------------------------------------------------
_DEPENDS = """
SELECT d.classid::regclass::text, d.objid, d.refclassid::regclass::text, d.refobjid, d.refobjsubid
FROM pg_depend d
WHERE d.deptype IN ('n', 'a') AND d.objid >= 16384 AND d.refobjid >= 16384
  AND d.classid <> 'pg_namespace'::regclass
"""


def _depends(conn: Connection, ctx: _Ctx) -> None:
    for catalog, objid, refcatalog, refobjid, refsub in conn.query(_DEPENDS):
        src = ctx.keys.get((catalog, objid))
        if src is None or src not in ctx.model.objects or src.startswith("sequence:"):
            continue
        ref = _ref_key(ctx, refcatalog, refobjid, refsub)
        if ref is not None and ref != src:
            ctx.deps[src].add(ref)


def _ref_key(ctx: _Ctx, catalog: str, oid: int, sub: int) -> str | None:
    if catalog == "pg_class" and oid in ctx.tables:
        table = ctx.tables[oid]
        if sub == 0:
            return f"table:{table}"
        col = ctx.columns.get((oid, sub))
        return f"column:{table}.{col}" if col is not None else None
    return ctx.keys.get((catalog, oid))


_COMMENTS = """
SELECT d.classoid::regclass::text, d.objoid, d.objsubid, d.description, a.attname::text
FROM pg_description d
LEFT JOIN pg_attribute a ON d.classoid = 'pg_class'::regclass AND d.objsubid > 0
  AND a.attrelid = d.objoid AND a.attnum = d.objsubid
WHERE d.objoid >= 16384 OR d.classoid = 'pg_namespace'::regclass
"""


def _comments(conn: Connection, ctx: _Ctx) -> None:
    for catalog, oid, sub, text, column in conn.query(_COMMENTS):
        if catalog == "pg_class" and oid in ctx.tables:
            continue  # table and column comments live in Table.extra / Column.extra
        key = ctx.keys.get((catalog, oid))
        target = ctx.comment_on.get((catalog, oid))
        if key is None or target is None:
            continue
        name = key
        if sub:
            if oid not in ctx.rel_sql or column is None:
                continue
            target = f"COLUMN {ctx.rel_sql[oid]}.{qi(column)}"
            name = f"{key}.{column}"
        obj = DbObject("comment", name, definition={"on": target, "text": text}, depends_on=[key])
        ctx.model.add(obj)


_RELATION_ACLS = f"""
SELECT c.oid, x.grantee, x.privilege_type, x.is_grantable,
  CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(c.relacl) x
WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND x.grantee <> c.relowner
  AND {NS_OK}
"""


def _relation_acls(conn: Connection, ctx: _Ctx) -> None:
    """Privileges granted to roles other than the owner (the owner's own are implicit)."""
    grants: dict[int, list[str]] = {}
    for oid, _grantee, privilege, grantable, role in conn.query(_RELATION_ACLS):
        grants.setdefault(oid, []).append(f"{role}:{privilege}" + (":grantable" if grantable else ""))
    for oid, items in grants.items():
        acl = sorted(items)
        if oid in ctx.tables:
            ctx.model.tables[ctx.tables[oid]].extra["acl"] = acl
        elif oid in ctx.relations:
            ctx.model.objects[ctx.relations[oid]].definition["acl"] = acl


_COLUMN_ACLS = f"""
SELECT a.attrelid, a.attname, x.privilege_type, x.is_grantable,
  CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(a.attacl) x
WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
  AND x.grantee <> c.relowner AND {NS_OK}
"""


def _column_acls(conn: Connection, ctx: _Ctx) -> None:
    """Column privileges (GRANT SELECT (col) ON t), in Column.extra["acl"] like the table's."""
    for relid, column, privilege, grantable, role in conn.query(_COLUMN_ACLS):
        table = ctx.tables.get(relid)
        col = ctx.model.tables[table].column(column) if table else None
        if col is not None:
            item = f"{role}:{privilege}" + (":grantable" if grantable else "")
            col.extra["acl"] = sorted([*col.extra.get("acl", []), item])


_ACL_ITEMS = """ARRAY(SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END
               || ':' || x.privilege_type || CASE WHEN x.is_grantable THEN ':grantable' ELSE '' END
        FROM aclexplode(coalesce({acl}, acldefault('{kind}', {owner}))) x WHERE x.grantee <> {owner})"""

_ROUTINE_AND_SCHEMA_ACLS = f"""
SELECT 'pg_proc', p.oid, {_ACL_ITEMS.format(acl="p.proacl", kind="f", owner="p.proowner")}
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p') AND {NS_OK} AND NOT {_TYPE_MADE}
UNION ALL
SELECT 'pg_namespace', n.oid, {_ACL_ITEMS.format(acl="n.nspacl", kind="n", owner="n.nspowner")}
FROM pg_namespace n WHERE {NS_OK}
"""


def _routine_and_schema_acls(conn: Connection, ctx: _Ctx) -> None:
    """EXECUTE on functions and procedures, USAGE / CREATE on schemas, granted to roles other than
    the owner, in definition["acl"], always present (the built-in PUBLIC EXECUTE of a routine
    too): Supabase's and Nhost's hardening migrations revoke EXECUTE from PUBLIC and anon and grant
    it per role, and `REVOKE ... ON SCHEMA public FROM PUBLIC` locks a schema. A definition without
    "acl" is a model recorded before these were read: the reverse leaves those privileges alone."""
    for catalog, oid, items in conn.query(_ROUTINE_AND_SCHEMA_ACLS):
        key = ctx.keys.get((catalog, oid))
        obj = ctx.model.objects.get(key) if key else None
        if obj is not None:
            obj.definition["acl"] = sorted(items)


#: pg_default_acl.defaclobjtype -> the word ALTER DEFAULT PRIVILEGES uses.
DEFAULT_ACL_OBJECTS = {"r": "TABLES", "S": "SEQUENCES", "f": "FUNCTIONS", "T": "TYPES", "n": "SCHEMAS"}

_DEFAULT_ACLS = f"""
SELECT pg_get_userbyid(d.defaclrole)::text, n.nspname, d.defaclobjtype::text,
  ARRAY(SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END
               || ':' || x.privilege_type || CASE WHEN x.is_grantable THEN ':grantable' ELSE '' END
        FROM aclexplode(d.defaclacl) x WHERE x.grantee <> d.defaclrole)
FROM pg_default_acl d
LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
WHERE d.defaclnamespace = 0 OR {NS_OK}
"""


def default_acl(objects: str, schema: str | None) -> list[str]:
    """What a role's new objects get without any ALTER DEFAULT PRIVILEGES (besides the owner's own
    privileges): PUBLIC may execute functions and use types; an IN SCHEMA entry only adds to that."""
    if schema is not None:
        return []
    return {"FUNCTIONS": ["PUBLIC:EXECUTE"], "TYPES": ["PUBLIC:USAGE"]}.get(objects, [])


def _default_acls(conn: Connection, ctx: _Ctx) -> None:
    """ALTER DEFAULT PRIVILEGES, as objects "default_acl:<role>.<schema or *>.<TABLES|...>" holding
    the privileges granted to roles other than the owner, when they differ from the built-in ones
    (the owner's own default privileges are not modelled)."""
    for role, schema, objtype, items in conn.query(_DEFAULT_ACLS):
        objects = DEFAULT_ACL_OBJECTS.get(objtype, objtype)
        acl = sorted(items)
        if acl != default_acl(objects, schema):
            definition = {"role": role, "schema": schema, "objects": objects, "acl": acl}
            ctx.model.add(DbObject("default_acl", f"{role}.{schema or '*'}.{objects}", definition=definition))


def _qkey(key: str) -> str:
    """A 'schema.name' key as a quoted qualified name."""
    schema, _, name = key.partition(".")
    return qn(schema, name)

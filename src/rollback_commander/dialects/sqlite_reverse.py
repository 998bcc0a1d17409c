"""The SQLite reverse differ: SQL that turns a database whose schema is `current` into `target`.

Pure: it reads two schema models and returns a `ReversePlan`, no I/O. SQLite keeps the exact
CREATE text of every object, so the target is reached exactly by running the target's own texts:

- `pre` drops the triggers, views and indexes that are missing from or changed in the target (and
  those on tables it rebuilds, and the triggers of tables whose data the engine will restore), drops
  the tables the target does not have, and rebuilds every table whose text differs: the current
  table is renamed to `_rollback_tmp_<name>`, the target's text is run, the rows are copied back
  (rowid, common writable columns, the AUTOINCREMENT counter) and the old table is dropped. The plan
  turns `legacy_alter_table` on first, so that the rename rewrites no other object (views, triggers
  and the foreign keys of other tables keep their text) even when the script is replayed elsewhere.
- the engine then restores captured data;
- `post` creates the target's missing indexes, then views in dependency order, then triggers.

A target table missing from `current` is found again when the migration renamed it: a current-only
table with the same text after the name (a plain rename), else a unique one with compatible columns.
Columns renamed in place are matched by position and type. Tables that `pre` creates empty are
listed in `rebuilt`: their rows must come entirely from a capture.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

from ..model.schema import UNFINGERPRINTED_EXTRA, Column, DbObject, SchemaModel, Table
from .base import ReversePlan
from .sqlite_schema import check_clauses, collated_names, parse_create_table, table_body, tokenize

RENDERED_KINDS = ("index", "view", "trigger", "setting")
"""Object kinds with their own CREATE text; unique keys and foreign keys live in the table's text."""
TMP_PREFIX = "_rollback_tmp_"
LEGACY_ALTER = "PRAGMA legacy_alter_table = ON"
ROWID_NAMES = ("rowid", "_rowid_", "oid")
"""The names that read a rowid table's rowid, in the order tried: a column may take any of them."""


def quote(ident: str) -> str:
    return '"' + ident.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@dataclass
class TableMove:
    """How `pre` brings one target table back: created from its text, rows copied from `source`."""

    target: Table
    source: Table | None = None
    """The current table whose rows are copied; None when the table is created empty."""
    columns: list[tuple[str, str]] = field(default_factory=list)
    """(target column, source column) pairs that are copied."""
    rowid: str | None = None
    """The name under which the rowid is copied, if it is."""

    @property
    def tmp(self) -> str:
        return TMP_PREFIX + self.target.name

    def statements(self) -> list[str]:
        out = [str(self.target.extra["sql"])]
        if self.source is None:
            return out
        into = [quote(t) for t, _ in self.columns]
        select = [quote(s) for _, s in self.columns]
        if self.rowid:
            into.insert(0, self.rowid)
            select.insert(0, self.rowid)
        out.append(
            f"INSERT INTO {quote(self.target.name)} ({', '.join(into)}) "
            f"SELECT {', '.join(select)} FROM {quote(self.tmp)}"
        )
        if _autoincrement(self.source) and _autoincrement(self.target):
            out.extend(_carry_counter(self.tmp, self.target.name))
        out.append(f"DROP TABLE {quote(self.tmp)}")
        return out


def _autoincrement(table: Table) -> bool:
    return any(c.identity == "autoincrement" for c in table.columns)


def _carry_counter(old: str, new: str) -> list[str]:
    """Keep an AUTOINCREMENT table's counter through a rebuild (the copy alone would set it to the
    largest copied id, and ids handed out and deleted since would be handed out again)."""
    return [
        f"DELETE FROM sqlite_sequence WHERE name = {literal(new)}",
        f"UPDATE sqlite_sequence SET name = {literal(new)} WHERE name = {literal(old)}",
    ]


def plan_reverse_sqlite(current: SchemaModel, target: SchemaModel, data_tables: set[str]) -> ReversePlan:
    """SQL that turns a database whose schema is `current` into exactly `target` (see ReversePlan);
    `data_tables` are the target tables whose rows the engine restores between `pre` and `post`."""
    kept = _kept_tables(current, target)
    moves = [
        _move(target.tables[name], current.tables.get(source or ""), name in data_tables, current, target)
        for name, source in _match_sources(current, target, kept).items()
    ]
    renamed = {m.source.name for m in moves if m.source is not None}
    gone = set(current.tables) - kept
    drops = _object_drops(current, target, gone, data_tables)
    dropped = {o.key for o in drops}
    creates = [o for o in _rendered(target) if o.key not in current.objects or o.key in dropped]

    plan = ReversePlan()
    if renamed:
        plan.pre.append(LEGACY_ALTER)
    plan.pre.extend(_drop_sql(o) for o in _in_kind_order(drops, ("trigger", "view", "index", "setting")))
    plan.pre.extend(
        f"ALTER TABLE {quote(m.source.name)} RENAME TO {quote(m.tmp)}" for m in moves if m.source is not None
    )
    plan.pre.extend(f"DROP TABLE {quote(name)}" for name in sorted(gone - renamed))
    for move in moves:
        plan.pre.extend(move.statements())
    plan.post.extend(_create_sql(o) for o in _creation_order(creates))
    plan.rebuilt = {m.target.name for m in moves if m.source is None}
    return plan


def trigger_guards(current: SchemaModel, target: SchemaModel, tables: set[str], data_tables: set[str]) -> tuple[list[str], list[str]]:
    """Triggers that `pre` leaves in place on `tables`, whose rows the engine restores by key: dropped
    before the restore and created again after it, so that they do not fire."""
    gone = set(current.tables) - _kept_tables(current, target)
    dropped = {o.key for o in _object_drops(current, target, gone, data_tables)}
    kept = [o for o in _rendered(current) if o.kind == "trigger" and o.table in tables and o.key not in dropped]
    return [_drop_sql(o) for o in kept], [_create_sql(o) for o in kept]


# -- tables -----------------------------------------------------------------------------------


def _kept_tables(current: SchemaModel, target: SchemaModel) -> set[str]:
    """Target tables the current schema has unchanged (same name, same text)."""
    return {n for n, t in target.tables.items() if n in current.tables and _same_table(current.tables[n], t)}



def _same_table(a: Table, b: Table) -> bool:
    """Equal as the fingerprint sees them (details it leaves out, such as a contentless full-text
    index's list of shadow tables, may be missing from points recorded before they were kept)."""

    def shape(t: Table) -> dict[str, object]:
        d = asdict(t)
        d["extra"] = {k: v for k, v in t.extra.items() if k not in UNFINGERPRINTED_EXTRA}
        return d

    return shape(a) == shape(b)


def _match_sources(current: SchemaModel, target: SchemaModel, kept: set[str]) -> dict[str, str | None]:
    """For each target table to rebuild (parents first): the current table its rows come from."""
    todo = [name for name in target.tables_in_dependency_order() if name not in kept]
    orphans = sorted(set(current.tables) - set(target.tables))

    def renamed(src: str, dst: str) -> bool:
        return table_body(_sql(current.tables[src])) == table_body(_sql(target.tables[dst]))

    def compatible(src: str, dst: str) -> bool:
        return _compatible(current.tables[src], target.tables[dst])

    sources: dict[str, str | None] = dict.fromkeys(todo)
    found = _pair(todo, orphans, renamed)
    sources.update(found)
    rest = [n for n in todo if n not in found and n not in current.tables]
    sources.update(_pair(rest, [o for o in orphans if o not in found.values()], compatible))
    for name in todo:
        if name not in found and name in current.tables:
            sources[name] = name
    return sources


def _pair(targets: list[str], orphans: list[str], fits: Callable[[str, str], bool]) -> dict[str, str]:
    """Target -> orphan pairs where each is the other's only fitting candidate."""
    candidates = {t: [o for o in orphans if fits(o, t)] for t in targets}
    pairs: dict[str, str] = {}
    for name, found in candidates.items():
        if len(found) == 1 and sum(found[0] in c for c in candidates.values()) == 1:
            pairs[name] = found[0]
    return pairs


def _compatible(src: Table, dst: Table) -> bool:
    """Same primary key, and one column set contains the other (renamed, then columns added or dropped)."""
    a = {c.name.lower() for c in src.columns}
    b = {c.name.lower() for c in dst.columns}
    same_pk = [k.lower() for k in src.primary_key] == [k.lower() for k in dst.primary_key]
    return same_pk and bool(a & b) and (a <= b or b <= a)


def _sql(table: Table) -> str:
    return str(table.extra.get("sql", ""))


def _move(target: Table, source: Table | None, restored: bool, current: SchemaModel, model: SchemaModel) -> TableMove:
    """The copy from `source`, or an empty table when there is nothing to copy or, when the engine
    restores the rows, the copy could fail (see _copy_may_fail)."""
    if source is None or source.extra.get("virtual") or target.extra.get("virtual"):
        return TableMove(target)
    columns = _column_pairs(source, target)
    if not columns or (restored and _copy_may_fail(source, target, columns, current, model)):
        return TableMove(target)
    return TableMove(target, source, columns, _rowid_name(source, target, columns))


def _copy_may_fail(source: Table, target: Table, pairs: list[tuple[str, str]], current: SchemaModel,
                   model: SchemaModel) -> bool:
    """True when the current rows may break a constraint of the target's text: a NOT NULL column
    without default gets no value, a CHECK the source lacks, a key the source's keys do not imply
    (narrower, or under a collation that equates more values), or a column that accepts fewer values
    than its source (see _tighter_column)."""
    return (
        _unfilled_required(target, pairs)
        or _new_checks(source, target)
        or _narrower_keys(_unique_keys(current, source, True), _unique_keys(model, target, False), pairs)
        or any(_tighter_column(source, target, t, s) for t, s in pairs)
    )


def _tighter_column(source: Table, target: Table, name: str, source_name: str) -> bool:
    """The target column may refuse a value its source column holds: NOT NULL where the source is
    nullable, a STRICT column of another type (or fed from a loose table), or the INTEGER PRIMARY KEY
    (the rowid, integers only) fed from a column that is not the source's rowid."""
    col, src = target.column(name), source.column(source_name)
    if col is None or src is None:
        return True
    alias = _rowid_alias(target)
    if name == alias:
        return source_name != _rowid_alias(source)
    never_null = source_name == _rowid_alias(source) or (source.extra.get("without_rowid") and source_name in source.primary_key)
    if not col.nullable and src.nullable and not never_null:
        return True
    if target.extra.get("strict") and col.type.upper() != "ANY":
        return not source.extra.get("strict") or col.type.upper() != src.type.upper()
    return False


def _unique_keys(model: SchemaModel, table: Table, indexes: bool) -> list[dict[str, str]]:
    """The column sets the table's rows are unique on, each column (lower case) with the collation
    it is compared under: its primary key and UNIQUE constraints, and with `indexes` its unique
    indexes (those of the target come after the rows)."""
    text = parse_create_table(_sql(table))
    declared = {name: c.collation for name, c in (text.columns.items() if text else ()) if c.collation}
    in_keys = text.key_collations if text else {}

    def key(cols: Iterable[object], written: dict[str, str]) -> dict[str, str]:
        names = [str(c).lower() for c in cols]
        return {c: written.get(c) or declared.get(c, "BINARY") for c in names}

    keys = [key(table.primary_key, in_keys)] if table.primary_key else []
    for obj in model.objects.values():
        cols = obj.definition.get("unique_columns")
        if obj.table == table.name and cols and (obj.kind == "unique_key" or (indexes and obj.kind == "index")):
            written = in_keys if obj.kind == "unique_key" else collated_names(tokenize(str(obj.definition.get("sql") or "")))
            keys.append(key(cols, written))
    return keys


def _narrower_keys(source_keys: list[dict[str, str]], target_keys: list[dict[str, str]],
                   pairs: list[tuple[str, str]]) -> bool:
    """True when a key of the target is not implied by one of the source's (syncthing's counts, keyed
    on (device, type, flags, deleted), rolled back to its key without deleted; a unique email put
    back under COLLATE NOCASE): the current rows may repeat it, and the copy would fail where the
    restore puts the captured rows in. A source key implies a target key over a superset of its
    columns when each of its columns is compared there under the same collation or BINARY (values
    equal byte for byte are equal under every collation)."""
    from_source = {t.lower(): s.lower() for t, s in pairs}
    for key in target_keys:
        mapped = {from_source.get(c): coll for c, coll in key.items()}
        if None in mapped:
            return True
        if not any(k and all(c in mapped and mapped[c] in (coll, "BINARY") for c, coll in k.items()) for k in source_keys):
            return True
    return False


def _column_pairs(source: Table, target: Table) -> list[tuple[str, str]]:
    """Writable target columns and the source columns they take values from: same name (any case),
    else a column renamed in place (same position, same declared type, name absent from the target)."""
    by_lower = {c.name.lower(): c for c in source.columns}
    target_names = {c.name.lower() for c in target.columns}
    pairs: list[tuple[str, str]] = []
    for i, col in enumerate(target.columns):
        if not col.writable:
            continue
        src = by_lower.get(col.name.lower())
        if src is None and i < len(source.columns):
            candidate = source.columns[i]
            if candidate.name.lower() not in target_names and _same_type(candidate, col):
                src = candidate
        if src is not None:
            pairs.append((col.name, src.name))
    return pairs


def _same_type(a: Column, b: Column) -> bool:
    return a.type.lower() == b.type.lower()


def _rowid_alias(table: Table) -> str | None:
    """The INTEGER PRIMARY KEY column that is the rowid of a rowid table, if there is one."""
    return rowid_alias(table)


def rowid_alias(table: Table) -> str | None:
    """The column that is the rowid of a rowid table: its single primary-key column declared
    exactly `INTEGER`, except one declared `INTEGER PRIMARY KEY DESC` in its own definition (SQLite
    keeps that one as an ordinary column beside a hidden rowid; `PRIMARY KEY (id DESC)` as a table
    constraint is an alias). Read from the CREATE text, so stored schema models answer it too."""
    if table.extra.get("without_rowid") or len(table.primary_key) != 1:
        return None
    col = table.column(table.primary_key[0])
    if col is None or col.type.upper() != "INTEGER":
        return None
    text = parse_create_table(str(table.extra.get("sql") or ""))
    own = text.columns.get(col.name.lower()) if text is not None else None
    return None if own is not None and own.primary_key_desc else col.name


def _unfilled_required(target: Table, pairs: list[tuple[str, str]]) -> bool:
    """True when a NOT NULL column without default would get no value from the copy."""
    copied = {t for t, _ in pairs}
    alias = _rowid_alias(target)
    return any(
        c.writable and not c.nullable and c.default is None and c.name not in copied and c.name != alias
        for c in target.columns
    )


def _new_checks(source: Table, target: Table) -> bool:
    """True when the target has a CHECK the source lacks: the current rows (a migration that
    rebuilt the table with a new CHECK usually converted its values too) may break it."""
    return not check_clauses(_sql(target)) <= check_clauses(_sql(source))


def _rowid_name(source: Table, target: Table, pairs: list[tuple[str, str]]) -> str | None:
    """How to copy the rowid when both tables have one and no copied column already carries it."""
    if source.extra.get("without_rowid") or target.extra.get("without_rowid"):
        return None
    alias = _rowid_alias(target)
    if alias is not None and any(t == alias for t, _ in pairs):
        return None
    used = {c.name.lower() for c in (*source.columns, *target.columns)}
    return next((name for name in ROWID_NAMES if name not in used), None)


# -- indexes, views, triggers -----------------------------------------------------------------


def _rendered(model: SchemaModel) -> list[DbObject]:
    return sorted((o for o in model.objects.values() if o.kind in RENDERED_KINDS), key=lambda o: o.key)


def _same_object(a: DbObject, b: DbObject | None) -> bool:
    """Equal as the fingerprint sees them (depends_on is derived and does not count)."""
    return b is not None and _identity(a) == _identity(b)


def _identity(obj: DbObject) -> tuple[object, ...]:
    return (obj.kind, obj.name, obj.table, obj.definition)


def _object_drops(
    current: SchemaModel, target: SchemaModel, gone: set[str], data_tables: set[str]
) -> list[DbObject]:
    """Current objects to drop: missing or changed in the target, on a table that goes away, triggers
    on a dropped view, and triggers on tables whose rows the engine restores (they would fire)."""
    drops = [
        o
        for o in _rendered(current)
        if not _same_object(o, target.objects.get(o.key)) or (o.table is not None and o.table in gone)
    ]
    dropped_views = {o.name for o in drops if o.kind == "view"}
    keys = {o.key for o in drops}
    drops.extend(
        o
        for o in _rendered(current)
        if o.kind == "trigger"
        and o.key not in keys
        and (o.definition.get("view") in dropped_views or o.table in data_tables)
    )
    return drops


def _in_kind_order(objects: Iterable[DbObject], kinds: tuple[str, ...]) -> list[DbObject]:
    return sorted(objects, key=lambda o: (kinds.index(o.kind), o.name))


def _drop_sql(obj: DbObject) -> str:
    if obj.kind == "setting":  # PRAGMA user_version / application_id back to 0 (a target value follows)
        return f"PRAGMA {obj.name} = 0"
    return f"DROP {obj.kind.upper()} {quote(obj.name)}"


def _create_sql(obj: DbObject) -> str:
    return str(obj.definition["sql"])


def _creation_order(objects: list[DbObject]) -> list[DbObject]:
    """Indexes, then views with the views they read first, then triggers (they may be on views),
    then settings (PRAGMA user_version)."""
    views = [o for o in objects if o.kind == "view"]
    return [
        *_in_kind_order((o for o in objects if o.kind == "index"), ("index",)),
        *_views_in_dependency_order(views),
        *_in_kind_order((o for o in objects if o.kind in ("trigger", "setting")), ("trigger", "setting")),
    ]


def _views_in_dependency_order(views: list[DbObject]) -> list[DbObject]:
    """Views ordered so that each comes after the views it reads; cycles broken by name order."""
    remaining = {v.key: v for v in views}
    order: list[DbObject] = []
    while remaining:
        ready = [v for k, v in sorted(remaining.items()) if not set(v.depends_on) & (set(remaining) - {k})]
        if not ready:
            ready = [remaining[min(remaining)]]
        for view in ready:
            order.append(view)
            del remaining[view.key]
    return order

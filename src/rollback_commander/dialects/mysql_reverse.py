"""The MySQL/MariaDB reverse differ: SQL that turns a database whose schema is `current` into `target`.

A pure function of two `SchemaModel`s built by `mysql_schema.introspect_mysql`. The planner works on
a copy of `current` (the *working* model) that it updates as it emits statements, so that later
steps compare against what the server will really hold by then.

MySQL can do in place what other engines need a rebuild for: `RENAME TABLE` (several at once),
`CHANGE`/`MODIFY COLUMN ... FIRST | AFTER x` (exact column order), `RENAME COLUMN`. So tables and
columns are kept and altered wherever possible, and their rows stay:

1. Tables. A target table whose current version has another shape is looked for under another name
   (a current table of exactly its shape that is itself out of place: the `RENAME TABLE a TO a_old,
   a_new TO a` swap, a rename, a backup made with `CREATE TABLE ... LIKE`), then, for a missing
   table, a unique current-only table with the same primary key and a column set that contains or is
   contained in the target's. Those are renamed back (one `RENAME TABLE`, through temporary names
   for cycles); a current table whose name is taken that way, and tables the target lacks, are
   dropped; a table whose rows the engine restores (`data_tables`) and whose common columns changed
   type is dropped and created anew (listed in `rebuilt`, like new tables): converting rows written
   after the migration could fail, the captured rows fit the target as they are.
2. Columns, per table in one `ALTER TABLE`: columns renamed in place are found (same definition,
   old name gone, new name new), dropped ones go, then every target column in order is added,
   changed or moved with `FIRST`/`AFTER`, so that the order is exactly the target's; the primary key
   and table options follow.
3. Objects. Foreign keys, indexes and CHECK constraints that are gone, changed, or in the way (on a
   dropped column, into a dropped table) are dropped first; triggers, views, procedures, functions,
   events and sequences the target does not have (or has otherwise) are dropped. `post` then adds the
   target's missing indexes and CHECKs, then foreign keys, routines, views (dependency order),
   triggers (in their action order; a trigger group is re-created whole to keep that order) and
   events.

MySQL DDL commits implicitly, so on MySQL a reverse runs as a journal of steps that may be resumed
after a crash. Statements are written to be re-runnable where the server allows: `DROP ... IF EXISTS`,
`CREATE OR REPLACE VIEW`, `CREATE TABLE IF NOT EXISTS`, a `DROP ... IF EXISTS` before each CREATE of
a trigger, routine or event, and on MariaDB (`mariadb=True`) `IF [NOT] EXISTS` inside ALTER TABLE as
well. Where MySQL has no such clause (ALTER TABLE on MySQL 8), resuming is safest by planning again
from the introspected state: the planner is a pure function of the two models.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any

from ..model.schema import UNFINGERPRINTED_EXTRA, Column, DbObject, SchemaModel, Table
from .base import ReversePlan
from .mysql_schema import lit, qi, tokenize

TMP_PREFIX = "_rollback_tmp_"
ROUTINES = ("function", "procedure")
_OPTION_RESET = {
    "COMMENT": "''",
    "ROW_FORMAT": "DEFAULT",
    "KEY_BLOCK_SIZE": "0",
    "STATS_PERSISTENT": "DEFAULT",
    "STATS_AUTO_RECALC": "DEFAULT",
    "STATS_SAMPLE_PAGES": "DEFAULT",
    "PACK_KEYS": "DEFAULT",
    "CHECKSUM": "0",
    "DELAY_KEY_WRITE": "0",
    "MAX_ROWS": "0",
    "MIN_ROWS": "0",
}


def plan_reverse_mysql(
    current: SchemaModel, target: SchemaModel, data_tables: set[str], *, mariadb: bool = False
) -> ReversePlan:
    """Statements that turn a database whose schema is `current` into `target` (see ReversePlan).
    `mariadb` allows MariaDB's IF [NOT] EXISTS clauses inside ALTER TABLE and RENAME TABLE."""
    return _Planner(current, target, data_tables, mariadb).plan()


def objects_kept_by_pre(current: SchemaModel, target: SchemaModel, data_tables: set[str]) -> set[str]:
    """Keys of target objects that are in place, as the target has them, once `pre` has run."""
    planner = _Planner(current, target, data_tables, False)
    planner.plan()
    return planner.kept_after_pre


def restore_guards(
    current: SchemaModel,
    target: SchemaModel,
    tables: set[str],
    data_tables: set[str] | None = None,
    *,
    mariadb: bool = False,
) -> tuple[list[str], list[str]]:
    """Statements around the data restore of `tables`: foreign key checks off for the session (no
    ON DELETE/UPDATE action fires, rows load in any order: O(1), where dropping and re-adding the
    keys would re-validate every row and make InnoDB rename the indexes it created for them), and
    the triggers on those tables that `pre` (planned with `data_tables`) leaves in place dropped
    before and re-created after (MySQL cannot disable a trigger). The restore and both halves must
    run in one session; a resumed run replays `before` first."""
    kept = objects_kept_by_pre(current, target, tables if data_tables is None else data_tables)
    before = ["SET SESSION foreign_key_checks = 0"]
    after: list[str] = []
    triggers = [
        o for k, o in target.objects.items() if k in kept and o.kind == "trigger" and o.table in tables
    ]
    after.extend(_mode_save(triggers, mariadb))
    for trig in _trigger_order(triggers):
        before.append(f"DROP TRIGGER IF EXISTS {qi(_local(trig))}")
        after.extend(_create_routine_sql(trig, mariadb))
    return before, [*after, *_mode_reset(triggers, mariadb), "SET SESSION foreign_key_checks = 1"]


# -- helpers ------------------------------------------------------------------------------------
def _local(obj: DbObject) -> str:
    if obj.table and obj.name.startswith(obj.table + "."):
        return obj.name[len(obj.table) + 1 :]
    return obj.name


def _subst(text: str, mapping: dict[str, str], start: int = 0, end: int | None = None) -> str:
    """Replace the backtick identifiers in text[start:end] whose name is in mapping."""
    if not mapping:
        return text
    out: list[str] = []
    pos = 0
    for tok in tokenize(text):
        if tok.start < start or (end is not None and tok.start >= end):
            continue
        if tok.kind == "ident" and tok.value in mapping:
            out.append(text[pos : tok.start])
            out.append(qi(mapping[tok.value]))
            pos = tok.end
    out.append(text[pos:])
    return "".join(out)


def _paren_groups(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the top-level parenthesised groups of a text."""
    groups: list[tuple[int, int]] = []
    depth = 0
    begin = 0
    for tok in tokenize(text):
        if tok.text == "(":
            if depth == 0:
                begin = tok.start
            depth += 1
        elif tok.text == ")":
            depth -= 1
            if depth == 0:
                groups.append((begin, tok.end))
    return groups


def _after_first_paren(text: str, mapping: dict[str, str]) -> str:
    groups = _paren_groups(text)
    return _subst(text, mapping, groups[0][0]) if groups else text


def _insert_after_words(line: str, words: tuple[str, ...], insert: str) -> str:
    """`line` with `insert` placed after the first run of the given keywords (KEY, INDEX, ...)."""
    for tok in tokenize(line):
        if tok.kind == "word" and tok.text.upper() in words:
            return line[: tok.end] + " " + insert + line[tok.end :]
    return line


def _sig(col: Column) -> dict[str, Any]:
    d = asdict(col)
    d.pop("name")
    return d


def _norm_sig(col: Column) -> str:
    """A column's definition with its own name left out (for finding renamed columns)."""
    own = {col.name: "\x00"}
    d = _sig(col)
    d["extra"] = dict(d["extra"])
    d["extra"]["sql"] = _subst(str(d["extra"].get("sql", "")), own)
    if d.get("generated"):
        d["generated"] = _subst(str(d["generated"]), own)
    return json.dumps(d, sort_keys=True, default=str)


def _table_shape(table: Table) -> str:
    d = asdict(table)
    d.pop("name")
    for key in UNFINGERPRINTED_EXTRA:
        d["extra"].pop(key, None)
    return json.dumps(d, sort_keys=True, default=str)


def _col_sql(col: Column, explicit_collation: bool) -> str:
    """A column's definition for ADD/MODIFY/CHANGE; with the collation spelled out when the text
    leaves it to the table default (which an ALTER may be changing at the same time)."""
    sql = str(col.extra.get("sql", "")) or col.type
    coll = col.extra.get("collation")
    if explicit_collation and coll and "COLLATE" not in sql.upper() and sql.lower().startswith(col.type.lower()):
        sql = f"{sql[: len(col.type)]} COLLATE {coll}{sql[len(col.type):]}"
    return sql


def _type_sig(col: Column) -> tuple[str, Any]:
    return col.type.lower(), col.extra.get("collation")


def _must_recreate(cur: Column, tgt: Column) -> bool:
    """A column that cannot be MODIFY'd into the target: a VIRTUAL column that becomes stored (or a
    plain column) or the other way round. STORED <-> plain is a MODIFY that keeps the values."""
    a, b = cur.extra.get("storage"), tgt.extra.get("storage")
    return a != b and "virtual" in (a, b)


def _pair(items: list[str], candidates: Callable[[str], list[str]]) -> dict[str, str]:
    """item -> candidate where each is the other's only fitting candidate."""
    found = {i: candidates(i) for i in items}
    out: dict[str, str] = {}
    for item, cands in found.items():
        if len(cands) == 1 and sum(cands[0] in c for c in found.values()) == 1:
            out[item] = cands[0]
    return out


def _topo(keys: Iterable[str], deps: Callable[[str], Iterable[str]]) -> list[str]:
    remaining = set(keys)
    order: list[str] = []
    while remaining:
        ready = sorted(k for k in remaining if not (set(deps(k)) & (remaining - {k})))
        if not ready:
            ready = [sorted(remaining)[0]]
        order.extend(ready)
        remaining.difference_update(ready)
    return order


def _trigger_order(triggers: Iterable[DbObject]) -> list[DbObject]:
    return sorted(
        triggers,
        key=lambda t: (str(t.table), str(t.definition.get("timing")), str(t.definition.get("event")),
                       int(t.definition.get("order", 0)), t.name),
    )


def _drop_clause(obj: DbObject, mariadb: bool) -> str:
    ie = " IF EXISTS" if mariadb else ""
    word = {"foreign_key": "FOREIGN KEY", "index": "INDEX", "constraint": "CONSTRAINT"}[obj.kind]
    return f"DROP {word}{ie} {qi(_local(obj))}"


def _add_clause(obj: DbObject, mariadb: bool) -> str:
    line = str(obj.definition["sql"])
    if mariadb:
        if obj.kind == "foreign_key":
            line = _insert_after_words(line, ("KEY",), "IF NOT EXISTS")
        elif obj.kind == "index":
            line = _insert_after_words(line, ("KEY", "INDEX"), "IF NOT EXISTS")
        elif obj.kind == "constraint":
            line = _insert_after_words(line, ("CONSTRAINT",), "IF NOT EXISTS")
    return f"ADD {line}"


def _mode_prefix(obj: DbObject, mariadb: bool) -> tuple[list[str], str]:
    """How to create an object under the sql_mode (and time zone) it was created with: MariaDB's
    one-statement SET STATEMENT ... FOR, else SET SESSION statements before it."""
    settings = [f"sql_mode = {lit(str(obj.definition['sql_mode']))}"] if "sql_mode" in obj.definition else []
    if obj.kind == "event" and obj.definition.get("time_zone"):
        settings.append(f"time_zone = {lit(str(obj.definition['time_zone']))}")
    if not settings:
        return [], ""
    if mariadb:
        return [], f"SET STATEMENT {', '.join(settings)} FOR "
    return [f"SET SESSION {', '.join(settings)}"], ""


_SAVED_SESSION = ("@_rollback_saved_sql_mode", "@_rollback_saved_time_zone")
"""User variables that hold the session's sql_mode and time zone while MySQL 8 objects are
re-created under their own (SET SESSION, where MariaDB has SET STATEMENT ... FOR)."""


def _sets_session(objs: Iterable[DbObject], mariadb: bool) -> bool:
    return not mariadb and any("sql_mode" in o.definition for o in objs)


def _mode_save(objs: Iterable[DbObject], mariadb: bool) -> list[str]:
    """Before _mode_prefix's SET SESSION statements: keep the session's own values, read by the
    server when the script runs (the plan is pure: it cannot read them, and what the session holds
    then depends on the migration, whose `SET sql_mode` the tool's work keeps in part)."""
    if not _sets_session(objs, mariadb):
        return []
    mode, zone = _SAVED_SESSION
    return [f"SET {mode} = @@SESSION.sql_mode, {zone} = @@SESSION.time_zone"]


def _mode_reset(objs: Iterable[DbObject], mariadb: bool) -> list[str]:
    """After the objects are created: the session's sql_mode and time zone exactly as _mode_save
    found them."""
    if not _sets_session(objs, mariadb):
        return []
    mode, zone = _SAVED_SESSION
    return [f"SET SESSION sql_mode = {mode}, time_zone = {zone}"]


def _drop_object_sql(obj: DbObject) -> str:
    if obj.kind == "trigger":
        return f"DROP TRIGGER IF EXISTS {qi(_local(obj))}"
    return f"DROP {obj.kind.upper()} IF EXISTS {qi(obj.name)}"


def _create_routine_sql(obj: DbObject, mariadb: bool) -> list[str]:
    """Re-runnable creation of a trigger, procedure, function, event or sequence: MariaDB's
    CREATE OR REPLACE, else DROP IF EXISTS + CREATE (a pair to re-run together)."""
    before, prefix = _mode_prefix(obj, mariadb)
    sql = str(obj.definition["sql"])
    if mariadb:
        return [*before, prefix + _or_replace(sql)]
    return [_drop_object_sql(obj), *before, prefix + sql]


def _or_replace(sql: str) -> str:
    return re.sub(r"^\s*CREATE\s+(?!OR\s+REPLACE)", "CREATE OR REPLACE ", sql, count=1, flags=re.I)


def is_rerunnable(sql: str) -> bool:
    """Whether a DDL statement of a plan made with mariadb=True can run again after it succeeded
    (a resumed step journal may repeat the last step). Plans for MySQL 8 lack the IF [NOT] EXISTS
    clauses inside ALTER TABLE: resume those by planning again from the introspected state."""
    text = sql.lstrip().upper()
    if "REMOVE PARTITIONING" in text or text.endswith("SYSTEM VERSIONING"):  # no IF [NOT] EXISTS form
        return False
    return not (text.startswith("RENAME TABLE") and not text.startswith("RENAME TABLE IF EXISTS"))


def _create_view_sql(obj: DbObject) -> str:
    return _or_replace(str(obj.definition["sql"]))


_VIEW_SOURCE = re.compile(r"\b(?:from|join)\s+`((?:[^`]|``)+)`(?!\s*\.)", re.I)
_VIEW_COLUMN = re.compile(r"`((?:[^`]|``)+)`\.`((?:[^`]|``)+)`")


def _create_view_with_stand_ins(obj: DbObject, present: set[str]) -> list[str]:
    """CREATE VIEW, for a view whose tables need not all exist: the point restored may hold a view
    the server no longer resolves (a table renamed under it, then both dropped: hypothesis found
    `RENAME TABLE t1 TO t6; ... DROP VIEW v5; DROP TABLE t6`), and the server creates no view over
    a missing table. Each missing one gets a stand-in table with the columns the view reads of it
    (the server's view text names every column as `table`.`column`) for the CREATE, dropped right
    after: the view is then as unresolved as it was at the point. `present`: the tables and views
    there are (lower case) when the statement runs."""
    sql = _create_view_sql(obj)
    text = str(obj.definition.get("sql", ""))
    missing = sorted({m.group(1) for m in _VIEW_SOURCE.finditer(text) if m.group(1).lower() not in present}, key=str.lower)
    if not missing:
        return [sql]
    out: list[str] = []
    for name in missing:
        cols = sorted({m.group(2) for m in _VIEW_COLUMN.finditer(text) if m.group(1) == name}) or ["_rollback_stand_in"]
        out.append(f"CREATE TABLE {qi(name.replace('``', '`'))} ({', '.join(qi(c.replace('``', '`')) + ' INT NULL' for c in cols)})")
    out.append(sql)
    out += [f"DROP TABLE {qi(name.replace('``', '`'))}" for name in missing]
    return out


# -- the planner --------------------------------------------------------------------------------
class _Planner:
    def __init__(self, current: SchemaModel, target: SchemaModel, data_tables: set[str], mariadb: bool):
        self.cur = current
        self.tgt = target
        self.work = copy.deepcopy(current)
        self.data_tables = data_tables
        self.mariadb = mariadb
        self.ie = " IF EXISTS" if mariadb else ""
        self.ine = " IF NOT EXISTS" if mariadb else ""
        self.pre: list[str] = []
        self.post: list[str] = []
        self.renames: dict[str, str] = {}
        """Current table -> the target table it becomes by RENAME TABLE."""
        self.dropped: set[str] = set()
        """Current tables that pre drops."""
        self.created: set[str] = set()
        """Target tables that pre creates (empty)."""
        self.col_renames: dict[str, dict[str, str]] = {}
        """Target table -> {old column: new column} renamed in place."""
        self.col_drops: dict[str, set[str]] = {}
        """Target table -> working columns that are dropped (and maybe re-added)."""
        self.kept_after_pre: set[str] = set()

    def plan(self) -> ReversePlan:
        self._match_tables()
        self._decide_rebuilds()
        self._decide_columns()
        drops = self._object_drops()
        self._emit_drops(drops)
        self._emit_tables()
        self.kept_after_pre = {
            k for k, o in self.tgt.objects.items() if k in self.work.objects and self.work.objects[k].definition == o.definition
        }
        self._emit_post()
        return ReversePlan(pre=self.pre, post=self.post, rebuilt=set(self.created))

    # == tables ===================================================================================
    def _in_place(self, name: str) -> bool:
        """A current table that already is what the target has under its name."""
        return (
            name in self.cur.tables
            and name in self.tgt.tables
            and _table_shape(self.cur.tables[name]) == _table_shape(self.tgt.tables[name])
        )

    def _match_tables(self) -> None:
        cur, tgt = self.cur.tables, self.tgt.tables
        free = [n for n in sorted(cur) if not self._in_place(n)]
        wanted = [n for n in sorted(tgt) if not self._in_place(n)]
        shapes = {n: _table_shape(cur[n]) for n in free}

        def exact(t: str) -> list[str]:
            return [c for c in free if c != t and shapes[c] == _table_shape(tgt[t])]

        found = _pair(wanted, exact)
        taken = set(found.values())
        missing = [t for t in wanted if t not in found and t not in cur]
        orphans = [c for c in free if c not in tgt and c not in taken]

        def compatible(t: str) -> list[str]:
            return [c for c in orphans if _compatible(cur[c], tgt[t])]

        found.update(_pair(missing, compatible))
        self.renames = {c: t for t, c in found.items()}

    def _decide_rebuilds(self) -> None:
        """Which current tables go, which target tables are created, which are altered in place."""
        sources = {t: c for c, t in self.renames.items()}
        for name in self.tgt.tables:
            src = sources.get(name, name if name in self.cur.tables and name not in self.renames else None)
            if src is None:
                self.created.add(name)
            elif name in self.data_tables and self._types_change(self.cur.tables[src], self.tgt.tables[name]):
                self.created.add(name)
                self.renames.pop(src, None)
        for name in self.cur.tables:
            if name in self.renames:
                continue
            if name not in self.tgt.tables or name in self.created or name in sources:
                self.dropped.add(name)

    def _types_change(self, cur: Table, tgt: Table) -> bool:
        """A common column changes type or collation, or becomes NOT NULL: converting the rows
        written since could fail."""
        renames = _column_renames(cur, tgt)
        for col in cur.columns:
            tc = tgt.column(renames.get(col.name, col.name))
            if tc is None or _must_recreate(col, tc):
                continue
            if _type_sig(col) != _type_sig(tc) or (col.nullable and not tc.nullable):
                return True
        return False

    # == the working model ======================================================================
    def _rename_work_tables(self, mapping: dict[str, str]) -> None:
        """Apply RENAME TABLE old TO new (all at once) to the working model."""
        moved = {old: self.work.tables.pop(old) for old in mapping if old in self.work.tables}
        for old, table in moved.items():
            table.name = mapping[old]
            self.work.tables[table.name] = table
        objects = list(self.work.objects.values())
        for obj in objects:
            if obj.table in moved:
                old = obj.table
                obj.table = mapping[old]
                local = _local_of(obj.name, old)
                generated = _generated_name(local, old, obj.kind)
                if generated is not None:  # InnoDB renames t_ibfk_N (MySQL also t_chk_N) with the table
                    new_local = f"{obj.table}{generated}"
                    obj.definition["sql"] = _subst(str(obj.definition["sql"]), {local: new_local}, 0, 12 + len(qi(local)))
                    local = new_local
                obj.name = f"{obj.table}.{local}"
                if obj.kind == "trigger":
                    obj.definition = {**obj.definition, "sql": None}  # the server rewrites ON: re-create
        self.work.objects = {o.key: o for o in objects}
        for fk in self.work.objects.values():
            if fk.kind == "foreign_key" and fk.definition.get("references") in moved:
                old = str(fk.definition["references"])
                fk.definition["references"] = mapping[old]
                fk.definition["sql"] = _subst_reference(str(fk.definition["sql"]), {old: mapping[old]}, table=True)

    def _rename_work_columns(self, table: str, mapping: dict[str, str]) -> None:
        wt = self.work.tables[table]
        for col in wt.columns:
            col.name = mapping.get(col.name, col.name)
            col.extra["sql"] = _subst(str(col.extra.get("sql", "")), mapping)
            if col.generated:
                col.generated = _subst(col.generated, mapping)
        wt.primary_key = [mapping.get(c, c) for c in wt.primary_key]
        if wt.extra.get("primary_key"):
            wt.extra["primary_key"] = _after_first_paren(str(wt.extra["primary_key"]), mapping)
        for obj in self.work.objects.values():
            d = obj.definition
            if obj.table == table and obj.kind in ("index", "constraint"):
                d["sql"] = _after_first_paren(str(d["sql"]), mapping)
                for field in ("columns", "unique_columns"):
                    if field in d:
                        d[field] = [mapping.get(c, c) if c else c for c in d[field]]
            if obj.kind == "foreign_key":
                if obj.table == table:
                    d["sql"] = _subst_fk_columns(str(d["sql"]), mapping)
                    d["columns"] = [mapping.get(c, c) for c in d.get("columns", [])]
                if d.get("references") == table:
                    d["sql"] = _subst_reference(str(d["sql"]), mapping, table=False)
                    d["ref_columns"] = [mapping.get(c, c) for c in d.get("ref_columns", [])]

    # == columns =================================================================================
    def _decide_columns(self) -> None:
        for name in sorted(self.tgt.tables):
            if name in self.created:
                continue
            src = next((c for c, t in self.renames.items() if t == name), name)
            cur = self.cur.tables[src]
            tt = self.tgt.tables[name]
            renames = _column_renames(cur, tt)
            self.col_renames[name] = renames
            drops = set()
            for col in cur.columns:
                new = renames.get(col.name, col.name)
                tc = tt.column(new)
                if tc is None or _must_recreate(col, tc):
                    drops.add(new)
            self.col_drops[name] = drops

    # == objects =================================================================================
    def _object_drops(self) -> list[DbObject]:
        """Update the working model for the table plan and return the current objects to drop."""
        # apply the table plan to the working model (statements come later)
        for name in sorted(self.dropped):
            self._forget_table_keep_fks(name)
        # told apart by identity, not by table name: a table renamed back may take the name of
        # one that is dropped (RENAME TABLE t TO t_old; CREATE TABLE t ...)
        of_dropped = {id(o) for o in self.work.objects.values() if o.table in self.dropped}
        self._rename_work_tables(self.renames)
        for name, mapping in self.col_renames.items():
            if mapping:
                self._rename_work_columns(name, mapping)
        drops: dict[str, DbObject] = {}
        for key, obj in sorted(self.work.objects.items()):
            want = self.tgt.objects.get(key)
            if id(obj) in of_dropped:
                continue  # goes with its table (foreign keys are handled below)
            changed = want is None or want.definition != obj.definition or want.table != obj.table
            if changed or (obj.kind in ("index", "constraint", "foreign_key") and self._touches_dropped_column(obj)):
                drops[key] = obj
        for key, fk in sorted(self.work.objects.items()):
            if fk.kind != "foreign_key" or key in drops:
                continue
            parent = fk.definition.get("references")
            if parent in self.dropped and parent != fk.table:
                drops[key] = fk  # a parent table cannot be dropped while a foreign key points at it
            elif id(fk) in of_dropped:
                continue
            elif self._fk_columns_change(fk):
                drops[key] = fk
        self._close_over_foreign_key_indexes(drops)
        # a trigger group re-created in part is re-created whole (creation order is firing order)
        groups = self._trigger_groups_to_recreate(drops)
        for trig in self.work.objects.values():
            if trig.kind == "trigger" and (trig.table, trig.definition.get("timing"), trig.definition.get("event")) in groups:
                drops.setdefault(trig.key, trig)
        # a view in the way of a target table
        for key, view in self.work.objects.items():
            if view.kind == "view" and view.name in self.tgt.tables:
                drops.setdefault(key, view)
        return list(drops.values())

    def _close_over_foreign_key_indexes(self, drops: dict[str, DbObject]) -> None:
        """A foreign key relying on an index that goes goes too (and comes back in post). And the
        index InnoDB created for a foreign key is replaced by a new one named after the constraint
        when a foreign key is added later: so the index a (re-)added foreign key should use is
        dropped too and re-created explicitly in post, before the foreign key."""
        grew = True
        while grew:
            grew = False
            gone_indexes = [o for o in drops.values() if o.kind == "index"]
            for key, fk in sorted(self.work.objects.items()):
                in_place = fk.kind == "foreign_key" and key not in drops and fk.table not in self.dropped
                if in_place and any(_serves(ix, fk) for ix in gone_indexes):
                    drops[key] = fk
                    grew = True
            added = [
                fk for k, fk in self.tgt.objects.items()
                if fk.kind == "foreign_key" and fk.table not in self.created and (k not in self.work.objects or k in drops)
            ]
            for fk in added:
                for key, ix in sorted(self.work.objects.items()):
                    if (
                        ix.kind == "index" and key not in drops and key in self.tgt.objects
                        and _serves_child(ix, fk) and _local(ix) != _local(fk)
                    ):
                        drops[key] = ix
                        grew = True

    def _forget_table_keep_fks(self, name: str) -> None:
        """Drop a table from the working model; foreign keys of it into other dropped tables are
        kept (they must be dropped explicitly first)."""
        self.work.tables.pop(name, None)
        for key in [k for k, o in self.work.objects.items() if o.table == name]:
            obj = self.work.objects[key]
            parent = obj.definition.get("references")
            if obj.kind == "foreign_key" and parent in self.dropped and parent != name:
                continue
            del self.work.objects[key]

    def _touches_dropped_column(self, obj: DbObject) -> bool:
        dropped = self.col_drops.get(str(obj.table), set())
        if not dropped:
            return False
        if obj.kind == "constraint":
            return any(t.kind == "ident" and t.value in dropped for t in tokenize(str(obj.definition["sql"])))
        cols = obj.definition.get("columns", [])
        return any(c in dropped for c in cols)

    def _fk_columns_change(self, fk: DbObject) -> bool:
        """A foreign key whose own or referenced columns change type or are re-created."""
        for table, cols in ((fk.table, fk.definition.get("columns", [])), (fk.definition.get("references"), fk.definition.get("ref_columns", []))):
            if table is None or table not in self.tgt.tables:
                continue
            if table in self.created:
                return True
            wt = self.work.tables.get(str(table))
            tt = self.tgt.tables[str(table)]
            for c in cols:
                if c in self.col_drops.get(str(table), set()):
                    return True
                wc, tc = (wt.column(c) if wt else None), tt.column(c)
                if wc is not None and tc is not None and _type_sig(wc) != _type_sig(tc):
                    return True
        return False

    def _trigger_groups_to_recreate(self, drops: dict[str, DbObject]) -> set[tuple[Any, Any, Any]]:
        groups: set[tuple[Any, Any, Any]] = set()
        for trig in self.tgt.objects.values():
            if trig.kind != "trigger":
                continue
            have = self.work.objects.get(trig.key)
            if have is None or trig.key in drops or trig.table in self.created:
                groups.add((trig.table, trig.definition.get("timing"), trig.definition.get("event")))
        return groups

    # == pre ===================================================================================
    def _emit_drops(self, drops: list[DbObject]) -> None:
        by_kind: dict[str, list[DbObject]] = {}
        for obj in drops:
            by_kind.setdefault(obj.kind, []).append(obj)
        for trig in _trigger_order(by_kind.get("trigger", [])):
            self.pre.append(_drop_object_sql(trig))
        views = {o.key: o for o in by_kind.get("view", [])}
        for key in reversed(_topo(views, lambda k: views[k].depends_on)):
            self.pre.append(_drop_object_sql(views[key]))
        for kind in ("event", "procedure", "function"):
            for obj in sorted(by_kind.get(kind, []), key=lambda o: o.name):
                self.pre.append(_drop_object_sql(obj))
        fks: dict[str, list[DbObject]] = {}
        for fk in by_kind.get("foreign_key", []):
            fks.setdefault(str(fk.table), []).append(fk)
        for table in sorted(fks):
            clauses = [_drop_clause(fk, self.mariadb) for fk in sorted(fks[table], key=lambda o: o.name)]
            self.pre.append(f"ALTER TABLE {qi(self._live_name(table))} {', '.join(clauses)}")
        for obj in drops:
            self.work.objects.pop(obj.key, None)
        # indexes and CHECKs are dropped inside each table's ALTER (see _alter_table)
        self.index_drops: dict[str, list[DbObject]] = {}
        for obj in by_kind.get("index", []) + by_kind.get("constraint", []):
            self.index_drops.setdefault(str(obj.table), []).append(obj)
        for seq in sorted(by_kind.get("sequence", []), key=lambda o: o.name):
            self.pre.append(_drop_object_sql(seq))

    def _live_name(self, table: str) -> str:
        """The name a working-model table has in the database before the renames run."""
        return next((c for c, t in self.renames.items() if t == table), table)

    def _emit_tables(self) -> None:
        for name in sorted(self.dropped):
            self.pre.append(f"DROP TABLE IF EXISTS {qi(name)}")
        for seq in sorted(self.tgt.objects_of("sequence"), key=lambda o: o.name):
            if seq.key not in self.work.objects:
                self.pre.extend(_create_routine_sql(seq, self.mariadb))
                self.work.add(copy.deepcopy(seq))
        self._emit_renames()
        for name in sorted(self.tgt.tables):
            if name in self.created:
                continue
            self._alter_table(self.work.tables[name], self.tgt.tables[name])
        for name in self.tgt.tables_in_dependency_order():
            if name in self.created:
                self._create_table(self.tgt.tables[name])

    def _emit_renames(self) -> None:
        if not self.renames:
            return
        pending = dict(self.renames)
        occupied = {n for n in self.cur.tables if n not in self.dropped}
        steps: list[tuple[str, str]] = []
        n = 0
        while pending:
            ready = sorted(s for s, d in pending.items() if d not in occupied)
            if ready:
                for src in ready:
                    steps.append((src, pending[src]))
                    occupied.discard(src)
                    occupied.add(pending.pop(src))
                continue
            src = sorted(pending)[0]  # a cycle: move one aside
            tmp = f"{TMP_PREFIX}{n}"
            n += 1
            steps.append((src, tmp))
            occupied.discard(src)
            occupied.add(tmp)
            pending[tmp] = pending.pop(src)
        ie = self.ie if n == 0 else ""  # with temporary names a re-run must not move tables again
        self.pre.append(f"RENAME TABLE{ie} " + ", ".join(f"{qi(a)} TO {qi(b)}" for a, b in steps))

    def _alter_table(self, wt: Table, tt: Table) -> None:
        name = tt.name
        clauses: list[str] = []
        options = _option_changes(wt.extra.get("options", {}), tt.extra.get("options", {}))
        clauses.extend(options)
        versioned = _system_versioned(wt), _system_versioned(tt)
        if versioned == (True, False):  # first, so the other clauses meet a plain table
            self.pre.append(f"ALTER TABLE {qi(name)} DROP SYSTEM VERSIONING")
        for obj in sorted(self.index_drops.get(name, []), key=lambda o: o.name):
            clauses.append(_drop_clause(obj, self.mariadb))
        pk_changes = wt.extra.get("primary_key") != tt.extra.get("primary_key")
        if pk_changes and self.mariadb:
            clauses.append("DROP INDEX IF EXISTS `PRIMARY`")  # re-runnable, with or without a key now
        elif pk_changes and wt.extra.get("primary_key"):
            clauses.append("DROP PRIMARY KEY")
        renames = self.col_renames.get(name, {})
        old_of = {new: old for old, new in renames.items()}
        drops = self.col_drops.get(name, set())
        for col in wt.columns:
            if col.name in drops:
                clauses.append(f"DROP COLUMN{self.ie} {qi(old_of.get(col.name, col.name))}")
        working = [c.name for c in wt.columns if c.name not in drops]
        wcols = {c.name: c for c in wt.columns if c.name not in drops}
        for i, tc in enumerate(tt.columns):
            pos = "FIRST" if i == 0 else f"AFTER {qi(tt.columns[i - 1].name)}"
            sql = _col_sql(tc, True)
            if tc.name not in wcols:
                clauses.append(f"ADD COLUMN{self.ine} {qi(tc.name)} {sql} {pos}")
                working.insert(i, tc.name)
                continue
            wc = wcols[tc.name]
            misplaced = working[i] != tc.name
            if tc.name in old_of:
                clauses.append(f"CHANGE COLUMN{self.ie} {qi(old_of[tc.name])} {qi(tc.name)} {sql} {pos}")
            elif misplaced or _sig(wc) != _sig(tc):
                clauses.append(f"MODIFY COLUMN{self.ie} {qi(tc.name)} {sql} {pos}")
            else:
                continue
            working.remove(tc.name)
            working.insert(i, tc.name)
        if pk_changes and tt.extra.get("primary_key"):
            clauses.append(f"ADD {tt.extra['primary_key']}")
        for obj in self._auto_increment_keys(wt, tt):
            clauses.append(_add_clause(obj, self.mariadb))
            self.work.add(copy.deepcopy(obj))
        if clauses:
            self.pre.append(f"ALTER TABLE {qi(name)} {', '.join(clauses)}")
        if versioned == (False, True):  # last: the table gets its history from its restored rows on
            self.pre.append(f"ALTER TABLE {qi(name)} ADD SYSTEM VERSIONING")
        if wt.extra.get("partition") != tt.extra.get("partition"):
            part = tt.extra.get("partition")
            self.pre.append(f"ALTER TABLE {qi(name)} {part}" if part else f"ALTER TABLE {qi(name)} REMOVE PARTITIONING")
        new = copy.deepcopy(tt)
        self.work.tables[name] = new

    def _auto_increment_keys(self, wt: Table, tt: Table) -> list[DbObject]:
        """Target indexes that an AUTO_INCREMENT column needs as its key (it must have one at all
        times), when the primary key does not start with it."""
        out: list[DbObject] = []
        for col in tt.columns:
            if col.identity != "autoincrement" or (tt.primary_key and tt.primary_key[0] == col.name):
                continue
            have = [
                o for o in self.work.objects.values()
                if o.kind == "index" and o.table == tt.name and (o.definition.get("columns") or [None])[0] == col.name
            ]
            if have:
                continue
            want = [
                o for o in self.tgt.objects.values()
                if o.kind == "index" and o.table == tt.name and (o.definition.get("columns") or [None])[0] == col.name
            ]
            out.extend(sorted(want, key=lambda o: o.name)[:1])
        return out

    def _create_table(self, tt: Table) -> None:
        lines = [f"  {qi(c.name)} {c.extra.get('sql') or c.type}" for c in tt.columns]
        if tt.extra.get("primary_key"):
            lines.append(f"  {tt.extra['primary_key']}")
        # indexes in the order the table had them (SHOW CREATE TABLE, dumps), else by name
        order = {f"{tt.name}.{k}": i for i, k in enumerate(tt.extra.get("key_order", []))}
        objs = sorted(
            (o for o in self.tgt.objects.values() if o.table == tt.name and o.kind in ("index", "constraint")),
            key=lambda o: (o.kind, order.get(o.name, len(order)), o.name),
        )
        lines.extend(f"  {o.definition['sql']}" for o in objs)
        lines.extend(f"  {item}" for item in tt.extra.get("other", []))
        options = " ".join(f"{k}={v}" for k, v in tt.extra.get("options", {}).items())
        flags = " ".join(tt.extra.get("flags", []))
        sql = f"CREATE TABLE IF NOT EXISTS {qi(tt.name)} (\n" + ",\n".join(lines) + f"\n) {options} {flags}".rstrip()
        if tt.extra.get("partition"):
            sql += "\n" + str(tt.extra["partition"])
        self.pre.append(sql)
        self.work.tables[tt.name] = copy.deepcopy(tt)
        for obj in objs:
            self.work.add(copy.deepcopy(obj))

    # == post ==================================================================================
    def _emit_post(self) -> None:
        missing = [o for k, o in sorted(self.tgt.objects.items()) if k not in self.work.objects]
        # the database's default charset and collation (a changed one was taken out by the drops);
        # without the object the target had the server's defaults
        self.post.extend(str(o.definition["sql"]) for o in missing if o.kind == "database")
        if "database:defaults" not in self.tgt.objects and "database:defaults" in self.cur.objects:
            self.post.append(str(self.cur.objects["database:defaults"].definition["reset_sql"]))
        by_table: dict[str, list[str]] = {}
        for obj in missing:
            if obj.kind in ("index", "constraint") and obj.table:
                by_table.setdefault(obj.table, []).append(_add_clause(obj, self.mariadb))
        for table in sorted(by_table):
            self.post.append(f"ALTER TABLE {qi(table)} {', '.join(by_table[table])}")
        by_table = {}
        for obj in missing:
            if obj.kind == "foreign_key" and obj.table:
                by_table.setdefault(obj.table, []).append(_add_clause(obj, self.mariadb))
        for table in sorted(by_table):
            self.post.append(f"ALTER TABLE {qi(table)} {', '.join(by_table[table])}")
        created: list[DbObject] = []
        save_at = len(self.post)
        for kind in ROUTINES:
            for obj in (o for o in missing if o.kind == kind):
                self.post.extend(_create_routine_sql(obj, self.mariadb))
                created.append(obj)
        views = {o.key: o for o in missing if o.kind == "view"}
        present = {t.lower() for t in self.work.tables} | {str(o.name).lower() for o in self.work.objects.values() if o.kind == "view"}
        for key in _topo(views, lambda k: views[k].depends_on):
            self.post.extend(_create_view_with_stand_ins(views[key], present))
            present.add(str(views[key].name).lower())
        for trig in _trigger_order(o for o in missing if o.kind == "trigger"):
            self.post.extend(_create_routine_sql(trig, self.mariadb))
            created.append(trig)
        for obj in (o for o in missing if o.kind == "event"):
            self.post.extend(_create_routine_sql(obj, self.mariadb))
            created.append(obj)
        self.post[save_at:save_at] = _mode_save(created, self.mariadb)
        self.post.extend(_mode_reset(created, self.mariadb))
        for obj in missing:
            self.work.add(copy.deepcopy(obj))


def _generated_name(local: str, table: str, kind: str) -> str | None:
    """The suffix of a constraint name the server generated from the table's name, if it is one."""
    suffix = {"foreign_key": "_ibfk_", "constraint": "_chk_"}.get(kind)
    if suffix and local.startswith(table + suffix) and local[len(table) + len(suffix) :].isdigit():
        return local[len(table) :]
    return None


def _serves_child(index: DbObject, fk: DbObject) -> bool:
    """The index is one the foreign key can use on its own table (its columns come first)."""
    cols = index.definition.get("columns") or []
    fk_cols = fk.definition.get("columns", [])
    return index.table == fk.table and bool(fk_cols) and cols[: len(fk_cols)] == fk_cols


def _serves(index: DbObject, fk: DbObject) -> bool:
    """The index can be what a foreign key uses, on its own table or on the referenced one."""
    cols = index.definition.get("columns") or []
    for table, fk_cols in ((fk.table, fk.definition.get("columns", [])), (fk.definition.get("references"), fk.definition.get("ref_columns", []))):
        if index.table == table and fk_cols and cols[: len(fk_cols)] == fk_cols:
            return True
    return False


def _local_of(name: str, table: str) -> str:
    return name[len(table) + 1 :] if name.startswith(table + ".") else name


def _subst_reference(line: str, mapping: dict[str, str], *, table: bool) -> str:
    """In a FOREIGN KEY line, rename the referenced table (table=True) or referenced columns."""
    tokens = tokenize(line)
    at = next((i for i, t in enumerate(tokens) if t.kind == "word" and t.text.upper() == "REFERENCES"), None)
    if at is None:
        return line
    if table:
        # the table name: the last identifier before the column list
        end = next((t.start for t in tokens[at + 1 :] if t.text == "("), len(line))
        return _subst(line, mapping, tokens[at].end, end)
    start = next((t.start for t in tokens[at + 1 :] if t.text == "("), len(line))
    close = next((t.end for t in tokens if t.start > start and t.text == ")"), len(line))
    return _subst(line, mapping, start, close)


def _subst_fk_columns(line: str, mapping: dict[str, str]) -> str:
    groups = _paren_groups(line)
    if not groups:
        return line
    return _subst(line, mapping, groups[0][0], groups[0][1])


def _compatible(src: Table, dst: Table) -> bool:
    """Same primary key, and one column set contains the other (renamed, then columns added or dropped)."""
    a = {c.name.lower() for c in src.columns}
    b = {c.name.lower() for c in dst.columns}
    same_pk = [k.lower() for k in src.primary_key] == [k.lower() for k in dst.primary_key]
    return same_pk and bool(a & b) and (a <= b or b <= a)


def _column_renames(cur: Table, tgt: Table) -> dict[str, str]:
    """Current column -> target column, for columns most likely renamed in place (two snapshots
    cannot say for sure): the old name is gone from the target and the new one is new, and either
    their definitions are equal (own name aside; equal candidates pair up in column order), or they
    stand at the same position with the same base type (CHANGE COLUMN old new with another size)."""
    tnames = set(tgt.column_names)
    cnames = set(cur.column_names)
    olds = [c for c in cur.columns if c.name not in tnames]
    news = [c for c in tgt.columns if c.name not in cnames]
    out: dict[str, str] = {}
    used: set[str] = set()
    for old in olds:
        sig = _norm_sig(old)
        for new in news:
            if new.name not in used and _norm_sig(new) == sig:
                out[old.name] = new.name
                used.add(new.name)
                break
    for old in olds:
        if old.name in out:
            continue
        at = cur.column_names.index(old.name)
        new_col = tgt.columns[at] if at < len(tgt.columns) else None
        if (
            new_col is not None
            and new_col.name not in cnames
            and new_col.name not in used
            and _base_word(old) == _base_word(new_col)
            and not _must_recreate(old, new_col)
        ):
            out[old.name] = new_col.name
            used.add(new_col.name)
    return out


def _base_word(col: Column) -> str:
    return re.split(r"[\s(]", col.type.lower(), maxsplit=1)[0]


def _system_versioned(table: Table) -> bool:
    """A MariaDB system-versioned table (`WITH SYSTEM VERSIONING` among its option flags)."""
    return any("SYSTEM VERSIONING" in f.upper() for f in table.extra.get("flags", []))


def _option_changes(have: dict[str, str], want: dict[str, str]) -> list[str]:
    out: list[str] = []
    for key in sorted(set(have) | set(want)):
        if have.get(key) == want.get(key):
            continue
        if key in want:
            out.append(f"{key}={want[key]}")
        elif key in _OPTION_RESET:
            out.append(f"{key}={_OPTION_RESET[key]}")
    return out

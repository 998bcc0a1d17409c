"""PostgreSQL capture strategies beyond a plain copy.

rows: while one statement runs, statement-level AFTER triggers with transition tables append the
    old image of every row it updates or deletes, and the key and a hash of every row it leaves, to a
    capture table. Only the affected rows are written; DML inside functions, DO blocks, trigger
    cascades and foreign-key actions is caught the same way.
quarantine: DROP TABLE moves the table into a private schema; DROP COLUMN renames the column to a
    private name. Both are O(1), keep column order, and are undone by moving or renaming back.
marker: with the first DROP COLUMN quarantine of a table in a migration, the table gets one more
    hidden column, `_rollback_q<point>_` (`marker_column_name`), `bigint` without a default (the
    rows there read NULL: no row is written), then `SET DEFAULT nextval(<sequence>)`, a sequence of
    its own in schema `rollback` (`marker_sequence_name`, USAGE granted to PUBLIC: a default is
    evaluated with the inserting role's rights), so each row inserted afterwards draws a number.
    When the migration finishes, the sequence's position is recorded (rows the migration itself
    inserted are at or below it). A rollback reads the sequence first: unmoved, no row was
    inserted since, and nothing is scanned; moved, the rows with a marker above the position are
    counted (one scan). Rolling back drops the marker column (O(1)) and the sequence; so does prune.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.schema import Column, SchemaModel, Table
from .base import Live, Replay

CAPTURE_SETUP = [
    "CREATE SEQUENCE IF NOT EXISTS rollback.capture_firing",
    "CREATE TABLE IF NOT EXISTS rollback.capture_firings (capture text NOT NULL, firing bigint NOT NULL, op text NOT NULL, "
    "written bigint, had_old bigint)",
    # journals made before the firings counted their rows
    "ALTER TABLE rollback.capture_firings ADD COLUMN IF NOT EXISTS written bigint, ADD COLUMN IF NOT EXISTS had_old bigint",
    # One firing = one statement (also each statement inside a function or DO block): its rows get
    # one sequence number, so ordering needs no per-row counter. TG_ARGV[0] writes the capture rows.
    # Each firing records how many it wrote and how many of them hold an old image (kind 'o', 'u'
    # or 'r': every row of a DELETE's or a replayed UPDATE's, none of an INSERT's; unknown for the
    # UPDATE whose pairing join mixes kinds), so the counts need no scan of the capture (rows_counted).
    # jit off: the planner cannot estimate transition tables and would spend more compiling the
    # capture's INSERT than running it
    """CREATE OR REPLACE FUNCTION rollback.capture_rows() RETURNS trigger
LANGUAGE plpgsql SET jit = off AS $rb$
DECLARE
    firing bigint := nextval('rollback.capture_firing');
    written bigint;
BEGIN
    IF TG_NARGS > 2 THEN
        -- a replayed UPDATE (rows_capture_triggers): should its SET list fail on the old rows, the
        -- old images are kept without the hash of what the statement left (each such row is a
        -- conflict when rolling back) rather than failing the migration
        BEGIN
            EXECUTE replace(TG_ARGV[0], '$firing', firing::text);
            GET DIAGNOSTICS written = ROW_COUNT;
        EXCEPTION WHEN OTHERS THEN
            EXECUTE replace(TG_ARGV[2], '$firing', firing::text);
            GET DIAGNOSTICS written = ROW_COUNT;
        END;
    ELSE
        EXECUTE replace(TG_ARGV[0], '$firing', firing::text);
        GET DIAGNOSTICS written = ROW_COUNT;
    END IF;
    INSERT INTO rollback.capture_firings (capture, firing, op, written, had_old) VALUES (TG_ARGV[1], firing, TG_OP, written,
        CASE WHEN TG_OP = 'DELETE' OR TG_NARGS > 2 THEN written WHEN TG_OP = 'INSERT' THEN 0 END);
    RETURN NULL;
END
$rb$""",
    # Capture triggers fire under session_replication_role = replica too (ordinary triggers do
    # not), which takes ALTER TABLE ... ENABLE ALWAYS. That ALTER is refused while a cursor of this
    # session still reads the table (miniflux: DECLARE ... FOR UPDATE, FETCH, UPDATE ... WHERE
    # CURRENT OF); the trigger as created fires anyway unless the role is replica.
    """CREATE OR REPLACE FUNCTION rollback.capture_fire_always(tbl regclass, trg name) RETURNS void
LANGUAGE plpgsql AS $rb$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER %I', tbl, trg);
EXCEPTION WHEN object_in_use THEN
    IF current_setting('session_replication_role') = 'replica' THEN
        RAISE;
    END IF;
END
$rb$""",
]

TRIGGER_PREFIX = "_rollback_capture_"


def q(ident: str) -> str:
    return '"' + ident.replace('"', '""') + '"'


def lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def qualified(key: str) -> str:
    schema, _, name = key.partition(".")
    return f"{q(schema)}.{q(name)}"


def live_col(alias: str, name: str, live: Live) -> str:
    return f"{alias}.{q((live or {}).get(name, name))}" if alias else q((live or {}).get(name, name))


def user_type(type_name: str) -> bool:
    """Types outside pg_catalog come schema-qualified from introspection: enums, domains,
    composites. A capture stores them as text, so DROP TYPE ... CASCADE cannot take its columns."""
    return "." in type_name


def select_as(table: Table, live: Live, alias: str = "") -> str:
    """The table's columns read from the live table, named as in the model (user types as text)."""
    return ", ".join(
        f"{live_col(alias, c.name, live)}{'::text' if user_type(c.type) else ''} AS {q(c.name)}" for c in table.columns
    )


def from_capture(alias: str, table: Table, names: list[str]) -> str:
    """Captured columns cast back to the table's types (user types were stored as text)."""
    out = []
    for name in names:
        col = table.column(name)
        cast = f"::{col.type}" if col is not None and user_type(col.type) else ""
        out.append(f"{alias}.{q(name)}{cast}" if alias else f"{q(name)}{cast}")
    return ", ".join(out)


RECORD_HASH_LAYOUT = 3
"""The first rows layout whose `_rb_hash` is the record hash of row_hash (layouts 1 and 2: the hash of the row's text)."""

REPLAYED_KIND = "'r'"
"""The `_rb_kind` of a replayed UPDATE's capture rows whose `_rb_hash` is of the SET columns' new
values only (CaptureRecord.replayed names those columns): the statement left every other column as
the row's old image has it. Compared exactly (left_as_is), they need no hashing at all."""

_HASHED_AS_IS = frozenset({
    "smallint", "integer", "bigint", "oid", "boolean", '"char"', "name", "text", "character varying", "bytea", "uuid",
    "date", "time without time zone", "timestamp without time zone", "timestamp with time zone",
})
"""Built-in scalar types whose hash function tells apart every two values that read differently: the
record hash takes them as they are. Others go through their text, as record_out would show them:
numeric (1.0 = 1.00), interval ('1 day' = '24 hours'), floats (-0 = 0), jsonb, citext and
bpchar hash equal values that read differently, and json, xml, point, ... have no hash at all."""


def hashed_as_is(col: Column) -> bool:
    """The column's type (its modifiers aside) is in _HASHED_AS_IS, and its collation is the type's
    (a nondeterministic collation hashes 'Ada' and 'ada' alike). Arrays are not: their hash leaves
    out dimensions and bounds ('{1,2}' and '{{1,2}}' hash alike)."""
    base = re.sub(r"\([^)]*\)", "", col.type).strip()
    return " ".join(base.split()) in _HASHED_AS_IS and not col.extra.get("collation")


def row_hash(alias: str, table: Table, live: Live = None, layout: int = RECORD_HASH_LAYOUT) -> str:
    """A 64-bit hash of a row of the table, stored in `_rb_hash` when a statement leaves the row and
    compared with the row when rolling back (row_hash_of its columns)."""
    return row_hash_of([live_col(alias, c.name, live) for c in table.columns], table.columns, layout)


def row_hash_of(cols: list[str], columns: Sequence[Column], layout: int = RECORD_HASH_LAYOUT) -> str:
    """The row hash of `cols`, one expression per column of `columns`, in order. From layout 3
    (PostgreSQL 14+), hash_record_extended over the columns whose type hashes exactly, plus the text
    hash of the others as one more field: about a third of the cost of hashing the whole row's text,
    which formats every timestamp and number. Layouts 1 and 2 hash the row's text."""
    if layout < RECORD_HASH_LAYOUT:
        return f"hashtextextended(ROW({', '.join(cols)})::text, 0)"
    plain = [col for col, c in zip(cols, columns, strict=True) if hashed_as_is(c)]
    texted = [col for col, c in zip(cols, columns, strict=True) if not hashed_as_is(c)]
    if texted:
        plain.append(f"hashtextextended(ROW({', '.join(texted)})::text, 0)")
    # ROW() of one field is still a record; of none (no column) a constant
    return f"hash_record_extended(ROW({', '.join(plain)}), 0)" if plain else "0::bigint"


def rows_capture_create(table: Table, capture: str, key: list[str], live: Live = None) -> list[str]:
    """The capture table: the model's columns, then sequence, kind and hash of the after image."""
    return [
        f"CREATE TABLE {capture} AS SELECT {select_as(table, live)} FROM {qualified(table.name)} WITH NO DATA",
        f"ALTER TABLE {capture} ADD COLUMN _rb_seq bigint NOT NULL DEFAULT 0, ADD COLUMN _rb_kind \"char\" NOT NULL DEFAULT 'o', "
        "ADD COLUMN _rb_hash bigint",
    ]


_FK_UPDATES = re.compile(r"\bON\s+DELETE\s+SET\s+(NULL|DEFAULT)\b|\bON\s+UPDATE\s+(CASCADE|SET\s+(NULL|DEFAULT))\b", re.I)


def updated_twice_per_firing(model: SchemaModel, table: str) -> bool:
    """Whether one firing of an AFTER UPDATE statement trigger on `table` may hold several versions
    of one row: the updates a statement makes and those of the referential actions it fires share
    their transition tables. So a foreign key of the table that updates it (ON DELETE SET NULL /
    SET DEFAULT, ON UPDATE CASCADE / SET ...) may rewrite a row already updated in the same firing:
    by a second such key (peertube's abuse reporter and flagged account: v0 and v1 in the old
    table, v1 and v2 in the new), by the statement itself when the key references its own table
    (ids renumbered cascade into the rows just moved), or by an UPDATE in a writable CTE beside the
    DELETE of the parent."""
    return any(o.kind == "foreign_key" and o.table == table and _FK_UPDATES.search(str(o.definition.get("sql", "")))
               for o in model.objects.values())


def rows_capture_triggers(table: Table, capture: str, key: list[str], live: Live = None,
                          layout: int = RECORD_HASH_LAYOUT, versions: bool = False,
                          replay: Replay | None = None, narrow: bool = False) -> tuple[list[str], list[str]]:
    """Statements installing the capture triggers for one statement, and removing them after.

    One capture row per key and firing: 'o' the old image of a row the statement removed, 'n' the
    key and hash of a row it created, 'u' both (the key was there before and after the statement).
    An UPDATE pairs its old and new rows by key, so an UPDATE writes one row per changed row. With
    `versions` (updated_twice_per_firing) a row may come several times in one firing: its first old
    and its last new version are paired (see _versions). With `replay` (replay_check_sql passed),
    an UPDATE's new rows are its old rows with the SET list applied: the trigger keeps the old rows
    only and hashes them with the SET list evaluated again, with neither the new rows' transition
    table nor the pairing join. With `narrow` too, kind 'r': the hash is of the SET columns' new
    values only, as the other columns are the old image's (see left_as_is; a third of the capture's
    cost at 8 columns, 1 set)."""
    cols = ", ".join(q(c.name) for c in table.columns)
    keys = ", ".join(q(k) for k in key)
    old_sql = f"INSERT INTO {capture} ({cols}, _rb_seq, _rb_kind) SELECT {select_as(table, live, 'o')}, $firing, 'o' FROM _rb_old o"
    new_keys = ", ".join(live_col("n", k, live) for k in key)
    new_sql = (
        f"INSERT INTO {capture} ({keys}, _rb_seq, _rb_kind, _rb_hash) "
        f"SELECT {new_keys}, $firing, 'n', {row_hash('n', table, live, layout)} FROM _rb_new n"
    )
    o_missing, n_missing = f"{live_col('o', key[0], live)} IS NULL", f"{live_col('n', key[0], live)} IS NULL"
    paired = []
    for c in table.columns:
        expr = live_col("o", c.name, live)
        if c.name in key:
            expr = f"COALESCE({expr}, {live_col('n', c.name, live)})"
        paired.append(f"{expr}{'::text' if user_type(c.type) else ''}")
    join = " AND ".join(f"{live_col('o', k, live)} = {live_col('n', k, live)}" for k in key)
    update_sql = (
        f"INSERT INTO {capture} ({cols}, _rb_seq, _rb_kind, _rb_hash) SELECT {', '.join(paired)}, $firing, "
        f"CASE WHEN {n_missing} THEN 'o' WHEN {o_missing} THEN 'n' ELSE 'u' END, "
        f"CASE WHEN {n_missing} THEN NULL ELSE {row_hash('n', table, live, layout)} END "
        f"FROM {_versions('_rb_old', False) if versions else '_rb_old'} o "
        f"FULL JOIN {_versions('_rb_new', True) if versions else '_rb_new'} n ON {join}"
    )
    update_refs, update_args = "REFERENCING OLD TABLE AS _rb_old NEW TABLE AS _rb_new", [update_sql]
    if replay is not None:
        alias, assigned = replay
        a = q(alias)
        hashed = [c for c in table.columns if c.name in assigned] if narrow else table.columns
        new_row = [f"CAST(({assigned[c.name]}) AS {c.type})" if c.name in assigned else f"{a}.{q(c.name)}" for c in hashed]
        head = (f"INSERT INTO {capture} ({cols}, _rb_seq, _rb_kind, _rb_hash) SELECT {select_as(table, None, a)}, $firing, "
                f"{REPLAYED_KIND if narrow else lit('u')}, ")
        update_refs = "REFERENCING OLD TABLE AS _rb_old"
        update_args = [f"{head}{row_hash_of(new_row, hashed, layout)} FROM _rb_old AS {a}", f"{head}NULL FROM _rb_old AS {a}"]
    t = qualified(table.name)
    install, remove = [], []
    for event, refs, args in (
        ("UPDATE", update_refs, update_args),
        ("DELETE", "REFERENCING OLD TABLE AS _rb_old", [old_sql]),
        ("INSERT", "REFERENCING NEW TABLE AS _rb_new", [new_sql]),
    ):
        name = q(TRIGGER_PREFIX + event.lower())
        install.append(
            f"CREATE TRIGGER {name} AFTER {event} ON {t} {refs} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION rollback.capture_rows({lit(args[0])}, {', '.join(lit(x) for x in [capture, *args[1:]])})"
        )
        install.append(f"SELECT rollback.capture_fire_always({lit(t)}::regclass, {lit(TRIGGER_PREFIX + event.lower())})")
        remove.append(f"DROP TRIGGER {name} ON {t}")
    return install, remove


def rows_capture_emptied(table: Table, capture: str, live: Live = None) -> str:
    """The statement keeping every row of `table` as an old image ('o', as the DELETE trigger of
    rows_capture_triggers would) in one firing of its own, counted in rollback.capture_firings as
    that trigger counts: run right before a TRUNCATE, which fires no row trigger."""
    cols = ", ".join(q(c.name) for c in table.columns)
    return (
        "WITH _rb_f AS (SELECT nextval('rollback.capture_firing') AS firing), "
        f"_rb_i AS (INSERT INTO {capture} ({cols}, _rb_seq, _rb_kind) SELECT {select_as(table, live, 'o')}, "
        f"(SELECT firing FROM _rb_f), 'o' FROM ONLY {qualified(table.name)} o RETURNING 1) "
        "INSERT INTO rollback.capture_firings (capture, firing, op, written, had_old) "
        f"SELECT {lit(capture)}, (SELECT firing FROM _rb_f), 'DELETE', count(*), count(*) FROM _rb_i"
    )


REPLAY_MIN_ROWS = 10_000
"""Below this many rows (estimated) a table's UPDATE is captured with both transition tables: the
check a replay needs first (replay_check_sql) would cost more than it saves."""


def replay_assignments(model: SchemaModel, table: Table, key: list[str], assignments: Sequence[tuple[str, str]]) -> dict[str, str] | None:
    """{column: expression} of an UPDATE whose new rows are exactly its old rows with the
    assignments applied, or None when something else may write them too: a trigger or rule on the
    table (or a partition) may rewrite NEW or update the rows again, a generated column is computed
    anew, a foreign key's action may update a row twice in one firing (updated_twice_per_firing),
    an assignment to a key column pairs old and new rows differently, an unknown column."""
    if any(c.generated for c in table.columns) or updated_twice_per_firing(model, table.name):
        return None
    family = set(model.descendants(table.name))
    if any(o.table in family for kind in ("trigger", "rule") for o in model.objects_of(kind)):
        return None
    assigned: dict[str, str] = {}
    for name, expr in assignments:
        col = table.column(name)
        if col is None or name in key or name in assigned or not col.writable:
            return None
        assigned[name] = expr
    return assigned


def replay_check_sql(table: Table, alias: str, assigned: dict[str, str]) -> tuple[str, str]:
    """A temporary table named like the statement's alias with the table's columns, and a statement
    that fails unless every assignment is an immutable expression of the row's own columns (no
    subquery, no volatile or stable function: evaluated again after the statement, it gives what
    the statement wrote). PostgreSQL checks exactly that for an index expression: one on that
    table. The caller runs them in a savepoint it rolls back."""
    exprs = ", ".join(f"((CAST(({e}) AS {c.type}) IS NULL))" for n, e in assigned.items() if (c := table.column(n)))
    return (
        f"CREATE TEMPORARY TABLE {q(alias)} (LIKE {qualified(table.name)})",
        f"CREATE INDEX ON pg_temp.{q(alias)} ({exprs}) WHERE false",
    )


REPLAY_VIEW = "_rollback_replay"

STABLE_NOT_REPLAYED = r"^(pg_|txid_)|to_xml|xmlschema|snapshot"
"""PostgreSQL's own stable functions that may give another value at the end of the statement than
while it ran: statistics and snapshots (pg_stat_get_*, pg_current_snapshot, txid_current_snapshot:
other transactions commit meanwhile, the statement's own counts grow) and the ones reading a whole
table or schema (table_to_xml, ...). Functions of the pg_ prefix are all left out, most being
system information."""


# In a stored query tree (nodeToString): the functions called, the operators, the types named, and
# what the check refuses outright.
_TREE_FUNCTIONS = r":(?:funcid|opfuncid) (\d+)"
_TREE_OPERATORS = r":opno (\d+)"
_TREE_TYPES = r":\w*type (\d+)"
_TREE_REFUSED = r":hasSubLinks true|\{(SUBLINK|ROWCOMPAREEXPR|MINMAXEXPR) "


def replay_stable_sql(table: Table, alias: str, assigned: dict[str, str]) -> tuple[str, str]:
    """For a SET list the immutability check (replay_check_sql) refuses: a temporary view of the
    assignments over its temporary table, and a query that is true when nothing in the view can
    give another value evaluated again by the statement trigger than while the statement ran.

    The query reads the view's stored query tree (dependencies on PostgreSQL's own functions are
    not recorded in pg_depend): every function it calls, operators through the functions behind
    them, and the input and output functions of every type it names (casts through text) must be
    immutable, or stable and PostgreSQL's own, outside STABLE_NOT_REPLAYED. That leaves functions
    of the transaction and the session's settings (now(), timestamptz arithmetic and formatting,
    to_char, current_setting): no statement runs between an UPDATE and its statement trigger to
    change either, and a function that could (set_config) is volatile. A user's stable function may
    read tables; so may a subquery, which may read the rows the statement changed: refused, as are
    row comparisons and GREATEST/LEAST (operators the tree does not name). Run in the caller's
    savepoint, after replay_check_sql's first statement."""
    a = q(alias)
    exprs = ", ".join(f"CAST(({e}) AS {c.type}) AS _rb_{i}" for i, (n, e) in enumerate(assigned.items()) if (c := table.column(n)))
    view = f"CREATE TEMPORARY VIEW {REPLAY_VIEW} AS SELECT {exprs} FROM pg_temp.{a} AS {a}"
    found = "SELECT m[1]::oid AS oid FROM tree, regexp_matches(tree.t, {0}, 'g') m"
    types = found.format(lit(_TREE_TYPES))
    check = (
        f"WITH tree AS (SELECT ev_action::text AS t FROM pg_rewrite WHERE ev_class = {lit('pg_temp.' + REPLAY_VIEW)}::regclass), "
        f"funcs AS ({found.format(lit(_TREE_FUNCTIONS))} "
        f"UNION SELECT oprcode FROM pg_operator WHERE oid IN ({found.format(lit(_TREE_OPERATORS))}) "
        f"UNION SELECT typinput FROM pg_type WHERE oid IN ({types}) UNION SELECT typoutput FROM pg_type WHERE oid IN ({types})) "
        f"SELECT tree.t !~ {lit(_TREE_REFUSED)} AND NOT EXISTS ("
        "SELECT 1 FROM funcs JOIN pg_proc p ON p.oid = funcs.oid WHERE p.provolatile <> 'i' AND (p.provolatile = 'v' "
        f"OR p.pronamespace <> 'pg_catalog'::regnamespace OR p.proname ~ {lit(STABLE_NOT_REPLAYED)})) FROM tree"
    )
    return view, check


def _versions(transition: str, last: bool) -> str:
    """The rows of an UPDATE transition table that are not versions written and rewritten within the
    firing. Both tables list the row updates in the order they were made (the i-th old row is the
    i-th new row's old version), so an old row equal to a new row written before it is an
    intermediate version (not there before the firing), and a new row equal to an old row after it
    was rewritten again (not there after): the first old and last new version of a row remain, even
    when its key changed on the way (an UPDATE of a key cascading to its own table)."""
    other, before = ("_rb_old", ">") if last else ("_rb_new", "<")
    numbered = "(SELECT v.*, v::text AS _rb_t, row_number() OVER () AS _rb_i FROM {0} v)"
    return (f"(SELECT * FROM {numbered.format(transition)} v WHERE NOT EXISTS (SELECT 1 FROM {numbered.format(other)} w "
            f"WHERE w._rb_t = v._rb_t AND w._rb_i {before} v._rb_i))")


CAPTURE_WORK_MEM = "64MB"
CAPTURE_SESSION = (
    ["SELECT set_config('rollback.work_mem', current_setting('work_mem'), true)", f"SET LOCAL work_mem = {lit(CAPTURE_WORK_MEM)}"],
    ["SELECT set_config('work_mem', current_setting('rollback.work_mem'), true)"],
)
"""Around a statement with row capture: the transition tables and the pairing join spill to disk
beyond work_mem, so it is raised for that statement and then put back to what the migration had."""


def own_rows(table: Table) -> str:
    """The table's own rows in a FROM / DELETE / UPDATE: ONLY a plain table (without it, a table
    with INHERITS children reads, deletes and updates theirs too: concourse's build_events); a
    partitioned table's rows are its partitions'."""
    t = qualified(table.name)
    return t if table.extra.get("partition_key") else f"ONLY {t}"


def _key_match(a: str, b: str, key: list[str], table: Table | None = None, live: Live = None) -> str:
    """a's key = b's key. With `table`, b is a capture (rows_by_key): its user-typed key columns
    (an enum in a composite key, a domain) hold text and are cast back (enum = text has no operator).
    `live`: a is the live table, its key columns maybe under other names (renamed since)."""
    if table is None:
        return " AND ".join(f"{a}.{q(k)} = {b}.{q(k)}" for k in key)
    return " AND ".join(f"{live_col(a, k, live)} = {from_capture(b, table, [k])}" for k in key)


def _left_name(name: str) -> str:
    """rows_by_key's name for a column of the last event's old image (kept beside the first's)."""
    return "_rb_l_" + name


def rows_by_key(table: Table, capture: str, key: list[str], firings: int | None = None, replayed: Sequence[str] = ()) -> str:
    """One row per key the migration touched: the old image (if the key existed before the
    migration), `_rb_had` (it did), `_rb_left` (the migration left a row under it) and `_rb_hash`
    (of that row). With one firing the capture has one row per key already; otherwise the first
    and last event per key are combined (at equal firing an old image comes first), and with
    `replayed` columns (REPLAYED_KIND) the last event's kind (`_rb_lkind`) and the old image of its
    other columns come along (`_left_name`)."""
    if firings == 1:
        return f"(SELECT *, _rb_kind <> 'n' AS _rb_had, _rb_kind <> 'o' AS _rb_left FROM {capture})"
    keys = ", ".join(q(k) for k in key)
    cols = ", ".join(f"f.{q(c.name)}" for c in table.columns)
    rest = [c.name for c in table.columns if c.name not in replayed] if replayed else []
    last_rest = "".join(f", {q(name)}" for name in rest if name not in key)
    more = "".join([", l._rb_kind AS _rb_lkind" if replayed else "", *(f", l.{q(name)} AS {q(_left_name(name))}" for name in rest)])
    first = f"SELECT DISTINCT ON ({keys}) * FROM {capture} ORDER BY {keys}, _rb_seq, _rb_kind DESC"
    last = f"SELECT DISTINCT ON ({keys}) {keys}, _rb_kind, _rb_hash{last_rest} FROM {capture} ORDER BY {keys}, _rb_seq DESC, _rb_kind"
    return (
        f"(SELECT {cols}, f._rb_kind <> 'n' AS _rb_had, l._rb_kind <> 'o' AS _rb_left, l._rb_hash{more} "
        f"FROM ({first}) f JOIN ({last}) l ON {_key_match('f', 'l', key)})"
    )


def _exactly(expr: str, col: Column) -> str:
    """`expr` (a value of column `col`, or the capture's text of a user type) in a form whose
    equality tells apart every two values that read differently, as row_hash does: as it is for
    the types it hashes as they are, else its text under a bytewise collation."""
    return expr if hashed_as_is(col) else f'({expr})::text COLLATE "C"'


def left_as_is(table: Table, live: Live, layout: int, firings: int | None = None, replayed: Sequence[str] = ()) -> str:
    """Condition on s (rows_by_key) and t (the current row): t is the row the migration left, by
    the hash of it the capture holds; for a replayed UPDATE's rows (REPLAYED_KIND), by the hash of
    the `replayed` columns and the others compared exactly with the old image the row was left with."""
    full = f"{row_hash('t', table, live, layout)} = s._rb_hash"
    if not replayed:
        return full
    hashed = [c for c in table.columns if c.name in replayed]
    rest = [c for c in table.columns if c.name not in replayed]
    narrow = f"{row_hash_of([live_col('t', c.name, live) for c in hashed], hashed, layout)} = s._rb_hash"
    if rest:
        now = ", ".join(_exactly(live_col("t", c.name, live), c) for c in rest)
        then = ", ".join(_exactly(f"s.{q(c.name if firings == 1 else _left_name(c.name))}", c) for c in rest)
        narrow = f"ROW({now}) IS NOT DISTINCT FROM ROW({then}) AND {narrow}"
    kind = "s._rb_kind" if firings == 1 else "s._rb_lkind"
    return f"CASE WHEN {kind} = {REPLAYED_KIND} THEN {narrow} ELSE {full} END"


def _as_left(table: Table, layout: int, firings: int | None, replayed: Sequence[str]) -> str:
    """Condition on s (rows_by_key) and t (the current row, its columns back under their own names):
    the row is still what the migration left."""
    return f"(s._rb_left AND {left_as_is(table, None, layout, firings, replayed)})"


def _conflicted(table: Table, key: list[str], live: Live, layout: int, firings: int | None, replayed: Sequence[str]) -> str:
    """Condition on s (rows_by_key) left-joined to t (current row): changed since the migration."""
    return (
        f"((s._rb_left AND ({live_col('t', key[0], live)} IS NULL OR NOT ({left_as_is(table, live, layout, firings, replayed)}))) "
        f"OR (NOT s._rb_left AND {live_col('t', key[0], live)} IS NOT NULL))"
    )


def rows_conflict_sql(table: Table, capture: str, key: list[str], live: Live = None, firings: int | None = None,
                      layout: int = RECORD_HASH_LAYOUT, replayed: Sequence[str] = ()) -> str:
    """Count the keys whose current row is not what the migration left (changed, deleted or
    re-inserted since)."""
    return (
        f"SELECT count(*) FROM {rows_by_key(table, capture, key, firings, replayed)} s LEFT JOIN {own_rows(table)} t "
        f"ON {_key_match('t', 's', key, table, live)} WHERE {_conflicted(table, key, live, layout, firings, replayed)}"
    )


def unique_clash_sql(table: Table, capture: str, key: list[str], uniques: list[list[str]], mode: str,
                     firings: int | None = None, layout: int = RECORD_HASH_LAYOUT, replayed: Sequence[str] = ()) -> str:
    """Count the old images rows_restore_sql puts back (under `mode`) whose values under one of
    `uniques` (column lists of unique keys besides the row key) a row it leaves in place holds now:
    rows written since took them, and the restore would stop on the unique key."""
    force = "true" if mode == "restore-old" else "false"
    own = own_rows(table)
    acted = (f"SELECT s.* FROM {rows_by_key(table, capture, key, firings, replayed)} s LEFT JOIN {own} t "
             f"ON {_key_match('t', 's', key, table)} WHERE {force} OR NOT {_conflicted(table, key, None, layout, firings, replayed)}")
    same = " OR ".join("(" + " AND ".join(f"r.{q(c)} = {from_capture('i', table, [c])}" for c in cols) + ")" for cols in uniques)
    return (
        f"WITH _rb_acted AS MATERIALIZED ({acted}) SELECT count(*) FROM _rb_acted i WHERE i._rb_had "
        f"AND EXISTS (SELECT 1 FROM {own} r WHERE ({same}) "
        f"AND NOT EXISTS (SELECT 1 FROM _rb_acted x WHERE {_key_match('r', 'x', key, table)}))"
    )


def counting_column(table: Table) -> str | None:
    """A column an UPDATE may set to itself (so a table of key columns only can count its keys)."""
    return next((c.name for c in table.columns if c.writable and c.identity != "always"), None)


def rows_restore_counted(table: Table, key: list[str], firings: int | None) -> bool:
    """The restore statements' row counts add up to the capture's row count when nothing conflicts.
    Not for a partitioned table: the reverse may drop a partition the migration added (and the rows
    it inserted there) before the restore runs, which would count them as changed since."""
    return firings == 1 and counting_column(table) is not None and not table.extra.get("partition_key")


RESTORE_MODE = "rollback.on_conflict"
"""Session setting read by the restore statements: 'restore-old' puts every old row back; anything
else restores only the keys whose rows are still what the migration left."""


def restore_mode_sql(mode: str) -> list[str]:
    """The session mode for the guarded restores; JIT off, as compiling costs these short key-lookup
    statements more than it saves."""
    return [f"SET LOCAL {RESTORE_MODE} = {lit(mode)}", "SET LOCAL jit = off"]


def unique_beyond_key(models: Sequence[SchemaModel], table: str, key: list[str]) -> bool:
    """Whether a unique index, unique constraint or exclusion constraint of `table` (in any of
    `models`) could see two rows collide while their non-key columns are put back one row at a
    time: one on a non-key column (or an expression, or partial) that does not cover the key.
    PostgreSQL checks a non-deferrable one row by row, so rows that traded values (goalert's
    positions renumbered through a parking value) cannot be restored by one UPDATE."""
    for model in models:
        for obj in model.objects.values():
            if obj.table != table:
                continue
            d = obj.definition
            if obj.kind == "constraint" and d.get("type") == "exclusion":
                return True
            unique = (obj.kind == "constraint" and d.get("type") == "unique") or (
                obj.kind == "index" and str(d.get("sql", "")).upper().startswith("CREATE UNIQUE")
            )
            if not unique:
                continue
            cols = d.get("unique_columns")
            if not cols:  # expression or partial unique index
                return True
            if not set(key) <= set(cols) and not set(cols) <= set(key):
                return True
    return False


def rows_restore_sql(table: Table, capture: str, key: list[str], firings: int | None = None,
                     swap_safe: bool = False, layout: int = RECORD_HASH_LAYOUT, replayed: Sequence[str] = ()) -> list[str]:
    """Put every key the migration touched back as it was before its first event: the old image if
    it had one, gone otherwise. A key whose row changed since the migration is left alone unless
    the session's rollback.on_conflict is 'restore-old'. With one firing, every key the capture
    holds is either restored or left alone, so the statements' row counts add up to the capture's
    row count exactly when nothing conflicts.

    `swap_safe` (unique_beyond_key): rows that still exist are put back by deleting them all and
    inserting their old images in one statement (the INSERT waits for the whole DELETE: the
    one-time filter reads the CTE to its end first), so no row meets another's old values half-way.
    The guards (restore_guards) have set foreign keys and user triggers aside by then."""
    t = qualified(table.name)
    src = rows_by_key(table, capture, key, firings, replayed)
    force = f"current_setting({lit(RESTORE_MODE)}, true) = 'restore-old'"
    cols = [c for c in table.columns if c.writable]
    names = ", ".join(q(c.name) for c in cols)
    overriding = " OVERRIDING SYSTEM VALUE" if any(c.identity == "always" for c in cols) else ""
    guard = f"({force} OR {_as_left(table, layout, firings, replayed)})"
    own = own_rows(table)
    out = [f"DELETE FROM {own} t USING {src} s WHERE {_key_match('t', 's', key, table)} AND NOT s._rb_had AND {guard}"]
    out += _lookup_plan(capture, t)
    setcols = [c for c in cols if c.name not in key]
    clause = None
    if setcols:
        lhs = ", ".join(q(c.name) for c in setcols)
        rhs = from_capture("s", table, [c.name for c in setcols])
        clause = f"({lhs}) = ROW({rhs})" if len(setcols) > 1 else f"{lhs} = {rhs}"
    elif (noop := counting_column(table)) is not None:  # nothing to set: still count the keys left as they were
        clause = f"{q(noop)} = t.{q(noop)}"
    if setcols and swap_safe:
        back = ", ".join(f"{from_capture('s', table, [c.name])} AS {q(c.name)}" for c in cols)
        out.append(
            f"WITH _rb_gone AS (DELETE FROM {own} t USING {src} s WHERE {_key_match('t', 's', key, table)} AND s._rb_had AND {guard} "
            f"RETURNING {back}) INSERT INTO {t} ({names}){overriding} SELECT {names} FROM _rb_gone "
            "WHERE (SELECT count(*) FROM _rb_gone) >= 0"
        )
    elif clause is not None:
        out.append(f"UPDATE {own} t SET {clause} FROM {src} s WHERE {_key_match('t', 's', key, table)} AND s._rb_had AND {guard}")
    out += ["RESET enable_hashjoin", "RESET enable_mergejoin"]
    out.append(
        f"INSERT INTO {t} ({names}){overriding} SELECT {from_capture('s', table, [c.name for c in cols])} FROM {src} s "
        f"WHERE s._rb_had AND ({force} OR NOT s._rb_left) AND NOT EXISTS (SELECT 1 FROM {own} t WHERE {_key_match('t', 's', key, table)})"
    )
    return out


def _lookup_plan(capture: str, table_sql: str) -> list[str]:
    """When the capture holds a small part of the table, have the restore look its keys up through
    the key's index instead of scanning and hashing the whole table (the planner cannot know the
    keys come in the order the statement wrote them, so it overprices the lookups). In effect until
    the RESET after the UPDATE."""
    return [
        f"DO $rb$ BEGIN IF (SELECT count(*) FROM {capture}) * 4 < (SELECT reltuples FROM pg_class "
        f"WHERE oid = {lit(table_sql)}::regclass) THEN SET LOCAL enable_hashjoin = off; "
        f"SET LOCAL enable_mergejoin = off; END IF; END $rb$"
    ]


def quarantine_schema(point: int) -> str:
    return f"_rollback_q{point}"


def quarantine_column_name(point: int, column: str) -> str:
    return f"_rollback_q{point}_{column}"[:63]


def marker_column_name(point: int) -> str:
    """The column numbering the rows inserted after point's DROP COLUMN quarantine of a table:
    `_rollback_q<point>_`, the hidden name of no column (a column name is never empty)."""
    return quarantine_column_name(point, "")


def marker_sequence_name(point: int, n: int) -> str:
    """The sequence of the n-th table point's migration marks: `rollback.q<point>_marker_<n>`."""
    return f"rollback.q{point}_marker_{n}"


def marker_sql(table_sql: str, marker: str, sequence: str) -> list[str]:
    """The marker's statements, all O(1): its sequence (anyone may draw from it: the default runs
    with the inserting role's rights), the column added without a default (NULL in the rows there,
    nothing written), then its default for the rows to come."""
    return [
        f"CREATE SEQUENCE {sequence}",
        f"GRANT USAGE ON SEQUENCE {sequence} TO PUBLIC",
        f"ALTER TABLE {table_sql} ADD COLUMN {q(marker)} bigint",
        f"ALTER TABLE {table_sql} ALTER COLUMN {q(marker)} SET DEFAULT nextval({lit(sequence)})",
    ]


def marker_drop_sql(table_sql: str, marker: str, sequence: str | None) -> list[str]:
    """Drop a marker column, then its sequence. CASCADE: the marker of a table the migration renamed
    afterwards is dropped with the table, by the reverse's later steps; its default goes here."""
    out = [f"ALTER TABLE IF EXISTS {table_sql} DROP COLUMN IF EXISTS {q(marker)}"]
    return [*out, f"DROP SEQUENCE IF EXISTS {sequence} CASCADE"] if sequence else out


def marker_position_sql(sequence: str) -> str:
    return f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {sequence}"

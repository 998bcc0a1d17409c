"""PostgreSQL capture strategies beyond a plain copy.

rows: while one statement runs, statement-level AFTER triggers with transition tables append the
    old image of every row it updates or deletes, and the key and a hash of every row it leaves, to a
    capture table. Only the affected rows are written; DML inside functions, DO blocks, trigger
    cascades and foreign-key actions is caught the same way.
quarantine: DROP TABLE moves the table into a private schema; DROP COLUMN renames the column to a
    private name. Both are O(1), keep column order, and are undone by moving or renaming back.
"""

from __future__ import annotations

from ..model.schema import Table

CAPTURE_SETUP = [
    "CREATE SEQUENCE IF NOT EXISTS rollback.capture_firing",
    "CREATE TABLE IF NOT EXISTS rollback.capture_firings (capture text NOT NULL, firing bigint NOT NULL, op text NOT NULL)",
    # One firing = one statement (also each statement inside a function or DO block): its rows get
    # one sequence number, so ordering needs no per-row counter.
    """CREATE OR REPLACE FUNCTION rollback.capture_rows() RETURNS trigger
LANGUAGE plpgsql AS $rb$
DECLARE
    firing bigint := nextval('rollback.capture_firing');
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN EXECUTE replace(TG_ARGV[0], '$firing', firing::text); END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN EXECUTE replace(TG_ARGV[1], '$firing', firing::text); END IF;
    INSERT INTO rollback.capture_firings VALUES (TG_ARGV[2], firing, TG_OP);
    RETURN NULL;
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


Live = dict[str, str] | None
"""Model column name -> the name it has in the live table now (a column quarantined earlier in the
same migration is hidden under another name)."""


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


def row_hash(alias: str, table: Table, live: Live = None) -> str:
    cols = ", ".join(live_col(alias, c.name, live) for c in table.columns)
    return f"hashtextextended(ROW({cols})::text, 0)"


def rows_capture_create(table: Table, capture: str, key: list[str], live: Live = None) -> list[str]:
    """The capture table: the model's columns, then sequence, kind and hash of the after image."""
    return [
        f"CREATE TABLE {capture} AS SELECT {select_as(table, live)} FROM {qualified(table.name)} WITH NO DATA",
        f"ALTER TABLE {capture} ADD COLUMN _rb_seq bigint NOT NULL DEFAULT 0, ADD COLUMN _rb_kind \"char\" NOT NULL DEFAULT 'o', "
        "ADD COLUMN _rb_hash bigint",
    ]


def rows_capture_triggers(table: Table, capture: str, key: list[str], live: Live = None) -> tuple[list[str], list[str]]:
    """Statements installing the capture triggers for one statement, and removing them after."""
    cols = ", ".join(q(c.name) for c in table.columns)
    keys = ", ".join(q(k) for k in key)
    old_sql = f"INSERT INTO {capture} ({cols}, _rb_seq, _rb_kind) SELECT {select_as(table, live, 'o')}, $firing, 'o' FROM _rb_old o"
    new_keys = ", ".join(live_col("n", k, live) for k in key)
    new_sql = (
        f"INSERT INTO {capture} ({keys}, _rb_seq, _rb_kind, _rb_hash) "
        f"SELECT {new_keys}, $firing, 'n', {row_hash('n', table, live)} FROM _rb_new n"
    )
    t = qualified(table.name)
    install, remove = [], []
    for event, refs in (
        ("UPDATE", "REFERENCING OLD TABLE AS _rb_old NEW TABLE AS _rb_new"),
        ("DELETE", "REFERENCING OLD TABLE AS _rb_old"),
        ("INSERT", "REFERENCING NEW TABLE AS _rb_new"),
    ):
        name = q(TRIGGER_PREFIX + event.lower())
        install.append(
            f"CREATE TRIGGER {name} AFTER {event} ON {t} {refs} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION rollback.capture_rows({lit(old_sql)}, {lit(new_sql)}, {lit(capture)})"
        )
        remove.append(f"DROP TRIGGER {name} ON {t}")
    return install, remove


def _key_match(a: str, b: str, key: list[str]) -> str:
    return " AND ".join(f"{a}.{q(k)} = {b}.{q(k)}" for k in key)


def rows_last_state(capture: str, key: list[str], firings: int | None = None) -> str:
    """Per key, the last thing the migration did to it: 'n' (left this row, with its hash) or 'o'
    (deleted it). One firing touches a key at most once per kind, so no sort is needed then."""
    keys = ", ".join(q(k) for k in key)
    if firings == 1:
        return (
            f"SELECT {keys}, _rb_kind, _rb_hash FROM {capture} c WHERE _rb_kind = 'n' OR NOT EXISTS "
            f"(SELECT 1 FROM {capture} n WHERE n._rb_kind = 'n' AND {_key_match('n', 'c', key)})"
        )
    return (
        f"SELECT DISTINCT ON ({keys}) {keys}, _rb_kind, _rb_hash FROM {capture} "
        f"ORDER BY {keys}, _rb_seq DESC, _rb_kind"
    )


def _conflicted(table: Table, key: list[str], live: Live) -> str:
    """Condition on l (last capture state per key) joined to t (current row): changed since."""
    return (
        f"((l._rb_kind = 'n' AND (t.{q(key[0])} IS NULL OR {row_hash('t', table, live)} <> l._rb_hash)) "
        f"OR (l._rb_kind = 'o' AND t.{q(key[0])} IS NOT NULL))"
    )


def rows_conflict_sql(table: Table, capture: str, key: list[str], live: Live = None, firings: int | None = None) -> str:
    """Count the keys whose current row is not what the migration left (changed, deleted or
    re-inserted since)."""
    t = qualified(table.name)
    return (
        f"SELECT count(*) FROM ({rows_last_state(capture, key, firings)}) l LEFT JOIN {t} t ON {_key_match('t', 'l', key)} "
        f"WHERE {_conflicted(table, key, live)}"
    )


def rows_forget_conflicts_sql(table: Table, capture: str, key: list[str], live: Live = None, firings: int | None = None) -> str:
    """Remove conflicting keys from the capture, so the restore keeps their current rows."""
    t = qualified(table.name)
    return (
        f"DELETE FROM {capture} c USING ({rows_last_state(capture, key, firings)}) l LEFT JOIN {t} t ON {_key_match('t', 'l', key)} "
        f"WHERE {_key_match('c', 'l', key)} AND {_conflicted(table, key, live)}"
    )


def rows_restore_sql(table: Table, capture: str, key: list[str], firings: int | None = None) -> list[str]:
    """Put every key the migration touched back as it was before its first event: the old image
    if that event was an update or delete ('o'), gone if it was an insert ('n')."""
    t = qualified(table.name)
    keys = ", ".join(q(k) for k in key)
    cols = [c for c in table.columns if c.writable]
    names = ", ".join(q(c.name) for c in cols)
    if firings == 1:  # one firing: a key has at most one 'o' (and one 'n'); 'o' is what it was
        first = f"(SELECT * FROM {capture} WHERE _rb_kind = 'o')"
        inserted = (
            f"(SELECT {keys} FROM {capture} n WHERE _rb_kind = 'n' AND NOT EXISTS "
            f"(SELECT 1 FROM {capture} o WHERE o._rb_kind = 'o' AND {_key_match('o', 'n', key)}))"
        )
    else:  # at equal firing, the old image ('o') comes before the new ('n')
        firsts = f"(SELECT DISTINCT ON ({keys}) * FROM {capture} ORDER BY {keys}, _rb_seq, _rb_kind DESC)"
        first = f"(SELECT * FROM {firsts} f WHERE _rb_kind = 'o')"
        inserted = f"(SELECT {keys} FROM {firsts} f WHERE _rb_kind = 'n')"
    overriding = " OVERRIDING SYSTEM VALUE" if any(c.identity == "always" for c in cols) else ""
    out = [f"DELETE FROM {t} t USING {inserted} x WHERE {_key_match('t', 'x', key)}"]
    setcols = [c for c in cols if c.name not in key]
    if setcols:
        lhs = ", ".join(q(c.name) for c in setcols)
        rhs = from_capture("o", table, [c.name for c in setcols])
        clause = f"({lhs}) = ROW({rhs})" if len(setcols) > 1 else f"{lhs} = {rhs}"
        out.append(f"UPDATE {t} t SET {clause} FROM {first} o WHERE {_key_match('t', 'o', key)}")
    out.append(
        f"INSERT INTO {t} ({names}){overriding} SELECT {from_capture('o', table, [c.name for c in cols])} FROM {first} o "
        f"WHERE NOT EXISTS (SELECT 1 FROM {t} t WHERE {_key_match('t', 'o', key)})"
    )
    return out


def quarantine_schema(point: int) -> str:
    return f"_rollback_q{point}"


def quarantine_column_name(point: int, column: str) -> str:
    return f"_rollback_q{point}_{column}"[:63]

"""MySQL/MariaDB introspection: the canonical schema model of the URL's database.

The server's own canonical texts are the source of truth: `SHOW CREATE TABLE` prints every column,
key and constraint of a table in a normalised form (one item per line), and `SHOW CREATE VIEW /
TRIGGER / PROCEDURE / FUNCTION / EVENT / SEQUENCE` print the rest. Those texts go into the model as
they are, minus what changes when an object is dropped and re-created (the `AUTO_INCREMENT=N` counter
of a table, the `DEFINER=` clause, the database name in front of local names), so that the reverse
differ can re-create an object exactly by running its text again. `information_schema` supplies the
structured facts that the rest of the tool reads (column types, nullability, keys, foreign key
columns and rules, trigger timing and order, the `sql_mode` objects were created under).

Keys: tables by plain name (within the URL's database); objects "<kind>:<name>" where the name is
"<table>.<name>" for table-scoped ones (index, foreign_key, constraint, trigger) and the plain name
for views, procedures, functions, events and sequences.

A column's `extra["sql"]` is its definition after the name exactly as SHOW CREATE TABLE prints it
(type, charset, NOT NULL, DEFAULT, AUTO_INCREMENT, generated expression, INVISIBLE, inline CHECK,
COMMENT); `extra["collation"]` is its absolute collation (the text omits the table default).
`depends_on` uses "table:<t>", "column:<t>.<c>", "view:<v>", "function:<f>", "procedure:<p>".

Internal objects are left out: tables, views, routines, triggers, events and sequences whose names
start with `_rollback` (the journal, captures and quarantined tables). Columns starting with
`_rollback` (set aside by a quarantine, INVISIBLE) stay in their table with `extra["hidden"]`: the
fingerprint and diffs skip them, a table the reverse re-creates keeps them. Indexes on them are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model.schema import Column, DbObject, SchemaModel, Table
from .base import Connection

INTERNAL_PREFIX = "_rollback"
GEOMETRY_TYPES = frozenset(
    {"geometry", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon",
     "geometrycollection", "geomcollection"}
)


def is_internal(name: str) -> bool:
    return name.lower().startswith(INTERNAL_PREFIX)


def qi(ident: str) -> str:
    """A backtick-quoted identifier."""
    return "`" + ident.replace("`", "``") + "`"


def lit(text: str) -> str:
    """A string literal that means the same under any sql_mode (no backslash escapes needed)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


# -- scanning SQL text --------------------------------------------------------------------------
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>--[^\n]*|\#[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.|'')*'?|"(?:[^"\\]|\\.|"")*"?)
  | (?P<ident>`(?:[^`]|``)*`?)
  | (?P<word>[A-Za-z_$0-9][A-Za-z_$0-9]*)
  | (?P<punct>.)
    """,
    re.DOTALL | re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    end: int

    @property
    def value(self) -> str:
        if self.kind == "ident":
            return self.text[1:-1].replace("``", "`")
        return self.text


def tokenize(sql: str) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(sql):
        kind = m.lastgroup or "punct"
        if kind not in ("space", "comment"):
            out.append(Token(kind, m.group(), m.start(), m.end()))
    return out


def split_items(body: str) -> list[str]:
    """The comma-separated items of a parenthesised list body (commas at depth 0 only)."""
    items: list[str] = []
    depth = 0
    start = 0
    for tok in tokenize(body):
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif tok.text == "," and depth == 0:
            items.append(body[start : tok.start].strip())
            start = tok.end
    last = body[start:].strip()
    if last:
        items.append(last)
    return [i for i in items if i]


def identifiers(sql: str) -> set[str]:
    """Lower-cased names a text mentions: backtick identifiers and bare words."""
    return {t.value.lower() for t in tokenize(sql) if t.kind in ("ident", "word")}


_DEFINER = re.compile(r"\s+DEFINER\s*=\s*(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|[^\s@]+)@(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|[^\s]+)", re.I)


def strip_database(sql: str, db: str) -> str:
    """A server-generated text without the current database in front of names (`db`.`t` -> `t`):
    MariaDB prints it in some places (invalid views, NEXTVAL defaults), and the model must not
    depend on the database's name."""
    out: list[str] = []
    pos = 0
    tokens = tokenize(sql)
    for i, tok in enumerate(tokens):
        if tok.kind == "ident" and tok.value == db and i + 1 < len(tokens) and tokens[i + 1].text == "." \
                and tokens[i + 1].start == tok.end:
            out.append(sql[pos : tok.start])
            pos = tokens[i + 1].end
    out.append(sql[pos:])
    return "".join(out)


def strip_definer(sql: str) -> str:
    """A CREATE text without its DEFINER clause (the definer is whoever re-creates the object)."""
    return _DEFINER.sub("", sql, count=1)


# -- CREATE TABLE text --------------------------------------------------------------------------
@dataclass
class TableText:
    columns: dict[str, str] = field(default_factory=dict)
    """Column name -> its definition after the name."""
    primary_key: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    """Index name -> the whole KEY line (UNIQUE KEY, KEY, FULLTEXT KEY, SPATIAL KEY)."""
    foreign_keys: dict[str, str] = field(default_factory=dict)
    checks: dict[str, str] = field(default_factory=dict)
    other: list[str] = field(default_factory=list)
    options: dict[str, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    """Table options without a value (WITH SYSTEM VERSIONING)."""
    partition: str | None = None


_OPTION = re.compile(
    r"(?P<key>(?:DEFAULT\s+)?`?[A-Za-z_]+`?)\s*=\s*(?P<val>'(?:[^'\\]|\\.|'')*'|[^\s]+)", re.S
)


def parse_create_table(sql: str) -> TableText:
    """Read a SHOW CREATE TABLE text into its items."""
    out = TableText()
    tokens = tokenize(sql)
    open_at = next((i for i, t in enumerate(tokens) if t.text == "("), None)
    if open_at is None:
        return out
    depth = 0
    close_at = len(tokens) - 1
    for i in range(open_at, len(tokens)):
        if tokens[i].text == "(":
            depth += 1
        elif tokens[i].text == ")":
            depth -= 1
            if depth == 0:
                close_at = i
                break
    body = sql[tokens[open_at].end : tokens[close_at].start]
    for item in split_items(body):
        _classify_item(item, out)
    tail = sql[tokens[close_at].end :]
    head, _, part = tail.strip("\n").partition("\n")
    partition = part.strip()
    if partition:
        out.partition = partition
    rest = head
    for m in _OPTION.finditer(head):
        key = re.sub(r"\s+", " ", m["key"].upper()).replace("`", "")
        if key == "AUTO_INCREMENT":
            pass
        else:
            out.options[key] = m["val"]
        rest = rest.replace(m.group(), " ", 1)
    flags = " ".join(rest.split())
    if flags:
        out.flags.append(flags)
    return out


def _classify_item(item: str, out: TableText) -> None:
    tokens = tokenize(item)
    if not tokens:
        return
    first = tokens[0]
    words = [t.text.upper() for t in tokens[:3]]
    if first.kind == "ident":
        out.columns[first.value] = item[first.end :].strip()
    elif words[:2] == ["PRIMARY", "KEY"]:
        out.primary_key = item
    elif words[0] == "KEY" or (words[0] in ("UNIQUE", "FULLTEXT", "SPATIAL", "VECTOR") and words[1] in ("KEY", "INDEX")):
        name_tok = next((t for t in tokens[1:] if t.kind == "ident"), None)
        if name_tok is not None:
            out.keys[name_tok.value] = item
        else:
            out.other.append(item)
    elif words[0] == "CONSTRAINT" and len(tokens) > 2:
        name = tokens[1].value
        kind = tokens[2].text.upper()
        if kind == "FOREIGN":
            out.foreign_keys[name] = item
        elif kind == "CHECK":
            out.checks[name] = item
        else:
            out.other.append(item)
    else:
        out.other.append(item)


# -- introspection ------------------------------------------------------------------------------
def introspect_mysql(conn: Connection) -> SchemaModel:
    """The user's schema of the connection's current database."""
    model = SchemaModel(dialect="mysql")
    db = str(conn.scalar("SELECT DATABASE()"))
    kinds = {
        str(name): str(kind)
        for name, kind in conn.query(
            "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = %s", (db,)
        )
        if not is_internal(str(name))
    }
    tables = sorted(n for n, k in kinds.items() if k not in ("VIEW", "SEQUENCE", "SYSTEM VIEW"))
    columns = _columns(conn, db)
    stats = _statistics(conn, db)
    fk_rows = _foreign_key_rows(conn, db)
    for name in tables:
        text = parse_create_table(strip_database(_show(conn, "TABLE", name, 1), db))
        _add_table(model, name, text, columns.get(name, []), stats.get(name, {}), fk_rows, db)
    for name in sorted(n for n, k in kinds.items() if k == "SEQUENCE"):
        sql = _show(conn, "SEQUENCE", name, 1)
        model.add(DbObject("sequence", name, None, {"sql": sql}, []))
    names = _known_names(model, kinds)
    routines = conn.query(
        "SELECT ROUTINE_NAME, ROUTINE_TYPE, SQL_MODE FROM information_schema.ROUTINES "
        "WHERE ROUTINE_SCHEMA = %s ORDER BY ROUTINE_TYPE, ROUTINE_NAME",
        (db,),
    )
    texts: list[tuple[str, str, str, str]] = []
    for name, rtype, mode in routines:
        if is_internal(str(name)):
            continue
        kind = str(rtype).lower()
        names.setdefault(str(name).lower(), f"{kind}:{name}")
        texts.append((kind, str(name), strip_definer(_show(conn, str(rtype), str(name), 2)), str(mode)))
    for kind, name, sql, mode in texts:
        key = f"{kind}:{name}"
        model.add(DbObject(kind, name, None, {"sql": sql, "sql_mode": mode}, _depends(sql, names, exclude=key)))
    for name in sorted(n for n, k in kinds.items() if k == "VIEW"):
        sql = strip_database(strip_definer(_show(conn, "VIEW", name, 1)), db).strip()
        model.add(DbObject("view", name, None, {"sql": sql}, _depends(sql, names, exclude=f"view:{name}")))
    _triggers(conn, db, model, names)
    _events(conn, db, model, names)
    _database_defaults(conn, db, model)
    return model


def _database_defaults(conn: Connection, db: str, model: SchemaModel) -> None:
    """The database's default character set and collation (what ALTER DATABASE changes, and what
    every later CREATE TABLE without its own charset inherits), when they differ from the server's:
    one object, `database:defaults`, whose sql puts them back and whose reset_sql gives the
    database the server's again. A database with the server's defaults has no such object, so
    points recorded before the object existed still compare equal there; one with other defaults
    shows it as a change against such points (a rollback past them is refused as a hand change)."""
    rows = conn.query(
        "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME, @@character_set_server, @@collation_server "
        "FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %s",
        (db,),
    )
    if not rows:
        return
    charset, collation, server_charset, server_collation = (str(v) for v in rows[0])
    if (charset, collation) == (server_charset, server_collation):
        return
    sql = f"ALTER DATABASE CHARACTER SET {charset} COLLATE {collation}"
    reset = f"ALTER DATABASE CHARACTER SET {server_charset} COLLATE {server_collation}"
    model.add(DbObject("database", "defaults", None,
                       {"sql": sql, "charset": charset, "collation": collation, "reset_sql": reset}, []))


def introspect_table(conn: Connection, actual: str, as_name: str) -> SchemaModel:
    """One table (its columns, keys and CHECKs; no foreign keys) as the model would hold it under
    another name: a quarantined table as it would be once moved back."""
    model = SchemaModel(dialect="mysql")
    db = str(conn.scalar("SELECT DATABASE()"))
    text = parse_create_table(strip_database(_show(conn, "TABLE", actual, 1), db))
    columns, stats = _columns(conn, db, actual), _statistics(conn, db, actual)
    _add_table(model, as_name, text, columns.get(actual, []), stats.get(actual, {}), {}, db)
    return model


def _show(conn: Connection, kind: str, name: str, column: int) -> str:
    rows = conn.query(f"SHOW CREATE {kind} {qi(name)}")
    value = rows[0][column] if rows else None
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("utf-8", "replace")
    return "" if value is None else str(value)


def _only(table: str | None) -> tuple[str, tuple[str, ...]]:
    """The WHERE clause's table filter and its parameter (none without a table)."""
    return (" AND TABLE_NAME = %s", (table,)) if table is not None else ("", ())


def _columns(conn: Connection, db: str, table: str | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Column rows per table (of `table` only, when given)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    where, params = _only(table)
    rows = conn.query(
        "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, "
        "GENERATION_EXPRESSION, COLLATION_NAME, COLUMN_COMMENT "
        f"FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %s{where} ORDER BY TABLE_NAME, ORDINAL_POSITION",
        (db, *params),
    )
    for row in rows:
        out.setdefault(str(row[0]), []).append(row)
    return out


@dataclass
class _IndexStats:
    unique: bool = False
    type: str = "BTREE"
    columns: list[str | None] = field(default_factory=list)


def _statistics(conn: Connection, db: str, table: str | None = None) -> dict[str, dict[str, _IndexStats]]:
    """Index columns per table and index (of `table` only, when given)."""
    out: dict[str, dict[str, _IndexStats]] = {}
    where, params = _only(table)
    rows = conn.query(
        "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, INDEX_TYPE FROM information_schema.STATISTICS "
        f"WHERE TABLE_SCHEMA = %s{where} ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
        (db, *params),
    )
    for table, index, non_unique, column, itype in rows:
        st = out.setdefault(str(table), {}).setdefault(str(index), _IndexStats())
        st.unique = not int(non_unique)
        st.type = str(itype)
        st.columns.append(None if column is None else str(column))
    return out


def _foreign_key_rows(conn: Connection, db: str) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    rows = conn.query(
        "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
        "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE "
        "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
        "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
        "AND r.TABLE_NAME = k.TABLE_NAME "
        "WHERE k.TABLE_SCHEMA = %s AND k.REFERENCED_TABLE_NAME IS NOT NULL "
        "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
        (db,),
    )
    for table, name, col, ref_schema, ref_table, ref_col, upd, dele in rows:
        d = out.setdefault(
            (str(table), str(name)),
            {
                "references": str(ref_table) if str(ref_schema) == db else f"{ref_schema}.{ref_table}",
                "columns": [],
                "ref_columns": [],
                "on_update": str(upd),
                "on_delete": str(dele),
            },
        )
        d["columns"].append(str(col))
        d["ref_columns"].append(str(ref_col))
    return out


def _add_table(
    model: SchemaModel,
    name: str,
    text: TableText,
    column_rows: list[tuple[Any, ...]],
    stats: dict[str, _IndexStats],
    fk_rows: dict[tuple[str, str], dict[str, Any]],
    db: str,
) -> None:
    cols: list[Column] = []
    hidden: set[str] = set()
    for _t, cname, ctype, nullable, default, extra, gen_expr, collation, comment in column_rows:
        cname = str(cname)
        if isinstance(default, str):
            default = strip_database(default, db)
        col = _column(cname, ctype, nullable, default, extra, gen_expr, collation, comment, text)
        if is_internal(cname):
            # A quarantined column: kept in the model, in its place, so that a table the reverse
            # re-creates keeps it; the fingerprint and diffs leave it out (SchemaModel.canonical).
            hidden.add(cname.lower())
            col.extra["hidden"] = True
        cols.append(col)
    pk_stats = stats.get("PRIMARY")
    table = Table(
        name=name,
        columns=cols,
        primary_key=[str(c) for c in pk_stats.columns if c] if pk_stats else [],
        extra={"options": dict(text.options)},
    )
    if text.primary_key:
        table.extra["primary_key"] = text.primary_key
    if text.partition:
        table.extra["partition"] = text.partition
    if text.flags:
        table.extra["flags"] = text.flags
    if text.other:
        table.extra["other"] = text.other
    model.add_table(table)
    tdep = f"table:{name}"

    def col_deps(names: Iterable[str | None]) -> list[str]:
        return [tdep, *sorted({f"column:{name}.{c}" for c in names if c})]

    key_order: list[str] = []
    for iname, line in text.keys.items():
        st = stats.get(iname, _IndexStats())
        if any(c is not None and c.lower() in hidden for c in st.columns):
            continue
        key_order.append(iname)
        definition: dict[str, Any] = {"sql": line, "columns": list(st.columns), "type": st.type}
        if st.unique and st.columns and all(c is not None for c in st.columns):
            definition["unique_columns"] = list(st.columns)
        model.add(DbObject("index", f"{name}.{iname}", name, definition, col_deps(st.columns)))
    if len(key_order) > 1:
        # the server lists keys by kind, then in creation order: a re-created table gets them in this order
        table.extra["key_order"] = key_order
    for fname, line in text.foreign_keys.items():
        fk = fk_rows.get((name, fname))
        definition = {"sql": line}
        deps = [tdep]
        if fk:
            definition.update(fk)
            deps = sorted({*col_deps(fk["columns"]), f"table:{fk['references']}"})
        model.add(DbObject("foreign_key", f"{name}.{fname}", name, definition, deps))
    col_names = {c.name.lower(): c.name for c in cols}
    for cname, line in text.checks.items():
        used = [col_names[w] for w in identifiers(line) if w in col_names]
        model.add(DbObject("constraint", f"{name}.{cname}", name, {"sql": line, "type": "check"}, col_deps(used)))


def _column(
    name: str,
    ctype: Any,
    nullable: Any,
    default: Any,
    extra: Any,
    gen_expr: Any,
    collation: Any,
    comment: Any,
    text: TableText,
) -> Column:
    extra_s = str(extra or "")
    low = extra_s.lower()
    generated = None
    if "virtual generated" in low or "stored generated" in low or (gen_expr and "default_generated" not in low):
        generated = str(gen_expr or "")
    default_s = None if default is None else str(default)
    if default_s == "NULL":  # MariaDB spells "no default" and "DEFAULT NULL" as NULL; strings are quoted
        default_s = None
    col = Column(
        name=name,
        type=str(ctype),
        nullable=str(nullable).upper() == "YES",
        default=default_s,
        generated=generated,
        identity="autoincrement" if "auto_increment" in low else None,
    )
    col.extra["sql"] = text.columns.get(name, "")
    if collation:
        col.extra["collation"] = str(collation)
    if "invisible" in low:
        col.extra["invisible"] = True
    if generated is not None:
        col.extra["storage"] = "stored" if "stored" in low else "virtual"
    if comment:
        col.extra["comment"] = str(comment)
    return col


def _known_names(model: SchemaModel, kinds: dict[str, str]) -> dict[str, str]:
    """Lower-cased name -> dependency key, for tables, views and routines."""
    out = {t.lower(): f"table:{t}" for t in model.tables}
    out.update({n.lower(): f"view:{n}" for n, k in kinds.items() if k == "VIEW"})
    return out


def _depends(sql: str, names: dict[str, str], exclude: str | None = None) -> list[str]:
    found = {names[w] for w in identifiers(sql) if w in names}
    found.discard(exclude or "")
    return sorted(found)


def _triggers(conn: Connection, db: str, model: SchemaModel, names: dict[str, str]) -> None:
    rows = conn.query(
        "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER, SQL_MODE "
        "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = %s ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER",
        (db,),
    )
    known = names
    for name, table, timing, event, order, mode in rows:
        name, table = str(name), str(table)
        if is_internal(name) or is_internal(table) or table not in model.tables:
            continue
        sql = strip_definer(_show(conn, "TRIGGER", name, 2))
        definition = {
            "sql": sql,
            "timing": str(timing),
            "event": str(event),
            "order": int(order),
            "sql_mode": str(mode),
        }
        deps = _depends(sql, known)
        if f"table:{table}" not in deps:
            deps.insert(0, f"table:{table}")
        model.add(DbObject("trigger", f"{table}.{name}", table, definition, deps))


def _events(conn: Connection, db: str, model: SchemaModel, names: dict[str, str]) -> None:
    try:
        rows = conn.query(
            "SELECT EVENT_NAME, SQL_MODE, TIME_ZONE FROM information_schema.EVENTS WHERE EVENT_SCHEMA = %s "
            "ORDER BY EVENT_NAME",
            (db,),
        )
    except Exception:  # pragma: no cover - event scheduler tables unreadable
        return
    for name, mode, tz in rows:
        if is_internal(str(name)):
            continue
        sql = strip_definer(_show(conn, "EVENT", str(name), 3))
        model.add(
            DbObject(
                "event",
                str(name),
                None,
                {"sql": sql, "sql_mode": str(mode), "time_zone": str(tz)},
                _depends(sql, names),
            )
        )

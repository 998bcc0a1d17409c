"""SQLite introspection: the canonical schema model, read from `sqlite_master` and the table PRAGMAs.

SQLite keeps the exact CREATE text of every table, index, view and trigger, so that text is the
source of truth: it goes into the model as is (`Table.extra["sql"]`, `definition["sql"]`) and the
reverse generator restores an object exactly by running it again. The columns, keys and
constraints that the rest of the tool reads are derived from the PRAGMAs, plus a small tokenizer
for what the PRAGMAs do not say (generated expressions, AUTOINCREMENT, WITHOUT ROWID, STRICT).

Internal objects are left out: names starting with `sqlite_` (SQLite's own) or `_rollback` (the
journal and captures), everything on those tables, and the shadow tables of virtual tables.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model.schema import Column, DbObject, SchemaModel, Table
from .base import Connection

INTERNAL_PREFIXES = ("sqlite_", "_rollback")
UNKNOWN_EXPRESSION = "<unparsed>"
"""The `generated` value of a generated column whose expression could not be read from the text."""

_TABLE_CONSTRAINT_WORDS = frozenset({"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"})


def is_internal(name: str) -> bool:
    """True for SQLite's own objects and the tool's (`sqlite_*`, `_rollback*`), in any letter case."""
    return name.lower().startswith(INTERNAL_PREFIXES)


# -- tokens -----------------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>--[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^']|'')*'?)
  | (?P<ident>"(?:[^"]|"")*"?|`(?:[^`]|``)*`?|\[[^\]]*\]?)
  | (?P<number>0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<word>[^\W\d][\w$]*)
  | (?P<punct>.)
    """,
    re.DOTALL | re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: str
    """word, ident (quoted identifier), string, number or punct."""
    text: str
    start: int
    end: int

    @property
    def upper(self) -> str:
        return self.text.upper() if self.kind == "word" else self.text

    @property
    def is_name(self) -> bool:
        """A token that can name something: a bare word, a quoted identifier or a string."""
        return self.kind in ("word", "ident", "string")

    @property
    def value(self) -> str:
        """The identifier the token spells, without quotes."""
        return dequote(self.text) if self.kind in ("ident", "string") else self.text


def tokenize(sql: str) -> list[Token]:
    """The tokens of a SQLite statement, without whitespace and comments."""
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(sql):
        kind = m.lastgroup or "punct"
        if kind not in ("space", "comment"):
            tokens.append(Token(kind, m.group(), m.start(), m.end()))
    return tokens


def dequote(text: str) -> str:
    if len(text) >= 2 and text[0] == "[" and text[-1] == "]":
        return text[1:-1]
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'`":
        q = text[0]
        return text[1:-1].replace(q + q, q)
    return text


def _matching_paren(tokens: list[Token], open_at: int) -> int:
    """Index of the ')' that closes the '(' at `open_at` (len(tokens) if unbalanced)."""
    depth = 0
    for i in range(open_at, len(tokens)):
        if tokens[i].text == "(":
            depth += 1
        elif tokens[i].text == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(tokens)


def _split_items(tokens: list[Token]) -> list[list[Token]]:
    """Split tokens on the commas at parenthesis depth 0."""
    items: list[list[Token]] = [[]]
    depth = 0
    for tok in tokens:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        if tok.text == "," and depth == 0:
            items.append([])
        else:
            items[-1].append(tok)
    return [item for item in items if item]


# -- CREATE TABLE text ------------------------------------------------------------------------


@dataclass
class ColumnText:
    """What the CREATE TABLE text says about one column beyond what the PRAGMAs report."""

    generated: str | None = None
    stored: bool = False
    autoincrement: bool = False
    collation: str | None = None
    """The column's own `COLLATE <name>`, upper-cased (None: BINARY, SQLite's default)."""
    primary_key_desc: bool = False
    """Declared `PRIMARY KEY DESC` in its own definition: SQLite's documented quirk makes such an
    `INTEGER PRIMARY KEY` an ordinary column with a unique index, not an alias of the rowid."""


@dataclass
class TableText:
    name: str
    name_end: int
    """Offset in the text just after the table's name."""
    columns: dict[str, ColumnText] = field(default_factory=dict)
    """By lower-cased column name."""
    options: set[str] = field(default_factory=set)
    """Table options after the column list: 'WITHOUT ROWID', 'STRICT'."""
    virtual: bool = False
    key_collations: dict[str, str] = field(default_factory=dict)
    """Lower-cased column -> upper-cased collation written inside a table-level PRIMARY KEY or
    UNIQUE constraint (`UNIQUE (email COLLATE NOCASE)`): it overrides the column's for that key."""


def _name_position(tokens: list[Token]) -> int | None:
    """Index of the object's name token in a CREATE statement (after IF NOT EXISTS and a schema)."""
    i = 1
    while i < len(tokens) and tokens[i].upper in ("TEMP", "TEMPORARY", "UNIQUE", "VIRTUAL"):
        i += 1
    i += 1  # TABLE, INDEX, VIEW or TRIGGER
    if [t.upper for t in tokens[i : i + 3]] == ["IF", "NOT", "EXISTS"]:
        i += 3
    if i + 1 < len(tokens) and tokens[i + 1].text == ".":
        i += 2
    return i if i < len(tokens) and tokens[i].is_name else None


def parse_create_table(sql: str) -> TableText | None:
    """Read a CREATE TABLE text; None when it does not look like one."""
    tokens = tokenize(sql)
    if not tokens or tokens[0].upper != "CREATE":
        return None
    at = _name_position(tokens)
    if at is None:
        return None
    text = TableText(name=tokens[at].value, name_end=tokens[at].end)
    text.virtual = any(t.upper == "VIRTUAL" for t in tokens[1:at])
    if text.virtual or at + 1 >= len(tokens) or tokens[at + 1].text != "(":
        return text
    close = _matching_paren(tokens, at + 1)
    for item in _split_items(tokens[at + 2 : close]):
        if item[0].kind == "word" and item[0].upper in _TABLE_CONSTRAINT_WORDS:
            if any(t.upper in ("PRIMARY", "UNIQUE") for t in item):
                text.key_collations.update(collated_names(item))
            continue
        text.columns[item[0].value.lower()] = _column_text(sql, item)
    words = [t.upper for t in tokens[close + 1 :] if t.kind == "word"]
    if "STRICT" in words:
        text.options.add("STRICT")
    if "WITHOUT" in words and "ROWID" in words:
        text.options.add("WITHOUT ROWID")
    return text


def _column_text(sql: str, item: list[Token]) -> ColumnText:
    col = ColumnText()
    depth = 0
    for i, tok in enumerate(item):
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif depth == 0 and tok.upper == "AUTOINCREMENT":
            col.autoincrement = True
        elif depth == 0 and tok.upper == "PRIMARY" and [t.upper for t in item[i + 1 : i + 3]] == ["KEY", "DESC"]:
            col.primary_key_desc = True
        elif depth == 0 and tok.upper == "COLLATE" and i > 0 and i + 1 < len(item) and item[i + 1].is_name:
            col.collation = item[i + 1].value.upper()
        elif depth == 0 and tok.upper == "AS" and i + 1 < len(item) and item[i + 1].text == "(":
            close = i + 1 + _matching_paren(item[i + 1 :], 0)
            if close < len(item):
                col.generated = sql[item[i + 1].end : item[close].start].strip()
                col.stored = any(t.upper == "STORED" for t in item[close + 1 :])
    return col


def collated_names(tokens: list[Token]) -> dict[str, str]:
    """`name COLLATE coll` pairs inside a constraint's column list, lower-cased name -> upper-cased
    collation."""
    return {
        tokens[i - 1].value.lower(): tokens[i + 1].value.upper()
        for i in range(1, len(tokens) - 1)
        if tokens[i].upper == "COLLATE" and tokens[i - 1].is_name and tokens[i + 1].is_name
    }


_CONTENT_MODULES = frozenset({"FTS4", "FTS5"})


def external_content(sql: str) -> str | None:
    """The content table of an external-content FTS4/FTS5 table (`content=<table>`), else None.

    Such an index stores no text of its own: reading it reads the content table, and its shadow
    tables hold only the index, which the content table's triggers keep in step. A contentless
    table (`content=''`) has no content table."""
    return _content_option(sql) or None


def contentless(sql: str) -> bool:
    """An FTS4/FTS5 table declared `content=''`: it keeps only its index (in its shadow tables);
    reading it gives NULL for every column, and SQLite refuses to DELETE from it."""
    return _content_option(sql) == ""


def _content_option(sql: str) -> str | None:
    """The `content=` option of an FTS4/FTS5 table ('' when empty), else None."""
    tokens = tokenize(sql)
    at = _name_position(tokens) if tokens and tokens[0].upper == "CREATE" else None
    if at is None or not any(t.upper == "VIRTUAL" for t in tokens[1:at]):
        return None
    using = tokens[at + 1 : at + 3]
    if len(using) < 2 or using[0].upper != "USING" or using[1].upper not in _CONTENT_MODULES:
        return None
    args = tokens[at + 3 :]
    for i in range(len(args) - 1):
        if args[i].upper == "CONTENT" and args[i + 1].text == "=":
            value = args[i + 2] if i + 2 < len(args) else None
            return value.value if value is not None and value.is_name else ""
    return None


def table_body(sql: str) -> str:
    """A CREATE TABLE text without its beginning up to the table name: equal for a renamed table."""
    text = parse_create_table(sql)
    return sql[text.name_end :].strip() if text else sql


def check_clauses(sql: str) -> set[str]:
    """The CHECK expressions of a CREATE TABLE text (column and table constraints), each as its
    tokens joined by single spaces, words upper-cased: equal when only layout or case differ."""
    tokens = tokenize(sql)
    found: set[str] = set()
    for i, tok in enumerate(tokens[:-1]):
        if tok.upper == "CHECK" and tokens[i + 1].text == "(":
            end = _matching_paren(tokens, i + 1)
            found.add(" ".join(t.upper for t in tokens[i + 2 : end]))
    return found


def referenced_names(sql: str, known: Iterable[str]) -> list[str]:
    """The names in `known` that the SQL text mentions as identifiers (case-insensitive), sorted."""
    by_lower = {name.lower(): name for name in known}
    found = {
        by_lower[t.value.lower()]
        for t in tokenize(sql)
        if t.kind in ("word", "ident") and t.value.lower() in by_lower
    }
    return sorted(found)


# -- introspection ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _MasterRow:
    type: str
    name: str
    tbl_name: str
    sql: str | None


def introspect_sqlite(conn: Connection, session: bool = False) -> SchemaModel:
    """The user's schema of the main database, without SQLite's and the tool's own objects; with
    `session`, also the connection's TEMP triggers on its tables (named `temp.<name>`): they fire
    for the session's statements like the schema's own, but are no part of the schema."""
    model = SchemaModel(dialect="sqlite")
    rows = _master_rows(conn)
    tables = [r for r in rows if r.type == "table"]
    for row in tables:
        model.add_table(_table(conn, row))
        for obj in _table_constraints(conn, row.name):
            model.add(obj)
    _resolve_foreign_keys(model)
    views = {r.name for r in rows if r.type == "view"}
    known = {"table": set(model.tables), "view": views}
    for row in rows:
        if row.type == "index" and row.sql:
            model.add(_index(conn, row))
        elif row.type == "view" and row.sql:
            model.add(_view(row, known))
        elif row.type == "trigger" and row.sql:
            model.add(_trigger(row, known))
    for setting in _header_settings(conn):
        model.add(setting)
    if session:
        for row in _temp_trigger_rows(conn):
            if row.tbl_name in known["table"] or row.tbl_name in known["view"]:
                model.add(_trigger(row, known))
    return model


HEADER_SETTINGS = ("application_id", "user_version")
"""The database header's integers that belong to the application: `user_version` (apps read it at
start to decide which of their upgrades to run) and `application_id` (what file format this is,
GeoPackage's 'GPKG', ...). A migration may set them, so a rollback must put them back."""


def _header_settings(conn: Connection) -> list[DbObject]:
    """HEADER_SETTINGS that are not 0 (SQLite's default) as settings of the schema."""
    out = []
    for name in HEADER_SETTINGS:
        value = int(conn.query(f"PRAGMA {name}")[0][0])
        if value:
            out.append(DbObject("setting", name, None, {"sql": f"PRAGMA {name} = {value}", "value": value}))
    return out


_TEMP_TRIGGERS = "SELECT name, tbl_name, sql FROM sqlite_temp_master WHERE type = 'trigger' ORDER BY name"


def session_triggers(conn: Connection) -> list[str]:
    """Names of the connection's TEMP triggers, the tool's own (`_rollback*`) left out."""
    return [str(name) for name, _tbl, _sql in conn.query(_TEMP_TRIGGERS) if not is_internal(str(name))]


def _temp_trigger_rows(conn: Connection) -> list[_MasterRow]:
    return [
        _MasterRow("trigger", f"temp.{name}", str(tbl), None if sql is None else str(sql))
        for name, tbl, sql in conn.query(_TEMP_TRIGGERS)
        if not is_internal(str(name)) and not is_internal(str(tbl))
    ]


def _master_rows(conn: Connection) -> list[_MasterRow]:
    hidden = _shadow_tables(conn)
    rows = [
        _MasterRow(str(type_), str(name), str(tbl_name), None if sql is None else str(sql))
        for type_, name, tbl_name, sql in conn.query(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        )
    ]
    return [
        r
        for r in rows
        if not is_internal(r.name) and not is_internal(r.tbl_name) and r.tbl_name.lower() not in hidden
    ]


def _shadow_tables(conn: Connection) -> set[str]:
    """Lower-cased names of the shadow tables of virtual tables (empty before SQLite 3.37)."""
    try:
        rows = conn.query("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow'")
    except sqlite3.DatabaseError:  # pragma_table_list is missing before SQLite 3.37
        return set()
    return {str(r[0]).lower() for r in rows}


def _table(conn: Connection, row: _MasterRow) -> Table:
    sql = row.sql or ""
    text = parse_create_table(sql) or TableText(name=row.name, name_end=0)
    info = conn.query(
        'SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)', [row.name]
    )
    # hidden = 1: a virtual table's own hidden columns (fts5's rank, ...): module details, not data.
    columns = [_column(info_row, text) for info_row in info if int(info_row[5]) != 1]
    pk = [str(r[0]) for r in sorted((r for r in info if int(r[4]) > 0), key=lambda r: int(r[4]))]
    extra: dict[str, Any] = {
        "sql": sql,
        "without_rowid": "WITHOUT ROWID" in text.options,
        "strict": "STRICT" in text.options,
    }
    if text.virtual:
        extra["virtual"] = True
    if text.virtual and contentless(sql):
        extra["shadows"] = _shadows_of(conn, row.name)
    return Table(name=row.name, columns=columns, primary_key=pk, extra=extra)


def _shadows_of(conn: Connection, table: str) -> list[list[Any]]:
    """[name, [columns]] of the shadow tables of virtual table `table` (`<table>_<suffix>`; one
    that belongs to a longer-named virtual table is left to it), in name order."""
    try:
        rows = conn.query("SELECT name, type FROM pragma_table_list WHERE schema = 'main' AND type IN ('shadow', 'virtual')")
    except sqlite3.DatabaseError:  # before SQLite 3.37
        return []
    virtual = [str(n).lower() for n, t in rows if t == "virtual"]
    out: list[list[Any]] = []
    for name, kind in sorted(rows):
        owner = max((v for v in virtual if str(name).lower().startswith(v + "_")), key=len, default=None)
        if kind == "shadow" and owner == table.lower():
            cols = [str(r[0]) for r in conn.query("SELECT name FROM pragma_table_info(?) ORDER BY cid", [name])]
            out.append([str(name), cols])
    return out


def _column(info_row: tuple[Any, ...], text: TableText) -> Column:
    name, type_, notnull, default, _pk, hidden = info_row
    parsed = text.columns.get(str(name).lower(), ColumnText())
    col = Column(
        name=str(name),
        type=str(type_ or ""),
        nullable=not notnull,
        default=None if default is None else str(default),
        identity="autoincrement" if parsed.autoincrement else None,
    )
    if int(hidden) in (2, 3):
        col.generated = parsed.generated or UNKNOWN_EXPRESSION
        col.extra["storage"] = "stored" if int(hidden) == 3 else "virtual"
    return col


def _table_constraints(conn: Connection, table: str) -> list[DbObject]:
    """UNIQUE constraints and foreign keys written in the table's text (derived, never rendered)."""
    out: list[DbObject] = []
    for _seq, index, _unique, origin, _partial in conn.query("SELECT * FROM pragma_index_list(?)", [table]):
        if origin == "u":
            cols = _index_columns(conn, str(index))
            out.append(
                DbObject("unique_key", _unique_name(table, cols, out), table, {"unique_columns": cols})
            )
    out.extend(_foreign_keys(conn, table))
    for obj in out:
        obj.depends_on = [f"table:{table}"]
    return out


def _unique_name(table: str, cols: list[str | None], taken: list[DbObject]) -> str:
    base = f"{table}.unique({', '.join(str(c) for c in cols)})"
    names = {o.name for o in taken}
    name, n = base, 1
    while name in names:
        n += 1
        name = f"{base}#{n}"
    return name


def _foreign_keys(conn: Connection, table: str) -> list[DbObject]:
    groups: dict[int, list[tuple[Any, ...]]] = {}
    for row in conn.query(
        'SELECT id, seq, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?)', [table]
    ):
        groups.setdefault(int(row[0]), []).append(row)
    out: list[DbObject] = []
    for rows in groups.values():
        rows.sort(key=lambda r: int(r[1]))
        parent = str(rows[0][2])
        definition: dict[str, Any] = {
            "references": parent,
            "columns": [str(r[3]) for r in rows],
            "ref_columns": [None if r[4] is None else str(r[4]) for r in rows],
            "on_update": str(rows[0][5]),
            "on_delete": str(rows[0][6]),
        }
        name = f"{table}({', '.join(definition['columns'])})->{parent}"
        while any(o.name == name for o in out):
            name += "'"
        out.append(DbObject("foreign_key", name, table, definition))
    return out


def _resolve_foreign_keys(model: SchemaModel) -> None:
    """Spell parent tables as the model does and fill implicit references to a primary key."""
    by_lower = {name.lower(): name for name in model.tables}
    for fk in model.foreign_keys():
        parent = by_lower.get(str(fk.definition["references"]).lower())
        if parent is None:
            continue
        fk.definition["references"] = parent
        if None in fk.definition["ref_columns"]:
            pk = model.tables[parent].primary_key
            if len(pk) == len(fk.definition["ref_columns"]):
                fk.definition["ref_columns"] = list(pk)
        fk.depends_on = sorted({f"table:{fk.table}", f"table:{parent}"})


def _index_columns(conn: Connection, index: str) -> list[str | None]:
    """The key columns of an index in order; None for an expression or the rowid."""
    rows = conn.query("SELECT seqno, name FROM pragma_index_info(?) ORDER BY seqno", [index])
    return [None if r[1] is None else str(r[1]) for r in rows]


def _index(conn: Connection, row: _MasterRow) -> DbObject:
    definition: dict[str, Any] = {"sql": row.sql}
    flags = conn.query(
        'SELECT "unique", partial FROM pragma_index_list(?) WHERE name = ?', [row.tbl_name, row.name]
    )
    if flags and int(flags[0][0]) and not int(flags[0][1]):
        cols = _index_columns(conn, row.name)
        if cols and all(c is not None for c in cols):
            definition["unique_columns"] = cols
    return DbObject("index", row.name, row.tbl_name, definition, [f"table:{row.tbl_name}"])


def _view(row: _MasterRow, known: Mapping[str, set[str]]) -> DbObject:
    sql = row.sql or ""
    return DbObject("view", row.name, None, {"sql": sql}, _depends_on(sql, known, exclude=row.name))


def _trigger(row: _MasterRow, known: Mapping[str, set[str]]) -> DbObject:
    """A trigger on a table (table set) or, INSTEAD OF, on a view (definition["view"])."""
    sql = row.sql or ""
    definition: dict[str, Any] = {"sql": sql}
    on_table = row.tbl_name in known["table"]
    if not on_table:
        definition["view"] = row.tbl_name
    depends = _depends_on(sql, known, exclude=None)
    owner = f"table:{row.tbl_name}" if on_table else f"view:{row.tbl_name}"
    if owner not in depends:
        depends.insert(0, owner)
    return DbObject("trigger", row.name, row.tbl_name if on_table else None, definition, depends)


def _depends_on(sql: str, known: Mapping[str, set[str]], exclude: str | None) -> list[str]:
    """Keys of the tables and views a view or trigger text mentions (an identifier scan)."""
    out: list[str] = []
    for kind in ("table", "view"):
        names = [n for n in known[kind] if n != exclude]
        out.extend(f"{kind}:{name}" for name in referenced_names(sql, names))
    return out

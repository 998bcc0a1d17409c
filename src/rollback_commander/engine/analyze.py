"""What a statement may destroy: the tables whose data must be captured before it runs.

The analysis is deliberately conservative. A statement is either understood (its targets are named
in it), or probed: run inside a savepoint and its effect read from the catalog and the engine's
per-transaction statistics, then rolled back before the real run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model.schema import SchemaModel, Table
from .fk_reach import ALL_EVENTS, statement_events, truncate_reach, write_reach
from .widen import retyped_column, widened

if TYPE_CHECKING:
    from ..dialects.mysql_schema import Token

IDENT = r'(?:"(?:[^"]|"")+"|`(?:[^`]|``)+`|\[[^\]]+\]|[^\W\d][\w$]*)'
QNAME = rf"{IDENT}(?:\s*\.\s*{IDENT})?"

_MODS = r"(?:(?:OR\s+\w+|IGNORE|LOW_PRIORITY|HIGH_PRIORITY|DELAYED|QUICK)\s+)*"
_DML_TARGETS = [
    # INTO is optional in MySQL (`INSERT t (a) VALUES ...`, `REPLACE t SET a = 1`)
    re.compile(rf"\bINSERT\s+{_MODS}(?:INTO\s+)?(?:ONLY\s+)?({QNAME})", re.I),
    re.compile(rf"\bREPLACE\s+{_MODS}(?:INTO\s+)?({QNAME})", re.I),
    re.compile(rf"\bUPDATE\s+{_MODS}(?:ONLY\s+)?({QNAME})", re.I),
    re.compile(rf"\bDELETE\s+{_MODS}FROM\s+(?:ONLY\s+)?({QNAME})", re.I),
    re.compile(rf"\bMERGE\s+INTO\s+(?:ONLY\s+)?({QNAME})", re.I),
]
_TRUNCATE = re.compile(r"^\s*TRUNCATE\s+(?:TABLE\s+)?(?:ONLY\s+)?(.*?)(?:\s+(?:RESTART|CONTINUE)\s+IDENTITY|\s+CASCADE|\s+RESTRICT|$)", re.I | re.S)
_DROP_TABLE = re.compile(r"^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(.*?)(\s+CASCADE|\s+RESTRICT)?\s*$", re.I | re.S)
_ALTER_TABLE = re.compile(rf"^\s*ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?({QNAME})\s*\*?\s+(.*)$", re.I | re.S)
_SAFE_ALTER_ACTIONS = re.compile(
    r"^\s*(ADD\s+(?:COLUMN\s+)?|ADD\s+CONSTRAINT|ADD\s+(?:PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE)"
    r"|DROP\s+CONSTRAINT|VALIDATE\s+CONSTRAINT|ALTER\s+(?:COLUMN\s+)?\S+\s+(?:SET|DROP)\s+(?:DEFAULT|NOT\s+NULL|STATISTICS|STORAGE)"
    r"|ALTER\s+(?:COLUMN\s+)?\S+\s+(?:ADD\s+GENERATED|SET\s+GENERATED|RESTART|SET\s+(?:INCREMENT|START|CACHE|MINVALUE|MAXVALUE)|DROP\s+IDENTITY)"
    r"|(?:ENABLE|DISABLE|FORCE|NO\s+FORCE)\s+(?:ROW\s+LEVEL\s+SECURITY|TRIGGER|RULE|ALWAYS|REPLICA)"
    r"|OWNER\s+TO|SET\s*\(|RESET\s*\(|CLUSTER\s+ON|SET\s+WITHOUT\s+CLUSTER|REPLICA\s+IDENTITY|SET\s+(?:LOGGED|UNLOGGED|TABLESPACE|ACCESS)"
    r"|RENAME\s+CONSTRAINT\b)",
    re.I | re.S,
)
# MySQL/MariaDB actions that change keys, indexes or table metadata but no row: dropping a foreign
# key, an index or a CHECK, renaming an index, hiding one, a table COMMENT (Prisma's switch to
# `relationMode = "prisma"` is `DROP FOREIGN KEY` then `RENAME INDEX <fk> TO <idx>` on every table).
# The reverse puts them back from the schema model; the table's rows need no copy.
_MYSQL_SAFE_ALTER_ACTIONS = re.compile(
    rf"^\s*(?:DROP\s+(?:FOREIGN\s+KEY|INDEX|KEY|CHECK)\s+(?:IF\s+EXISTS\s+)?{IDENT}"
    rf"|RENAME\s+(?:INDEX|KEY)\s+{IDENT}\s+TO\s+{IDENT}"
    rf"|ALTER\s+(?:INDEX|KEY)\s+{IDENT}\s+(?:NOT\s+)?(?:INVISIBLE|VISIBLE|IGNORED)"
    r"|COMMENT\s*=?\s*''\s*)\s*$",
    re.I | re.S,
)
_NO_DATA = re.compile(
    r"^\s*(CREATE\s+(?!TABLE\b.*\bAS\b)|COMMENT\s|GRANT\s|REVOKE\s|SET\s|RESET\s|ANALYZE\b|REFRESH\s|CLUSTER\b|REINDEX\b"
    r"|VACUUM\b|NOTIFY\b|LOCK\s|SECURITY\s+LABEL|PREPARE\s|DEALLOCATE\s|DROP\s+(?:PREPARE|VIEW|MATERIALIZED\s+VIEW|INDEX|FUNCTION|PROCEDURE|TRIGGER|POLICY"
    r"|SEQUENCE|RULE|STATISTICS|PUBLICATION|SUBSCRIPTION|AGGREGATE|OPERATOR|CAST|COLLATION|TEXT\s+SEARCH|EVENT\s+TRIGGER"
    r"|ROLE|USER|GROUP)\b(?!.*\bCASCADE\b)|ALTER\s+(?:SEQUENCE|VIEW|INDEX|FUNCTION|PROCEDURE|POLICY|TRIGGER|ROLE|USER|DEFAULT\s+PRIVILEGES|MATERIALIZED\s+VIEW)\b"
    r"|ALTER\s+DOMAIN\b|ALTER\s+TYPE\s+\S+\s+(?:ADD\s+VALUE|RENAME\s+VALUE|OWNER)|PRAGMA\b|EXPLAIN\b(?!.*\bANALYZE\b)|SHOW\b|DECLARE\b|FETCH\b|CLOSE\b)",
    re.I | re.S,
)
# PostgreSQL's `ALTER TABLE t RENAME [COLUMN] a TO b` (an action of its own: RENAME takes no other
# action beside it). `RENAME TO u` renames the table and `RENAME CONSTRAINT` a constraint.
_RENAME_COLUMN = re.compile(rf"^\s*RENAME\s+(?:COLUMN\s+)?(?!(?:TO|CONSTRAINT)\b)({IDENT})\s+TO\s+({IDENT})\s*$", re.I | re.S)
_RENAME_TABLE = re.compile(rf"^\s*RENAME\s+TO\s+({IDENT})\s*$", re.I | re.S)
_CREATE_AS = re.compile(r"^\s*CREATE\s+(?:(?:GLOBAL\s+|LOCAL\s+)?(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE\b.*\bAS\b", re.I | re.S)
_DROP_COLUMN = re.compile(rf"^\s*DROP\s+(?!CONSTRAINT\b)(?:COLUMN\s+)?(IF\s+EXISTS\s+)?({IDENT})\s*(?:RESTRICT\s*)?$", re.I | re.S)
_MYSQL_MULTI_TABLE = re.compile(
    rf"^\s*(?:UPDATE\b(?:(?!\bSET\b).)*?(?:\bJOIN\b|,)|DELETE\s+(?!FROM\b){QNAME}(?:\s*\.\s*\*)?\s*(?:,|\bFROM\b)|DELETE\s+FROM\b.*\bUSING\b)",
    re.I | re.S,
)
# MySQL/MariaDB partition moves whose rows land in or leave another table: `EXCHANGE PARTITION p WITH
# TABLE t2` swaps the partition's rows with t2's, MariaDB's `CONVERT TABLE t2 TO PARTITION p` moves t2's in.
_OTHER_TABLE_ROWS = re.compile(rf"\b(?:EXCHANGE\s+PARTITION\s+{IDENT}\s+WITH\s+TABLE|CONVERT\s+TABLE)\s+({QNAME})", re.I)
# MariaDB's CREATE OR REPLACE TABLE drops a table of that name first (DROP TABLE IF EXISTS + CREATE):
# its rows are copied before it runs.
_MYSQL_CREATE_OR_REPLACE_TABLE = re.compile(rf"^\s*CREATE\s+OR\s+REPLACE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?({QNAME})", re.I)
_EXECUTABLE_OPEN = re.compile(r"/\*M?!\d*")
_DYNAMIC_SQL = re.compile(r"\b(?:PREPARE\s+\S+\s+FROM|EXECUTE)\b", re.I)
_STRING_LITERAL = re.compile(r"'((?:[^'\\]|\\.|'')*)'|\"((?:[^\"\\]|\\.|\"\")*)\"")
_SAVEPOINT = re.compile(r"^\s*(SAVEPOINT\b|RELEASE\b|ROLLBACK\s+(?:WORK\s+|TRANSACTION\s+)?TO\b)", re.I)


@dataclass
class Analysis:
    """What to do before running one statement."""

    capture: set[str] = field(default_factory=set)
    """Table keys (in the model before the migration) to capture."""
    probe: bool = False
    """Run it in a savepoint first to learn what it destroys or writes."""
    ddl: bool = False
    """It may change the schema."""
    reason: str = ""
    rows: bool = False
    """Plain row changes (INSERT/UPDATE/DELETE/MERGE): affected rows can be captured one by one."""
    quarantine_tables: list[str] = field(default_factory=list)
    """DROP TABLE without CASCADE: the tables can be set aside instead of destroyed."""
    quarantine_columns: tuple[str, list[str]] | None = None
    """ALTER TABLE t DROP COLUMN a[, DROP COLUMN b] without CASCADE: (table, columns)."""
    rest: str | None = None
    """PostgreSQL: the statement's other actions when it also adds columns or changes what leaves
    the rows alone (`DROP COLUMN a, ADD COLUMN b …`, as Diesel and Prisma write): `ALTER TABLE t
    <actions>`, run once the dropped columns are set aside."""
    truncated: set[str] = field(default_factory=set)
    """TRUNCATE: the tables it empties, those named and, with CASCADE (PostgreSQL), every table
    referencing one of them. Their rows are captured as old images before it runs
    (CaptureRun.rows_emptied, steps' _rows_install): TRUNCATE fires no row trigger."""
    rename_column: tuple[str, str, str] | None = None
    """PostgreSQL `ALTER TABLE t RENAME COLUMN a TO b`: (table, a, b). It destroys nothing: the
    apply records it and the reverse renames the column back (CaptureRun.renamed); `capture` holds
    the table for when it cannot (the table is kept whole already)."""
    rename_table: tuple[str, str] | None = None
    """PostgreSQL `ALTER TABLE t RENAME TO u`: (t, its key under the new name). Recorded and renamed
    back like a column when no later statement of the migration needs a capture of it (renamed_alone);
    `capture` holds the table for when it cannot."""


def code_only(text: str, dialect: str = "postgresql") -> str:
    """The statement with string literals, dollar-quoted bodies and comments blanked out (nested
    block comments, E'' strings with backslash escapes, MySQL's backslash escapes). MySQL's
    executable comments (`/*!50003 CREATE*/ /*!50003 TRIGGER ... */`, MariaDB's `/*M!...*/`, as
    mysqldump writes triggers and routines) are code: only their markers are blanked."""
    out: list[str] = []
    i, n = 0, len(text)
    executable = False  # inside a MySQL /*! ... */
    while i < n:
        c = text[i]
        if dialect == "mysql" and (m := _EXECUTABLE_OPEN.match(text, i)) and not executable:
            executable = True
            out.append(" " * (m.end() - i))
            i = m.end()
        elif executable and c == "*" and text.startswith("*/", i):
            executable = False
            out.append("  ")
            i += 2
        elif (c == "-" and text.startswith("--", i)) or (c == "#" and dialect == "mysql"):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c == "/" and text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j) and dialect == "postgresql":
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(" " * (j - i))
            i = j
        elif c == "'":
            backslash = dialect == "mysql" or (i > 0 and text[i - 1] in "eE" and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] == "_")))
            j = i + 1
            while j < n:
                if backslash and text[j] == "\\":
                    j += 2
                    continue
                if text[j] == "'" and j + 1 < n and text[j + 1] == "'":
                    j += 2
                    continue
                if text[j] == "'":
                    break
                j += 1
            out.append("''" + " " * max(0, j - i - 1))
            i = j + 1
        elif c == "$" and dialect == "postgresql" and (m := re.match(r"\$([A-Za-z_]\w*)?\$", text[i:])):
            tag = m.group(0)
            j = text.find(tag, i + len(tag))
            j = n if j < 0 else j + len(tag)
            out.append("$$" + " " * max(0, j - i - 2))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _widens(model: SchemaModel, table: str, action: str) -> bool:
    """An `ALTER COLUMN c TYPE t` action that keeps every value of c (engine.widen): no copy needed."""
    retyped = retyped_column(action)
    t = model.tables.get(table)
    col = t.column(unquote(retyped[0])) if retyped and t else None
    return bool(retyped and col and not col.hidden and col.generated is None and widened(col.type, retyped[1]))


def _actions_as_written(written: str, m: re.Match[str], actions: list[str], keep: list[bool]) -> str:
    """`ALTER TABLE t <the kept actions>` as the statement wrote them (DEFAULT 'TEXT' with its
    string, which the code `m` matched has blanked): `written` is the statement at m's offsets,
    each action runs from its start to the comma before the next one."""
    starts, pos = [], 0
    for a in actions:
        pos = m.group(2).index(a, pos)
        starts.append(m.start(2) + pos)
        pos += len(a)
    ends = [start - 1 for start in starts[1:]] + [len(written)]
    kept = ",\n".join(written[i:j].strip() for k, i, j in zip(keep, starts, ends, strict=True) if k)
    return f"{written[:m.start(2)]}{kept}"


def _drops_generated(model: SchemaModel, table: str, cols: list[str]) -> bool:
    t = model.tables.get(table)
    return t is not None and any((c := t.column(name)) is not None and c.generated is not None for name in cols)


def unquote(ident: str) -> str:
    ident = ident.strip()
    if ident[:1] == '"' and ident[-1:] == '"':
        return ident[1:-1].replace('""', '"')
    if ident[:1] == "`":
        return ident[1:-1].replace("``", "`")
    if ident[:1] == "[":
        return ident[1:-1]
    return ident.lower()


class NameResolver:
    """Maps names as written in SQL to the model's table keys."""

    def __init__(self, model: SchemaModel, dialect: str, search_path: list[str]):
        self.model = model
        self.dialect = dialect
        self.search_path = search_path
        self.views = {o.name: o for o in model.objects.values() if o.kind in ("view", "materialized_view")}
        self.routines = {o.name.lower(): o for o in model.objects.values() if o.kind in ("procedure", "function")}
        self._lower = {k.lower(): k for k in [*model.tables, *self.views]}
        self.shadowed: set[str] = set()
        """MySQL: the (lower-case) names of the session's TEMPORARY tables, which hide a table of
        the same name from the statements after them."""

    def resolve(self, written: str) -> str | None:
        """The model table a name refers to (None for views and for tables the model lacks)."""
        key = self.resolve_relation(written)
        return key if key in self.model.tables else None

    def resolve_relation(self, written: str) -> str | None:
        """The model table or view a name refers to."""
        parts = [unquote(p) for p in re.findall(IDENT, written)]
        if not parts:
            return None
        known = self.model.tables.keys() | self.views.keys()
        if self.dialect == "postgresql":
            if len(parts) >= 2:
                key = f"{parts[-2]}.{parts[-1]}"
                return key if key in known else None
            for schema in self.search_path:
                key = f"{schema}.{parts[0]}"
                if key in known:
                    return key
            return None
        name = parts[-1]
        if len(parts) == 1 and name.lower() in self.shadowed:
            return None  # the session's temporary table, not the model's
        if name in known:
            return name
        return self._lower.get(name.lower())

    def written_through_view(self, view: str) -> set[str]:
        """Tables a write to a view can reach: its base tables (through nested views) and the
        tables its INSTEAD OF triggers mention."""
        out: set[str] = set()
        seen: set[str] = set()
        stack = [view]
        while stack:
            v = stack.pop()
            if v in seen:
                continue
            seen.add(v)
            deps = list(self.views[v].depends_on) if v in self.views else []
            for trig in self.model.objects_of("trigger"):
                if trig.table == v or trig.definition.get("view") == v:
                    deps.extend(trig.depends_on)
            for dep in deps:
                kind, _, name = dep.partition(":")
                if kind == "column":
                    name = name.rsplit(".", 1)[0]
                if name in self.model.tables:
                    out.add(name)
                elif name in self.views:
                    stack.append(name)
        return out

    def through_routines(self, code: str) -> set[str]:
        """Tables the routines the code calls name (through routines that call routines)."""
        return self.walk(code)[0]

    def dynamic_targets(self, text: str, bodies: list[str]) -> set[str] | None:
        """Where the statement (`text`) or the routines it calls (their `bodies`, from `walk`) run
        dynamic SQL (PREPARE ... FROM, EXECUTE IMMEDIATE), the tables that SQL may touch are not
        named in any code: the tables named inside a string literal of the statement (e.g. a CALL's
        arguments) or of those routines. None: no dynamic SQL; empty: dynamic SQL on tables only
        found at run time (say, a cursor over information_schema)."""
        texts = [text, *bodies]
        if not any(_DYNAMIC_SQL.search(code_only(b, self.dialect)) for b in texts):
            return None
        literals = (m.group(1) or m.group(2) or "" for body in texts for m in _STRING_LITERAL.finditer(body))
        return {t for lit in literals for t in self.mentioned(lit)}

    def walk(self, code: str) -> tuple[set[str], list[str]]:
        """The tables the routines the code reaches name, and those routines' bodies."""
        routines = self.routines
        found: set[str] = set()
        bodies: list[str] = []
        if not routines:  # most schemas: no identifier of the code needs looking at
            return found, bodies
        stack = [t.lower() for t in re.findall(IDENT, code) if t.lower() in routines]
        seen: set[str] = set()
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.add(name)
            obj = routines[name]
            bodies.append(str(obj.definition.get("sql", "")))
            found |= self.mentioned(code_only(bodies[-1], self.dialect))
            for dep in obj.depends_on:
                kind, _, ref = dep.partition(":")
                if kind == "table" and ref in self.model.tables:
                    found.add(ref)
                elif kind in ("procedure", "function") and ref.lower() in routines:
                    stack.append(ref.lower())
        return found, bodies

    def mentioned(self, code: str) -> set[str]:
        """Every model table whose name appears in the code (for unanalysable statements)."""
        found: set[str] = set()
        for token in re.findall(QNAME, code):
            key = self.resolve(token)
            if key:
                found.add(key)
        return found


def split_top_level(text: str, sep: str = ",") -> list[str]:
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p for p in parts if p.strip()]


_MYSQL_STATEMENT_SETTINGS = re.compile(r"^SET\s+STATEMENT\s+.*?\bFOR\s+", re.I | re.S)
"""MariaDB's `SET STATEMENT var = value [, ...] FOR <statement>` (strings already blanked)."""


def analyze(text: str, model: SchemaModel, resolver: NameResolver, dialect: str) -> Analysis:
    blanked = code_only(text, dialect)
    code = blanked.strip()
    if dialect == "mysql":
        # the settings hold for the one statement after FOR, which does the work: analyse that
        # (an UPDATE or a DELETE behind them writes rows like any other)
        code = _MYSQL_STATEMENT_SETTINGS.sub("", code, count=1)
    if not code:
        return Analysis()
    head = code.split(None, 1)[0].upper()
    if _SAVEPOINT.match(code):
        return Analysis(reason="savepoint")
    if head in {"INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "WITH", "TRUNCATE"} or (
        head == "SELECT" and dialect != "postgresql"
    ):
        return _analyze_dml(code, model, resolver, dialect)
    if dialect == "mysql" and (m := _MYSQL_CREATE_OR_REPLACE_TABLE.match(code)):
        replaced = resolver.resolve(m.group(1))
        return Analysis(capture={replaced} if replaced else set(), ddl=True, reason="replaces a table")
    if _CREATE_AS.match(code):
        return Analysis(ddl=True, reason="creates a table from a query")
    if m := _DROP_TABLE.match(code):
        names = split_top_level(m.group(1))
        targets = {t for name in names if (t := resolver.resolve(name))}
        cascade = bool(m.group(2) and "CASCADE" in m.group(2).upper())
        plain = not cascade and all(resolver.resolve(n) for n in names)
        return Analysis(
            capture=targets, ddl=True, reason="drops tables",
            quarantine_tables=sorted(targets) if plain else [],
        )
    if m := _ALTER_TABLE.match(code):
        table = resolver.resolve(m.group(1))
        actions = split_top_level(m.group(2))
        if all(_SAFE_ALTER_ACTIONS.match(a) or (dialect == "mysql" and _MYSQL_SAFE_ALTER_ACTIONS.match(a)) for a in actions):
            return Analysis(ddl=True, reason="alters a table without touching its rows")
        if dialect == "postgresql" and table and all(_SAFE_ALTER_ACTIONS.match(a) or _widens(model, table, a) for a in actions):
            return Analysis(ddl=True, reason="widens column types, keeping every value")
        drops = [_DROP_COLUMN.match(a) for a in actions]
        # PostgreSQL: beside the drops, actions that add columns or leave the rows alone (Diesel, Prisma)
        beside = all(d or (dialect == "postgresql" and (_SAFE_ALTER_ACTIONS.match(a) or _widens(model, table or "", a)))
                     for d, a in zip(drops, actions, strict=True))
        if table and any(drops) and beside and not re.search(r"^\s*ALTER\s+TABLE\s+IF\s+EXISTS", code, re.I):
            cols = [unquote(d.group(2)) for d in drops if d]
            if _drops_generated(model, table, cols):
                # a hidden generated column would go on computing its expression for every row written
                # (an expression the migration may drop because it fails) and on depending on the
                # columns and routines it reads: kept as a copy instead (its values are derived anyway)
                return Analysis(capture={table}, ddl=True, reason="drops generated columns")
            written = text[len(blanked) - len(blanked.lstrip()):]  # code's offsets, its strings as written
            rest = None if all(drops) else _actions_as_written(written, m, actions, [not d for d in drops])
            return Analysis(capture={table}, ddl=True, reason="drops columns", quarantine_columns=(table, cols), rest=rest)
        if any(re.search(r"\bCASCADE\b", a, re.I) for a in actions) or table is None:
            return Analysis(capture={table} if table else set(), probe=True, ddl=True, reason="alters a table (cascading)")
        if dialect == "postgresql" and table and len(actions) == 1 and (r := _RENAME_COLUMN.match(actions[0])):
            return Analysis(capture={table}, ddl=True, reason="renames a column",
                            rename_column=(table, unquote(r.group(1)), unquote(r.group(2))))
        if dialect == "postgresql" and table and len(actions) == 1 and (r := _RENAME_TABLE.match(actions[0])):
            return Analysis(capture={table}, ddl=True, reason="renames a table",
                            rename_table=(table, f"{table.partition('.')[0]}.{unquote(r.group(1))}"))
        if others := {t for name in _OTHER_TABLE_ROWS.findall(m.group(2)) if (t := resolver.resolve(name))}:
            return Analysis(capture={table} | others, ddl=True, reason="moves rows between a partition and a table")
        return Analysis(capture={table}, ddl=True, reason="alters a table's columns")
    if head == "SET" and dialect == "mysql" and (via := resolver.through_routines(code)):
        # SET @x = f(...): a stored function may write the tables it names
        return Analysis(capture=_write_closure(via, model, False), reason="calls stored functions")
    if dialect == "postgresql" and re.match(r"^\s*SET\s+CONSTRAINTS\b.*\bIMMEDIATE\b", code, re.I | re.S):
        # pending deferred triggers fire now: they may write any table
        return Analysis(probe=True, reason="fires deferred triggers", rows=True)
    if _NO_DATA.match(code):
        return Analysis(ddl=not re.match(r"^\s*(SELECT|PRAGMA|SET|RESET|ANALYZE|NOTIFY|LOCK|PREPARE|DEALLOCATE|DROP\s+PREPARE)\b", code, re.I))
    if dialect != "postgresql" and re.match(r"^\s*(ALTER|DROP)\b", code, re.I):
        return Analysis(capture=resolver.mentioned(code), ddl=True, reason="alters or drops objects")
    # DO blocks, CALL, SELECT f(), DROP ... CASCADE, ALTER SCHEMA/TYPE, anything else: probe it.
    return Analysis(probe=True, ddl=True, reason="cannot be analysed statically", rows=bool(re.match(r"^\s*(DO|CALL|SELECT)\b", code, re.I)))


def renamed_alone(rename: tuple[str, str], after: list[str], model: SchemaModel, resolver: NameResolver, dialect: str) -> bool:
    """Whether a table renamed by `ALTER TABLE t RENAME TO u` (`rename`: the keys of t and u) can be
    recorded and renamed back instead of copied: none of the statements after it in the migration
    (`after`) would capture the table or need a probe, read under its old name (a foreign key's or
    trigger's reach from another table, a new table of that name) nor under its new one. The
    migration's captures cannot follow the table under another name."""
    old, new = rename
    t = model.tables[old]
    renamed = SchemaModel(model.dialect, {**{k: v for k, v in model.tables.items() if k != old},
                                          new: Table(new, t.columns, t.primary_key, t.extra)}, model.objects)
    under_new = NameResolver(renamed, dialect, resolver.search_path)
    for text in after:
        a, b = analyze(text, model, resolver, dialect), analyze(text, renamed, under_new, dialect)
        if a.probe or b.probe or old in a.capture | set(a.quarantine_tables) or new in b.capture | set(b.quarantine_tables):
            return False
    return True


def _analyze_dml(code: str, model: SchemaModel, resolver: NameResolver, dialect: str) -> Analysis:
    targets: set[str] = set()
    view_triggers = False  # an INSTEAD OF trigger's function may write any table (as a table's trigger may)
    named = False  # some pattern found a target's name (maybe a temporary table's: nothing to keep)
    for pattern in _DML_TARGETS:
        for m in pattern.finditer(code):
            named = True
            rel = resolver.resolve_relation(m.group(1))
            if rel in model.tables:
                targets.add(rel)
            elif rel is not None:
                targets |= resolver.written_through_view(rel)
                view_triggers = view_triggers or any(
                    t.table == rel or t.definition.get("view") == rel for t in model.objects_of("trigger"))
    if dialect == "mysql" and _MYSQL_MULTI_TABLE.search(code):
        # UPDATE a JOIN b SET ..., UPDATE a, b SET ..., DELETE a, b FROM ...: any named table may be
        # written; an UPDATE whose SET list says which (a.col = ...) writes only those
        assigned = _mysql_update_assigned(code, model, resolver)
        if assigned is None:
            targets |= resolver.mentioned(code)
        else:
            targets = assigned
    cascade_truncate = False
    truncated: set[str] = set()
    if tm := _TRUNCATE.match(code):
        for name in split_top_level(tm.group(1)):
            if t := resolver.resolve(name):
                targets.add(t)
        cascade_truncate = bool(re.search(r"\bCASCADE\b", code, re.I))
        truncated = truncate_reach(targets, model) if cascade_truncate else set(targets)
    if dialect == "postgresql" and re.search(r"\b\w+\s*\(", _without_known_calls(code)) and not targets:
        return Analysis(probe=True, reason="calls functions", rows=True)
    # a TRUNCATE's rows are kept one by one (SQLite has no TRUNCATE: such a statement fails there)
    rows = not truncated or dialect != "sqlite"
    writes = re.match(r"(INSERT|REPLACE|UPDATE|DELETE)\b", code, re.I)
    if writes and not (named or targets) and dialect == "mysql":
        # a write whose target the patterns above do not find: every table it names is copied
        # whole rather than nothing kept (a write to a temporary table keeps nothing, as before)
        targets = resolver.mentioned(code)
        rows = False
    events = statement_events(code, dialect)
    if dialect == "mysql" and (via := resolver.through_routines(code)):
        # Stored functions it calls may write any table they name (no probe here): those are
        # copied whole, as the statement's own targets (row triggers would miss other events).
        targets |= via
        rows = False
        events = ALL_EVENTS
    set_columns = None
    # a BEFORE UPDATE trigger (or a rule) on a target may change a key its SET list leaves alone
    if (events == frozenset({"update"}) and re.match(r"\s*UPDATE\b", code, re.I)
            and not view_triggers and not any(_has_triggers(model, t) for t in targets)):
        from .update_set import assigned_columns  # update_set reads names with this module's unquote

        set_columns = assigned_columns(code, dialect)
    closure = _write_closure(targets, model, cascade_truncate, events, set_columns)
    truncated &= closure
    if dialect == "postgresql" and (view_triggers or any(_has_triggers(model, t) for t in closure)):
        return Analysis(capture=closure, probe=True, reason="its tables have triggers", rows=rows, truncated=truncated)
    return Analysis(capture=closure, reason="empties tables" if truncated else "changes rows", rows=rows, truncated=truncated)



_JOIN_WORDS = frozenset({"JOIN", "INNER", "CROSS", "LEFT", "RIGHT", "OUTER", "NATURAL", "STRAIGHT_JOIN"})
_UPDATE_MODIFIERS = frozenset({"LOW_PRIORITY", "IGNORE"})


def _mysql_update_assigned(code: str, model: SchemaModel, resolver: NameResolver) -> set[str] | None:
    """The tables a MySQL multi-table UPDATE writes: those whose columns its SET list assigns
    (`UPDATE a JOIN b ON ... SET a.x = b.y` writes a only; the tables it only reads get no capture).
    None when that cannot be told for sure: not an UPDATE, a derived table or a view among the
    table references, an assigned column no single table reference has, an unknown name."""
    from ..dialects.mysql_schema import tokenize

    tokens = tokenize(code)
    if not tokens or tokens[0].text.upper() != "UPDATE":
        return None
    depth, set_at = 0, None
    for i, tok in enumerate(tokens):
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif depth == 0 and tok.kind == "word" and tok.text.upper() == "SET":
            set_at = i
            break
    if set_at is None:
        return None
    # table references: name [[AS] alias], separated by commas and joins, ON/USING conditions skipped
    refs: dict[str, str] = {}
    i = 1
    while i < set_at and tokens[i].kind == "word" and tokens[i].text.upper() in _UPDATE_MODIFIERS:
        i += 1
    expect_table = True
    while i < set_at:
        tok = tokens[i]
        up = tok.text.upper() if tok.kind == "word" else ""
        if tok.text == "," or up in _JOIN_WORDS:
            expect_table = True
        elif up in ("ON", "USING"):
            expect_table = False
            depth = 0  # skip the condition up to the next join, comma or SET
            while i + 1 < set_at:
                nxt = tokens[i + 1]
                if nxt.text == "(":
                    depth += 1
                elif nxt.text == ")":
                    depth -= 1
                elif depth == 0 and (nxt.text == "," or (nxt.kind == "word" and nxt.text.upper() in _JOIN_WORDS)):
                    break
                i += 1
        elif expect_table:
            if tok.kind not in ("word", "ident"):
                return None  # a derived table ( SELECT ... ) or something unforeseen
            j = i
            while j + 2 < set_at and tokens[j + 1].text == "." and tokens[j + 2].kind in ("word", "ident"):
                j += 2
            table = resolver.resolve(code[tok.start : tokens[j].end])
            if table is None:
                return None  # a view (may write through), or a table the model lacks
            alias = table.split(".")[-1]
            refs[tokens[j].value.lower()] = table
            k = j + 1
            if k < set_at and tokens[k].kind == "word" and tokens[k].text.upper() == "AS":
                k += 1
            if k < set_at and (tokens[k].kind == "ident" or (tokens[k].kind == "word" and tokens[k].text.upper() not in
                                                               _JOIN_WORDS | {"ON", "USING", "SET"})):
                alias = tokens[k].value
                k += 1
            refs[alias.lower()] = table
            i = k - 1
            expect_table = False
        i += 1
    if not refs:
        return None
    # assignments: col = expr, a.col = expr, db.a.col = expr; at depth 0 up to WHERE/ORDER/LIMIT
    assigned: set[str] = set()
    lhs: list[Token] = []
    depth, in_expr = 0, False
    for tok in tokens[set_at + 1 :]:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        if depth == 0 and tok.kind == "word" and tok.text.upper() in ("WHERE", "ORDER", "LIMIT"):
            break
        if depth == 0 and tok.text == ",":
            in_expr, lhs = False, []
            continue
        if in_expr:
            continue
        if depth == 0 and tok.text == "=":
            names = [t.value for t in lhs if t.kind in ("word", "ident")]
            if not names or len(names) > 3:
                return None
            if len(names) == 1:
                owners = {t for t in set(refs.values())
                          if any(c.name.lower() == names[0].lower() for c in model.tables[t].columns)}
                if len(owners) != 1:
                    return None
                assigned |= owners
            elif (owner := refs.get(names[-2].lower())) is not None:
                assigned.add(owner)
            else:
                return None
            in_expr = True
        else:
            lhs.append(tok)
    return assigned or None


_KNOWN_CALLS = re.compile(
    r"\b(count|sum|min|max|avg|coalesce|nullif|lower|upper|trim|btrim|ltrim|rtrim|length|substr|substring|replace|round|abs"
    r"|floor|ceil|now|current_timestamp|date_trunc|extract|cast|concat|format|to_char|to_date|to_timestamp|generate_series"
    r"|row_number|rank|dense_rank|lag|lead|exists|in|any|all|values|array_agg|string_agg|jsonb_build_object|json_build_object"
    r"|md5|greatest|least|left|right|split_part|position|strftime|datetime|date|julianday|ifnull|printf|random|gen_random_uuid"
    r"|uuid_generate_v4|jsonb_set|to_jsonb|row|case|when|and|or|not|on|using|select|from|where|set|into|returning|as|lateral"
    r"|filter|over|partition|interval|timestamp|numeric|decimal|varchar|char|text|int|integer|bigint|smallint|boolean)\s*\(",
    re.I,
)


def _without_known_calls(code: str) -> str:
    return _KNOWN_CALLS.sub(" ", code)


def _has_triggers(model: SchemaModel, table: str) -> bool:
    """Triggers, or rules (a DO ALSO / DO INSTEAD action may call a function writing any table)."""
    return any(o.table == table for kind in ("trigger", "rule") for o in model.objects_of(kind))


def _write_closure(
    targets: set[str], model: SchemaModel, truncate_cascade: bool, events: frozenset[str] = ALL_EVENTS,
    assigned: frozenset[str] | None = None,
) -> set[str]:
    """Targets plus the tables that foreign-key actions (those `events` on the targets fire; an
    UPDATE's only when it assigns a referenced column, `assigned`) or triggers on them may write."""
    return write_reach(targets, model, events, truncate_cascade=truncate_cascade, assigned=assigned)[0]

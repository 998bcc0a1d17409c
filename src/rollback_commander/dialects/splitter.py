"""Split a migration file into statements, and classify statements.

One hand-written lexer serves every dialect; a small table of flags (`_Flavor`) switches the
dialect's lexical rules on and off. On top of the token stream, `_Splitter` decides which
delimiters end a statement:

* PostgreSQL, like psql: a `;` inside parentheses (`CREATE RULE ... DO (a; b)`) or inside a
  SQL-standard function body `BEGIN ATOMIC ... END` (with CASE ... END counted inside) does not
  split. Strings, `E'...'` strings, quoted identifiers, dollar quotes and nested comments are opaque.
* SQLite, like sqlite3_complete(): inside `[EXPLAIN] CREATE [TEMP|TEMPORARY] TRIGGER ...` a `;`
  splits only when it follows `; END` (so CASE ... END and columns named `end` or `begin` in the
  body do not matter). Like the sqlite3 shell, a line starting with `.` where a statement would
  start is a shell command, up to the end of the line (upgrade scripts run as `sqlite3 db < file`
  begin with `.bail on` or `.timeout 30000`: PowerDNS, Pi-hole). Those that only set the shell's
  error handling, waiting or output (`SHELL_NO_OPS`) are no statements; any other (`.read`,
  `.import`, `.open`, ...) is one statement of its own, which the SQLite connection refuses.
* MySQL/MariaDB, like the mysql client: `DELIMITER xx` lines change the delimiter (they are not
  statements); `/*! ... */` executable comments are code (kept in the text, read as SQL, never
  split). With the `;` delimiter, compound statements (CREATE PROCEDURE/FUNCTION/TRIGGER/EVENT,
  MariaDB `BEGIN NOT ATOMIC` and top-level IF/CASE/LOOP/WHILE/REPEAT/FOR) are kept whole by
  tracking BEGIN/IF/CASE/LOOP/WHILE/REPEAT/FOR ... END [IF|CASE|...] nesting. `--` opens a
  comment only before whitespace, except as the first thing of a statement: there the client
  drops `--UPDATE t ...;` as a comment line too (upgrade scripts comment statements out that way),
  and so does the splitter, leaving it out of the statement text the server gets. A goose /
  sql-migrate `-- +goose StatementEnd` line ends the statement before it, with or without a
  delimiter, and the current DELIMITER holds on after it (goose sends a `StatementBegin ...
  StatementEnd` block as it is).

A statement's text runs from its first leading comment (one that starts on a line of its own, not
a trailing comment of the previous statement) to its last code token: trailing comments and the
delimiter are left out, so the text can be sent as is or have a delimiter appended. A chunk with
only comments and whitespace is no statement. Anything unterminated at the end of the file (string,
quoted identifier, dollar quote, block comment, executable comment, open block) makes the rest of
the file one last statement, so that the database reports the syntax error.

Everything runs in one pass over the text: O(n).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from .base import Statement

__all__ = ["SHELL_NO_OPS", "code_tokens", "first_keywords", "is_transaction_control", "shell_command", "split_sql",
           "strip_leading_comments"]

# -- tokens ------------------------------------------------------------------------------------
# A token is (kind, start, end): the half-open range src[start:end].
_WS: Final = 0  # whitespace
_COMMENT: Final = 1  # -- / # line comment, /* */ block comment
_WORD: Final = 2  # identifier or keyword
_OTHER: Final = 3  # number, $1 parameter
_QUOTED: Final = 4  # string, quoted identifier, dollar-quoted body
_PUNCT: Final = 5  # any other single character (including ';' when it is not the delimiter)
_DELIM: Final = 6  # the statement delimiter: ';' or a MySQL DELIMITER string
_EXEC_OPEN: Final = 7  # MySQL '/*!' or '/*M!' plus version digits
_EXEC_CLOSE: Final = 8  # the '*/' closing an executable comment
_BROKEN: Final = 9  # a block comment unterminated at end of input (treated as code)
_CLIENT_COMMENT: Final = 10  # MySQL '--x' line at a statement's start: the client's comment, not the server's
_STMT_END: Final = 11  # MySQL: a goose / sql-migrate `-- +goose StatementEnd` line (ends the statement)
_SHELL: Final = 12  # SQLite: a sqlite3 shell `.command` line where a statement would start

_Token = tuple[int, int, int]

_SPACE: Final = frozenset(" \t\n\r\f\v")
SHELL_NO_OPS: Final = frozenset({
    "bail", "timeout", "echo", "headers", "header", "mode", "print", "nullvalue", "separator", "width", "changes",
    "timer", "explain", "eqp", "stats", "show", "prompt", "schema", "tables", "indexes", "indices", "databases",
    "dbinfo", "fullschema",
})
"""sqlite3 shell commands that change nothing in the database and read no other input: error
handling (`.bail`: the tool stops at the first error anyway), waiting (`.timeout`: the tool holds its
own lock) and what the shell prints. A migration file may hold them; they are no statements."""
_STATEMENT_END_MARKER: Final = re.compile(r"--[ \t]*\+(?:goose|migrate)[ \t]+StatementEnd\b[^\n]*", re.IGNORECASE)
"""goose's and sql-migrate's annotation closing a statement block (`--+goose StatementEnd` too,
as goose reads it): a statement ends there, whatever the current delimiter."""


def _is_word_start(c: str) -> bool:
    return c.isalpha() or c == "_" or c > "\x7f"


def _is_tag_char(c: str) -> bool:
    return c.isalnum() or c == "_" or c > "\x7f"


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_" or c == "$" or c > "\x7f"


@dataclass(frozen=True)
class _Flavor:
    """The lexical rules of one dialect."""

    nested_comments: bool = False  # /* /* */ */ nests (PostgreSQL)
    hash_comments: bool = False  # '#' starts a line comment (MySQL)
    dash_needs_space: bool = False  # '--' is a comment only before whitespace/control/EOF (MySQL)
    exec_comments: bool = False  # '/*!' and '/*M!' open executable comments (MySQL, MariaDB)
    end_markers: bool = False  # a `-- +goose StatementEnd` line ends a statement (MySQL)
    backslash_strings: bool = False  # backslash escapes in quoted strings (MySQL)
    backticks: bool = False  # `identifier` (MySQL, SQLite)
    brackets: bool = False  # [identifier] (SQLite)
    dollar_quotes: bool = False  # $tag$...$tag$, and $1 parameters (PostgreSQL)
    shell_commands: bool = False  # a `.command` line at a statement's start is a shell command (SQLite)
    e_strings: bool = False  # E'...' with backslash escapes (PostgreSQL)


_FLAVORS: Final[dict[str, _Flavor]] = {
    "postgresql": _Flavor(nested_comments=True, dollar_quotes=True, e_strings=True),
    "sqlite": _Flavor(backticks=True, brackets=True, shell_commands=True),
    "mysql": _Flavor(
        hash_comments=True,
        dash_needs_space=True,
        exec_comments=True,
        backslash_strings=True,
        backticks=True,
        end_markers=True,
    ),
}
# For the classification helpers when the caller does not name a dialect: PostgreSQL's rules plus
# what cannot start a PostgreSQL or SQLite statement anyway ('#' comments, executable comments).
_GENERIC: Final = _Flavor(
    nested_comments=True,
    hash_comments=True,
    exec_comments=True,
    backticks=True,
    dollar_quotes=True,
    e_strings=True,
)
_ALIASES: Final = {"postgres": "postgresql", "pg": "postgresql", "sqlite3": "sqlite", "mariadb": "mysql"}


def _canonical(dialect: str) -> str:
    name = dialect.lower()
    name = _ALIASES.get(name, name)
    if name not in _FLAVORS:
        raise ValueError(f"unknown SQL dialect {dialect!r} (expected one of: {', '.join(sorted(_FLAVORS))})")
    return name


def _flavor(dialect: str | None) -> _Flavor:
    return _GENERIC if dialect is None else _FLAVORS[_canonical(dialect)]


class _Lexer:
    """Hand-written tokenizer; `next()` returns one token at a time, None at the end."""

    __slots__ = ("delimiter", "f", "in_exec", "n", "pos", "src", "stmt_empty")

    def __init__(self, src: str, flavor: _Flavor) -> None:
        self.src = src
        self.n = len(src)
        self.pos = 0
        self.f = flavor
        self.delimiter = ";"  # changed by the splitter on MySQL DELIMITER lines
        self.in_exec = False  # inside a MySQL /*! ... */ executable comment
        self.stmt_empty = False  # set by the splitter: no code of the current statement yet

    def _emit(self, kind: int, start: int, end: int) -> _Token:
        self.pos = end
        return (kind, start, end)

    def next(self) -> _Token | None:
        s, i, n, f = self.src, self.pos, self.n, self.f
        if i >= n:
            return None
        c = s[i]
        delim = self.delimiter
        if delim != ";" and s.startswith(delim, i):
            return self._emit(_DELIM, i, i + len(delim))
        if c in _SPACE:
            j = i + 1
            while j < n and s[j] in _SPACE:
                j += 1
            return self._emit(_WS, i, j)
        nxt = s[i + 1] if i + 1 < n else ""
        if c == "-" and nxt == "-":
            if f.end_markers and not self.in_exec and self._line_start(i):
                marker = _STATEMENT_END_MARKER.match(s, i)
                if marker:
                    return self._emit(_STMT_END, i, marker.end())
            if not f.dash_needs_space or i + 2 >= n or s[i + 2] <= " ":
                return self._line_comment(i)
            if self.stmt_empty and not self.in_exec:
                k = s.find("\n", i)
                return self._emit(_CLIENT_COMMENT, i, n if k < 0 else k)
        if c == "#" and f.hash_comments:
            return self._line_comment(i)
        if c == "." and f.shell_commands and self.stmt_empty and self._line_start(i):
            k = s.find("\n", i)
            return self._emit(_SHELL, i, n if k < 0 else k)
        if c == "/" and nxt == "*":
            return self._block_comment(i)
        if c == "*" and nxt == "/" and self.in_exec:
            self.in_exec = False
            return self._emit(_EXEC_CLOSE, i, i + 2)
        if c == "'":
            return self._emit(_QUOTED, i, self._quoted(i, "'", f.backslash_strings))
        if c == '"':  # a string in MySQL, an identifier elsewhere: both end the same way
            return self._emit(_QUOTED, i, self._quoted(i, '"', f.backslash_strings))
        if c == "`" and f.backticks:
            return self._emit(_QUOTED, i, self._quoted(i, "`", False))
        if c == "[" and f.brackets:
            k = s.find("]", i + 1)
            return self._emit(_QUOTED, i, n if k < 0 else k + 1)
        if c == "$" and f.dollar_quotes:
            return self._dollar(i)
        if _is_word_start(c) or c == "$":
            j = self._word_end(i + 1)
            if f.e_strings and j == i + 1 and c in "eE" and j < n and s[j] == "'":
                return self._emit(_QUOTED, i, self._quoted(j, "'", True))
            return self._emit(_WORD, i, j)
        if "0" <= c <= "9":
            return self._emit(_OTHER, i, self._word_end(i + 1))
        if c == ";":
            return self._emit(_DELIM if delim == ";" else _PUNCT, i, i + 1)
        return self._emit(_PUNCT, i, i + 1)

    def _line_start(self, i: int) -> bool:
        """Whether only blanks stand before offset i on its line."""
        k = i
        while k > 0 and self.src[k - 1] in " \t":
            k -= 1
        return k == 0 or self.src[k - 1] in "\r\n"

    def _word_end(self, j: int) -> int:
        s, n, delim = self.src, self.n, self.delimiter
        custom = delim != ";"
        while j < n and _is_word_char(s[j]):
            if custom and s.startswith(delim, j):  # MySQL: 'END$$' is END, then the delimiter
                break
            j += 1
        return j

    def _line_comment(self, i: int) -> _Token:
        k = self.src.find("\n", i)
        return self._emit(_COMMENT, i, self.n if k < 0 else k)

    def _block_comment(self, i: int) -> _Token:
        s, n = self.src, self.n
        if self.f.exec_comments and not self.in_exec:
            j = i + 3 if s.startswith("!", i + 2) else i + 4 if s.startswith("M!", i + 2) else -1
            if j > 0:
                k = j
                while k < n and k - j < 6 and "0" <= s[k] <= "9":  # the version number
                    k += 1
                self.in_exec = True
                return self._emit(_EXEC_OPEN, i, k)
        if not self.f.nested_comments:
            k = s.find("*/", i + 2)
            return self._emit(_BROKEN, i, n) if k < 0 else self._emit(_COMMENT, i, k + 2)
        # Nested: remember the next '/*' and '*/' and search again only past them (linear time).
        depth, j = 1, i + 2
        opening, closing = s.find("/*", j), s.find("*/", j)
        while True:
            if closing < 0:
                return self._emit(_BROKEN, i, n)
            if 0 <= opening < closing:
                depth += 1
                j = opening + 2
                opening = s.find("/*", j)
                if closing < j:  # '/*/': the '*' belongs to the opening
                    closing = s.find("*/", j)
            else:
                depth -= 1
                j = closing + 2
                if depth == 0:
                    return self._emit(_COMMENT, i, j)
                closing = s.find("*/", j)
                if 0 <= opening < j:
                    opening = s.find("/*", j)

    def _quoted(self, i: int, quote: str, backslash: bool) -> int:
        """End of the quoted token opening at i (doubled quote = literal quote); n if unterminated."""
        s, n = self.src, self.n
        j = i + 1
        if not backslash:
            while True:
                k = s.find(quote, j)
                if k < 0:
                    return n
                if k + 1 < n and s[k + 1] == quote:
                    j = k + 2
                    continue
                return k + 1
        while j < n:
            c = s[j]
            if c == "\\":
                j += 2
            elif c == quote:
                if j + 1 < n and s[j + 1] == quote:
                    j += 2
                else:
                    return j + 1
            else:
                j += 1
        return n

    def _dollar(self, i: int) -> _Token:
        """PostgreSQL '$': a dollar quote $$...$$ / $tag$...$tag$, a $1 parameter, or an operator."""
        s, n = self.src, self.n
        j = i + 1
        tag_end = -1
        if j < n and s[j] == "$":
            tag_end = j
        elif j < n and _is_word_start(s[j]):
            k = j + 1
            while k < n and _is_tag_char(s[k]):
                k += 1
            if k < n and s[k] == "$":
                tag_end = k
        if tag_end < 0:
            k = j
            while k < n and "0" <= s[k] <= "9":
                k += 1
            return self._emit(_OTHER if k > j else _PUNCT, i, k)
        tag = s[i : tag_end + 1]
        close = s.find(tag, tag_end + 1)
        return self._emit(_QUOTED, i, n if close < 0 else close + len(tag))

    def rest_of_line(self) -> str:
        """Consume up to (not including) the next newline; return what was consumed."""
        k = self.src.find("\n", self.pos)
        end = self.n if k < 0 else k
        text = self.src[self.pos : end]
        self.pos = end
        return text


# -- block tracking -------------------------------------------------------------------------------
_MY_ROUTINES: Final = frozenset({"PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"})
_MY_OTHER_OBJECTS: Final = frozenset(
    {
        "TABLE", "VIEW", "INDEX", "UNIQUE", "FULLTEXT", "SPATIAL", "DATABASE", "SCHEMA", "USER",
        "ROLE", "SERVER", "TABLESPACE", "LOGFILE", "SEQUENCE", "TEMPORARY", "RESOURCE", "SYNONYM",
    }
)  # fmt: skip
_MY_TOP_COMPOUND: Final = frozenset({"IF", "CASE", "LOOP", "WHILE", "REPEAT", "FOR"})
_MY_END_SUFFIXES: Final = frozenset({"IF", "CASE", "LOOP", "WHILE", "REPEAT", "FOR"})
_MY_STMT_OPENERS: Final = frozenset({"BEGIN", "THEN", "ELSE", "DO", "LOOP", "REPEAT", "ATOMIC"})
# after these an operand is expected, so BEGIN/END there are column names
_OPERATOR_CHARS: Final = frozenset(",(.=<>!+-*/%&|^~")
_OPERAND_KEYWORDS: Final = frozenset(
    {"SELECT", "WHEN", "AND", "OR", "XOR", "BY", "WHERE", "ON", "SET", "NOT", "IS", "IN", "LIKE", "RETURN"}
)
_NOT_AFTER_BLOCK_BEGIN: Final = _OPERATOR_CHARS | {")", ";"}
# after BEGIN these show it is a column name
_IDENT_FOLLOWERS: Final = frozenset(
    {"FROM", "AS", "AND", "OR", "XOR", "IS", "IN", "LIKE", "BETWEEN", "ASC", "DESC", "INTO", "WHERE", "THEN"}
)


class _Frame:
    """An open MySQL block. Kind 'IF?' is an IF not yet known to be a statement: it becomes 'IF' at
    its THEN; the IF() function and IF [NOT] EXISTS clauses never get one and are dropped."""

    __slots__ = ("closed", "immediate", "kind", "paren")

    def __init__(self, kind: str, paren: int) -> None:
        self.kind = kind
        self.paren = paren  # parenthesis depth at the keyword
        self.immediate = False  # IF directly followed by '(' (function-call shape)
        self.closed = False  # ... and that parenthesis has closed


_COPY_FROM_STDIN = re.compile(r"COPY\b.*\bFROM\s+STDIN\b", re.I | re.S)


class _Splitter:
    def __init__(self, sql: str, dialect: str) -> None:
        self.src = sql
        self.dialect = dialect
        self.lex = _Lexer(sql, _FLAVORS[dialect])
        self.out: list[Statement] = []
        self._line_pos = 0  # line counter: statement offsets only grow, so counting is linear
        self._line_no = 1
        self.fresh_line = True  # a newline (or the start of input) since the last delimiter
        self._reset()

    def _reset(self) -> None:
        self.chunk_start = -1  # where the statement's text begins (first leading comment or code)
        self.content_start = -1  # first code token
        self.content_end = -1  # end of the last code token
        self.prev_kind = -1  # previous code token (for BEGIN ATOMIC, END IF, labels, ...)
        self.prev_kw = ""
        self.paren = 0
        self.depth = 0  # PostgreSQL/SQLite block depth
        self.head: list[str] | None = []  # the first words, until the statement kind is known
        self.block_mode = False  # PostgreSQL: never used; SQLite: trigger; MySQL: compound statement
        self.frames: list[_Frame] = []  # MySQL open blocks
        self.pending = ""  # MySQL keyword waiting for the next token to decide

    def _line(self, offset: int) -> int:
        if offset < self._line_pos:  # not reached: offsets only grow
            return self.src.count("\n", 0, offset) + 1
        self._line_no += self.src.count("\n", self._line_pos, offset)
        self._line_pos = offset
        return self._line_no

    def _finish(self) -> None:
        if self.content_start >= 0:
            text = self.src[self.chunk_start : self.content_end].rstrip()
            start_line = self._line(self.content_start)
            end_line = self._line(self.chunk_start + len(text) - 1)
            self.out.append(Statement(text, start_line, end_line))
        self._reset()
        self.fresh_line = False

    def _copy_data(self) -> None:
        """pg_dump's `COPY t (a, b) FROM stdin;` is followed by its rows, up to a line `\\.`: they
        go with the statement (its text gets `;`, the rows and the `\\.`; PostgresConnection.execute
        sends them through the COPY protocol), as psql does."""
        s, lex = self.src, self.lex
        eol = s.find("\n", lex.pos)
        if eol < 0 or not self.out:
            return
        start = pos = eol + 1
        while pos < len(s):
            nl = s.find("\n", pos)
            line_end = len(s) if nl < 0 else nl
            if s[pos:line_end].rstrip("\r") == "\\.":
                last = self.out[-1]
                self.out[-1] = Statement(f"{last.text};\n{s[start:pos]}\\.", last.start_line, self._line(pos))
                lex.pos = len(s) if nl < 0 else nl + 1
                self.fresh_line = True
                return
            if nl < 0:
                break
            pos = nl + 1

    def run(self) -> list[Statement]:
        s, lex = self.src, self.lex
        mysql = self.dialect == "mysql"
        track = {"postgresql": self._track_pg, "sqlite": self._track_sqlite, "mysql": self._track_mysql}[
            self.dialect
        ]
        while True:
            lex.stmt_empty = self.content_start < 0
            if (tok := lex.next()) is None:
                break
            kind, start, end = tok
            if kind == _CLIENT_COMMENT:  # never sent: the leading comments before it go with it
                self.chunk_start = -1
                continue
            if kind == _STMT_END:  # goose sends the block before it as it is: one statement
                self._finish()
                continue
            if kind == _SHELL:  # a sqlite3 shell command: nothing, or a statement of its own
                if shell_command(s[start:end]) in SHELL_NO_OPS:
                    self._reset()  # comments before it go with it
                    self.fresh_line = False
                else:
                    self._content(start, len(s[:end].rstrip()))
                    self._finish()
                continue
            if kind == _WS:
                if self.content_start < 0 and s.find("\n", start, end) >= 0:
                    self.fresh_line = True
                continue
            if kind == _COMMENT:
                if self.content_start < 0 and self.chunk_start < 0 and self.fresh_line:
                    self.chunk_start = start
                continue
            if kind in (_EXEC_OPEN, _EXEC_CLOSE):  # code, but transparent to the block tracking
                self._content(start, end)
                continue
            if kind == _WORD:
                kw = "" if self.prev_kind == _PUNCT and self.prev_kw == "." else s[start:end].upper()
                if (
                    mysql
                    and kw == "DELIMITER"
                    and self.content_start < 0
                    and not lex.in_exec
                    and (end >= len(s) or s[end] in " \t\r\n")
                ):
                    self._delimiter_line()
                    continue
            elif kind == _PUNCT:
                kw = s[start]
            elif kind == _DELIM:
                kw = ";"
            else:
                kw = ""
            if track(kind, kw) and kind == _DELIM:
                copy_in = self.dialect == "postgresql" and _COPY_FROM_STDIN.match(
                    self.src, max(self.content_start, 0), max(self.content_end, 0)) is not None
                self._finish()
                if copy_in:
                    self._copy_data()
                continue
            self._content(start, end)
            self.prev_kind, self.prev_kw = kind, kw
        self._finish()
        return self.out

    def _content(self, start: int, end: int) -> None:
        if self.content_start < 0:
            self.content_start = start
            if self.chunk_start < 0:
                self.chunk_start = start
        self.content_end = end

    def _delimiter_line(self) -> None:
        """MySQL client command `DELIMITER xx`: not a statement; changes the delimiter."""
        arg = self.lex.rest_of_line().strip()
        if arg[:1] in ("'", '"', "`") and arg.find(arg[0], 1) > 1:
            arg = arg[1 : arg.find(arg[0], 1)]
        else:
            arg = arg.split(None, 1)[0] if arg else ""
        if arg:
            self.lex.delimiter = arg
        self._reset()  # comments before the DELIMITER line go with it
        self.fresh_line = False

    # -- PostgreSQL ---------------------------------------------------------------------------
    def _track_pg(self, kind: int, kw: str) -> bool:
        if kind == _DELIM:
            return self.paren == 0 and self.depth == 0
        if kind == _PUNCT:
            if kw == "(":
                self.paren += 1
            elif kw == ")" and self.paren:
                self.paren -= 1
        elif kind == _WORD:
            if kw == "ATOMIC" and self.prev_kw == "BEGIN" and self.prev_kind == _WORD:
                self.depth += 1
            elif self.depth:
                if kw == "CASE":
                    self.depth += 1
                elif kw == "END":
                    self.depth -= 1
        return False

    # -- SQLite -------------------------------------------------------------------------------
    def _track_sqlite(self, kind: int, kw: str) -> bool:
        """A trigger ends, as in sqlite3_complete(), at `;` `END` `;`: nothing else inside it.

        `self.depth` is the state after the last code token of a trigger: 0 any token, 1 a `;`,
        2 a `;` then END. Counting BEGIN/CASE ... END instead broke on a column named `end` or
        `begin` (actualbudget's `reports.end`) written unqualified in the trigger's body.
        """
        if kind == _DELIM:
            if not self.block_mode or self.depth == 2:
                return True
            self.depth = 1
            return False
        if self.head is not None:
            if kind != _WORD:
                self.head = None
            else:
                self._sqlite_head(kw)
        elif self.block_mode:
            self.depth = 2 if self.depth == 1 and kind == _WORD and kw == "END" else 0
        return False

    def _sqlite_head(self, kw: str) -> None:
        """Recognise [EXPLAIN [QUERY PLAN]] CREATE [TEMP|TEMPORARY] TRIGGER."""
        assert self.head is not None
        self.head.append(kw)
        words = self.head
        if words[0] == "EXPLAIN":
            words = words[1:]
            if words[:1] == ["QUERY"]:
                if len(words) == 1:
                    return
                if words[1] != "PLAN":
                    self.head = None
                    return
                words = words[2:]
        if not words:
            return
        if words[0] == "CREATE" and words[1:2] in ([], ["TEMP"], ["TEMPORARY"]) and len(words) <= 2:
            return  # not decided yet
        if words[0] == "CREATE" and words[-1] == "TRIGGER" and len(words) <= 3:
            self.block_mode = True
        self.head = None

    # -- MySQL --------------------------------------------------------------------------------
    def _track_mysql(self, kind: int, kw: str) -> bool:
        lex = self.lex
        if lex.delimiter != ";":  # the mysql client splits at a custom delimiter, nothing else
            return kind == _DELIM and not lex.in_exec
        if self.head is not None:
            self._mysql_head(kind, kw)
        split = self._compound(kind, kw) if self.block_mode else kind == _DELIM
        return split and not lex.in_exec

    def _mysql_head(self, kind: int, kw: str) -> None:
        assert self.head is not None
        head = self.head
        if kind != _WORD:
            if not head or head[0] != "CREATE":
                self.head = None
            return
        head.append(kw)
        first = head[0]
        if first == "CREATE":
            if kw in _MY_ROUTINES:
                self.block_mode = True
                self.head = None
            elif kw in _MY_OTHER_OBJECTS or len(head) > 10:
                self.head = None
        elif first == "BEGIN":  # MariaDB anonymous block BEGIN NOT ATOMIC ... END
            if len(head) == 2 and kw != "NOT":
                self.head = None
            elif len(head) == 3:
                if kw == "ATOMIC":
                    self.block_mode = True
                    self.frames.append(_Frame("BEGIN", 0))
                self.head = None
        elif first in _MY_TOP_COMPOUND:  # MariaDB: IF/CASE/LOOP/... outside stored programs
            self.block_mode = True
            self.head = None
        else:
            self.head = None

    def _drop_tentative_if(self) -> None:
        frames = self.frames
        while frames and frames[-1].kind == "IF?":
            frames.pop()

    def _push(self, kind: str) -> None:
        self._drop_tentative_if()
        self.frames.append(_Frame(kind, self.paren))

    def _operand_expected(self) -> bool:
        if self.prev_kind == _PUNCT:
            return self.prev_kw in _OPERATOR_CHARS
        return self.prev_kind == _WORD and self.prev_kw in _OPERAND_KEYWORDS

    def _at_statement_start(self) -> bool:
        return (
            self.prev_kind in (-1, _DELIM)
            or (self.prev_kind == _PUNCT and self.prev_kw == ":")
            or (self.prev_kind == _WORD and self.prev_kw in _MY_STMT_OPENERS)
        )

    def _compound(self, kind: int, kw: str) -> bool:
        """Track blocks inside a MySQL compound statement; True when a ';' ends the statement."""
        frames = self.frames
        pending, self.pending = self.pending, ""
        if pending == "END":
            if kind == _WORD and kw in _MY_END_SUFFIXES:
                return False  # END IF, END LOOP, ...: the block is already closed
        elif pending == "BEGIN":
            if not (
                (kind == _PUNCT and kw in _NOT_AFTER_BLOCK_BEGIN)
                or kind == _DELIM
                or (kind == _WORD and kw in _IDENT_FOLLOWERS)
            ):
                self._push("BEGIN")
        elif pending == "REPEAT":
            if not (kind == _PUNCT and kw == "("):  # REPEAT('x', 3) is the string function
                self._push("REPEAT")
        elif pending == "IF" and kind == _PUNCT and kw == "(" and frames and frames[-1].kind == "IF?":
            frames[-1].immediate = True

        if kind == _DELIM:
            if any(f.kind == "IF?" for f in frames):
                self.frames = frames = [f for f in frames if f.kind != "IF?"]
            return not frames
        if kind == _PUNCT:
            if kw == "(":
                self.paren += 1
            elif kw == ")":
                if self.paren:
                    self.paren -= 1
                while frames and frames[-1].kind == "IF?" and frames[-1].paren > self.paren:
                    frames.pop()
                if frames and frames[-1].kind == "IF?" and frames[-1].paren == self.paren:
                    frames[-1].closed = True
            elif kw == "," and frames:
                top = frames[-1]
                if top.kind == "IF?" and top.immediate and not top.closed and self.paren == top.paren + 1:
                    frames.pop()  # IF(cond, a, b): the function
            return False
        if kind != _WORD or not kw:
            return False
        if kw == "THEN":
            if frames and frames[-1].kind == "IF?" and frames[-1].paren == self.paren:
                frames[-1].kind = "IF"
        elif kw == "IF":
            frames.append(_Frame("IF?", self.paren))
            self.pending = "IF"
        elif kw == "CASE":
            frames.append(_Frame("CASE", self.paren))
        elif kw == "BEGIN":
            if self.paren == 0 and not self._operand_expected():
                self.pending = "BEGIN"
        elif kw in ("LOOP", "WHILE"):
            self._push(kw)
        elif kw == "REPEAT":
            self.pending = "REPEAT"
        elif kw == "FOR":
            if self._at_statement_start():  # MariaDB FOR loop (not FOR EACH ROW, FOR UPDATE, ...)
                self._push("FOR")
        elif kw == "END" and not self._operand_expected():
            self._drop_tentative_if()
            if frames and (
                frames[-1].kind in ("CASE", "REPEAT")  # ... END / UNTIL cond END REPEAT
                or self.prev_kind == _DELIM  # a block's last statement ends with ';'
                or (self.prev_kind == _WORD and self.prev_kw == "BEGIN")  # BEGIN END
            ):
                frames.pop()
                self.pending = "END"
        return False


def shell_command(text: str) -> str:
    """The name of a sqlite3 shell command line (`.bail on` -> `bail`), lower case; "" if none."""
    m = re.match(r"\s*\.(\w*)", text)
    return m.group(1).lower() if m else ""


def split_sql(sql: str, dialect: str) -> list[Statement]:
    """Split SQL text into statements (see the module docstring for the rules).

    `dialect` is "postgresql", "sqlite" or "mysql" (aliases: postgres, sqlite3, mariadb).
    """
    return _Splitter(sql, _canonical(dialect)).run()


# -- classification -----------------------------------------------------------------------------
def code_tokens(text: str, dialect: str | None) -> Iterator[tuple[int, int, int]]:
    """(kind, start, end) of every token of `text` but white space and comments: a string, a
    dollar-quoted body or a quoted name is one token."""
    lex = _Lexer(text, _flavor(dialect))
    while (tok := lex.next()) is not None:
        if tok[0] not in (_WS, _COMMENT):
            yield tok


def strip_leading_comments(text: str, dialect: str | None = None) -> str:
    """`text` without leading whitespace and comments (a MySQL /*! executable comment is code).

    Without `dialect`, PostgreSQL's comment rules apply, plus MySQL's '#' and '/*!'.
    """
    for _kind, start, _end in code_tokens(text, dialect):
        return text[start:]
    return ""


def first_keywords(text: str, n: int = 3, dialect: str | None = None) -> list[str]:
    """The first `n` bare words of a statement, upper-cased, after leading comments.

    Stops early at anything that is not a bare word (a quoted name, '(', a number, ...); the
    markers of MySQL executable comments are looked through.
    """
    words: list[str] = []
    if n <= 0:
        return words
    for kind, start, end in code_tokens(text, dialect):
        if kind in (_EXEC_OPEN, _EXEC_CLOSE):
            continue
        if kind != _WORD:
            break
        words.append(text[start:end].upper())
        if len(words) >= n:
            break
    return words


_TX_FIRST: Final = frozenset({"BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT"})
_TX_MODES: Final = frozenset(
    {
        "TRANSACTION", "WORK", "ISOLATION", "LEVEL", "SERIALIZABLE", "REPEATABLE", "READ",
        "COMMITTED", "UNCOMMITTED", "WRITE", "ONLY", "NOT", "DEFERRABLE",
    }
)  # fmt: skip
_TX_ALLOWED: Final[dict[str, frozenset[str]]] = {
    "BEGIN": _TX_MODES | {"DEFERRED", "IMMEDIATE", "EXCLUSIVE"},
    "START": _TX_MODES | {"WITH", "CONSISTENT", "SNAPSHOT"},
    "COMMIT": frozenset({"WORK", "TRANSACTION", "AND", "NO", "CHAIN", "RELEASE"}),
}


def is_transaction_control(text: str, dialect: str | None = None) -> bool:
    """True for a statement that starts or ends the session's transaction.

    BEGIN [WORK|TRANSACTION|DEFERRED|IMMEDIATE|EXCLUSIVE|<modes>], START TRANSACTION [<modes>],
    COMMIT / END / ROLLBACK / ABORT [WORK|TRANSACTION] [AND [NO] CHAIN] [[NO] RELEASE]. False for
    BEGIN ATOMIC, BEGIN NOT ATOMIC, BEGIN ... END blocks, ROLLBACK TO SAVEPOINT, COMMIT PREPARED, DO.
    """
    words: list[str] = []
    for kind, start, end in code_tokens(text, dialect):
        if kind in (_EXEC_OPEN, _EXEC_CLOSE, _DELIM):
            continue
        if kind == _PUNCT and text[start] == "," and words:
            continue
        if kind != _WORD:
            return False
        words.append(text[start:end].upper())
    if not words or words[0] not in _TX_FIRST:
        return False
    first, rest = words[0], words[1:]
    if first == "START" and rest[:1] != ["TRANSACTION"]:
        return False
    allowed = _TX_ALLOWED.get(first, _TX_ALLOWED["COMMIT"])
    return all(word in allowed for word in rest)

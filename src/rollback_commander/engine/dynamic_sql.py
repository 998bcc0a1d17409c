"""Dynamic SQL in MySQL/MariaDB migrations: `PREPARE s FROM @sql; EXECUTE s;`.

Real migration histories guard their DDL this way (`SET @sql = IF(<column exists>, 'ALTER TABLE t
DROP COLUMN c', 'SELECT 1'); PREPARE s FROM @sql; EXECUTE s;`). Read as written, `EXECUTE s` names
nothing, so nothing would be captured before it runs. The migration's statements run in the tool's
own session, so the text a statement was prepared from can be read back from the server when the
PREPARE runs (`SELECT @sql`, or the literal), and an `EXECUTE` of it is analysed, captured and
quarantined as that text. Without `USING` the text itself is run in its place (the same effect); with
`USING` the `EXECUTE` runs as written and its text only decides what is captured. MariaDB's
`EXECUTE IMMEDIATE <literal or @var>` is read the same way, and so is MariaDB's `PREPARE s FROM <expr>` /
`EXECUTE IMMEDIATE <expr>` with any expression (`CONCAT('SELECT SETVAL(s, ', @n, ')')`): the server
allows no subquery or stored function there, so `SELECT <expr>` reads the text without side effects
(an expression with an assignment, a subquery or a call of a stored function is not evaluated).
"""

from __future__ import annotations

import itertools
import re

from ..dialects.base import Connection, Statement
from ..dialects.mysql_schema import tokenize
from ..dialects.splitter import strip_leading_comments

_NAME = r"(?:`[^`]+`|[A-Za-z_$][\w$]*)"
_SOURCE = r"(?:@{name}|@'(?:[^'\\]|\\.|'')*'|'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\")".format(name=r"(?:`[^`]+`|[\w$.]+)")
_PREPARE = re.compile(rf"^\s*PREPARE\s+({_NAME})\s+FROM\s+(.+?)\s*;?\s*$", re.I | re.S)
_EXECUTE = re.compile(rf"^\s*EXECUTE\s+({_NAME})(\s+USING\s+.*?)?\s*;?\s*$", re.I | re.S)
_IMMEDIATE = re.compile(r"^\s*EXECUTE\s+IMMEDIATE\s+(.+?)\s*;?\s*$", re.I | re.S)
_SIMPLE_SOURCE = re.compile(_SOURCE, re.S)
_DEALLOCATE = re.compile(rf"^\s*(?:DEALLOCATE|DROP)\s+PREPARE\s+({_NAME})\s*;?\s*$", re.I | re.S)


def _key(name: str) -> str:
    return name.strip("`").lower()


class PreparedStatements:
    """The texts of the statements a migration has prepared so far, by name."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def track(self, conn: Connection, stmt: Statement) -> None:
        """Before `stmt` runs: remember what a PREPARE prepares, forget what a DEALLOCATE drops."""
        text = strip_leading_comments(stmt.text, "mysql").strip()
        if m := _PREPARE.match(text):
            value = _source_text(conn, m.group(2))
            if value is None:
                self.texts.pop(_key(m.group(1)), None)
            else:
                self.texts[_key(m.group(1))] = value
        elif m := _DEALLOCATE.match(text):
            self.texts.pop(_key(m.group(1)), None)

    def resolve(self, conn: Connection, stmt: Statement) -> tuple[Statement, Statement] | None:
        """For an EXECUTE of a known prepared statement, or a MariaDB EXECUTE IMMEDIATE: (the
        statement to analyse, the statement to run); None for anything else."""
        text = strip_leading_comments(stmt.text, "mysql").strip()
        if m := _IMMEDIATE.match(text):
            source, using = _split_using(m.group(1))
            value = _source_text(conn, source)
        elif (m := _EXECUTE.match(text)) and _key(m.group(1)) in self.texts:
            value, using = self.texts[_key(m.group(1))], m.group(2)
        else:
            return None
        if value is None:
            return None
        resolved = Statement(value, stmt.start_line, stmt.end_line)
        return resolved, (stmt if using else resolved)


def _split_using(rest: str) -> tuple[str, str | None]:
    """`<expr> USING <args>` -> (expr, 'USING <args>'); the USING keyword outside parentheses."""
    depth = 0
    for tok in tokenize(rest):
        if tok.kind == "punct" and tok.text in "()":
            depth += 1 if tok.text == "(" else -1
        elif tok.kind == "word" and depth == 0 and tok.text.upper() == "USING":
            return rest[: tok.start].strip(), rest[tok.start :]
    return rest.strip(), None


def _source_text(conn: Connection, source: str) -> str | None:
    """The text a PREPARE / EXECUTE IMMEDIATE source gives: a user variable or literal, or a
    MariaDB expression that can be read without side effects (else None: not known beforehand)."""
    if _SIMPLE_SOURCE.fullmatch(source):
        return _text_of(conn, source)
    toks = tokenize(source)
    if any(a.text == ":" and b.text == "=" for a, b in itertools.pairwise(toks)):
        return None  # an assignment: evaluating it would change the session
    if any(t.kind == "word" and t.text.upper() == "SELECT" for t in toks):
        return None  # a subquery: refused there by the server anyway
    called = {t.value.lower() for t, n in itertools.pairwise(toks) if t.kind in ("word", "ident") and n.text == "("}
    if called:
        functions = conn.query("SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() "
                               "AND ROUTINE_TYPE = 'FUNCTION'")
        if called & {str(r[0]).lower() for r in functions}:
            return None  # a stored function may write: not called ahead of the statement
    try:
        return _text_of(conn, source)
    except Exception:  # not an expression the server can read on its own: left to the statement
        return None


def _text_of(conn: Connection, source: str) -> str | None:
    """The text a user variable or a string literal holds, as the server reads it."""
    value = conn.scalar(f"SELECT {source}")
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode("utf-8", errors="replace")
    return None if value is None else str(value).strip().rstrip(";").rstrip()

"""Dynamic SQL in MySQL/MariaDB migrations: `PREPARE s FROM @sql; EXECUTE s;`.

Real migration histories guard their DDL this way (`SET @sql = IF(<column exists>, 'ALTER TABLE t
DROP COLUMN c', 'SELECT 1'); PREPARE s FROM @sql; EXECUTE s;`). Read as written, `EXECUTE s` names
nothing, so nothing would be captured before it runs. The migration's statements run in the tool's
own session, so the text a statement was prepared from can be read back from the server when the
PREPARE runs (`SELECT @sql`, or the literal), and an `EXECUTE` of it is analysed, captured and
quarantined as that text. Without `USING` the text itself is run in its place (the same effect); with
`USING` the `EXECUTE` runs as written and its text only decides what is captured. MariaDB's
`EXECUTE IMMEDIATE <literal or @var>` is read the same way.
"""

from __future__ import annotations

import re

from ..dialects.base import Connection, Statement
from ..dialects.splitter import strip_leading_comments

_NAME = r"(?:`[^`]+`|[A-Za-z_$][\w$]*)"
_SOURCE = r"(?:@{name}|@'(?:[^'\\]|\\.|'')*'|'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\")".format(name=r"(?:`[^`]+`|[\w$.]+)")
_PREPARE = re.compile(rf"^\s*PREPARE\s+({_NAME})\s+FROM\s+({_SOURCE})\s*;?\s*$", re.I | re.S)
_EXECUTE = re.compile(rf"^\s*EXECUTE\s+({_NAME})(\s+USING\s+.*?)?\s*;?\s*$", re.I | re.S)
_IMMEDIATE = re.compile(rf"^\s*EXECUTE\s+IMMEDIATE\s+({_SOURCE})(\s+USING\s+.*?)?\s*;?\s*$", re.I | re.S)
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
            value = _text_of(conn, m.group(2))
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
            value, using = _text_of(conn, m.group(1)), m.group(2)
        elif (m := _EXECUTE.match(text)) and _key(m.group(1)) in self.texts:
            value, using = self.texts[_key(m.group(1))], m.group(2)
        else:
            return None
        if value is None:
            return None
        resolved = Statement(value, stmt.start_line, stmt.end_line)
        return resolved, (stmt if using else resolved)


def _text_of(conn: Connection, source: str) -> str | None:
    """The text a user variable or a string literal holds, as the server reads it."""
    value = conn.scalar(f"SELECT {source}")
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode("utf-8", errors="replace")
    return None if value is None else str(value).strip().rstrip(";").rstrip()

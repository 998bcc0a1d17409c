"""SQLite: whether a migration runs to the very same result when run again on the same database, so
that its reverse can be proven by trial (Dialect.proof_by_trial).

In WAL mode, SQLite's rollback to a savepoint puts back every page the savepoint wrote that existed
before it as a dirty page of the connection's page cache, beyond the cache's size and without
spilling (pager_playback_one_page): proving in a savepoint the reverse of a migration that rewrote a
table of a million rows held 124 MB of that table's pages. A whole transaction rolls back without
that (its pages are forgotten, not put back), so the apply runs the migration and its reverse as a
trial rolled back as a whole, then the migration again for real, and records what the trial computed
and proved. That holds when the second run does exactly what the first did: SQLite is deterministic
for the same statements on the same file, but for what a statement may read from outside the
database or from the moment it runs. A migration that may read any of it, or whose database
holds a trigger, default, view or index that may, is proven in a savepoint as before.
"""

from __future__ import annotations

import re

from .base import Connection
from .splitter import strip_leading_comments

UNREPEATABLE = re.compile(
    r"\b(?:random|randomblob|changes|total_changes|last_insert_rowid|date|time|datetime|julianday|unixepoch"
    r"|strftime|timediff|load_extension)\s*\(|\bcurrent_(?:date|time|timestamp)\b",
    re.IGNORECASE,
)
"""Functions whose value depends on something else than their arguments and the database: random
numbers, the connection's change counters and last rowid, the clock (any date and time function:
'now' may come as an argument from a column's value, not only as a literal), extensions."""

_PRAGMA_SET = re.compile(r"PRAGMA\s+(?:\w+\s*\.\s*)?(\w+)\s*[=(]", re.IGNORECASE)

REPEATED_PRAGMAS = frozenset({
    "foreign_keys",  # no effect inside a transaction
    "defer_foreign_keys",  # off again at the end of every transaction
    "legacy_alter_table",  # set back by reset_session before the migration runs (again)
    "user_version", "application_id",  # kept in the file, rolled back with the transaction
    "foreign_key_check", "integrity_check", "quick_check", "table_info", "table_xinfo", "index_list",
    "index_info", "index_xinfo", "foreign_key_list",  # reads
})
"""Pragmas that may be set by a migration proven by trial: the others change the connection's settings
past the trial's rollback (case_sensitive_like, recursive_triggers, reverse_unordered_selects...), so
the real run would start with them."""


def unrepeatable_statement(sql: str) -> bool:
    code = strip_leading_comments(sql, "sqlite")
    pragma = _PRAGMA_SET.match(code)
    if pragma and pragma.group(1).lower() not in REPEATED_PRAGMAS:
        return True
    return UNREPEATABLE.search(sql) is not None


def repeatable(conn: Connection, statements: list[str]) -> bool:
    """The migration's statements and the schema they may run (triggers, defaults, views, partial
    indexes, of the main database and the session's temp one, read before the migration runs; the
    tool's own tables aside) read nothing that may differ in a second run. A false alarm (a comment naming random(), a column called time) only means a proof
    in a savepoint."""
    if any(unrepeatable_statement(s) for s in statements):
        return False
    mine = "tbl_name NOT LIKE '\\_rollback%' ESCAPE '\\'"  # the journal's own tables (a default of now)
    schema = conn.query(f"SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND {mine} "
                        f"UNION ALL SELECT sql FROM sqlite_temp_master WHERE sql IS NOT NULL AND {mine}")
    return not any(UNREPEATABLE.search(str(sql)) for (sql,) in schema)

"""Turning driver exceptions into messages that name the file, line and database message."""

from __future__ import annotations

from ..urls import mask_password


def database_message(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    if diag is not None and getattr(diag, "message_primary", None):
        parts = [str(diag.message_primary)]
        if getattr(diag, "message_detail", None):
            parts.append(f"DETAIL: {diag.message_detail}")
        if getattr(diag, "message_hint", None):
            parts.append(f"HINT: {diag.message_hint}")
        return mask_password(" ".join(parts))
    return mask_password(str(exc).strip())


def statement_line(exc: BaseException, start_line: int, text: str) -> int:
    """The file line of the error: the statement's first line of code (`start_line`; its `text` may
    begin with comments) plus the lines from there to the error position, when the server gives one."""
    from .analyze import code_only

    diag = getattr(exc, "diag", None)
    pos = getattr(diag, "statement_position", None) if diag is not None else None
    if pos:
        try:
            code = code_only(text)
            first = len(code) - len(code.lstrip())
            return start_line + text[first : int(pos) - 1].count("\n")
        except ValueError:
            return start_line
    return start_line


def is_foreign_key_violation(exc: BaseException) -> bool:
    """A row refers to a key that is not there (PostgreSQL 23503, MySQL/MariaDB 1451/1452, SQLite's
    FOREIGN KEY constraint failed)."""
    if getattr(exc, "sqlstate", None) == "23503":
        return True
    args = getattr(exc, "args", ())
    if type(exc).__module__.startswith("pymysql") and args and args[0] in (1451, 1452):
        return True
    return "FOREIGN KEY constraint failed" in str(exc)


def is_row_constraint_violation(exc: BaseException) -> bool:
    """Rows break a NOT NULL, UNIQUE, CHECK or exclusion constraint (PostgreSQL 23502/23505/23514/
    23P01, MySQL/MariaDB 1048/1062/1138/1265/3819/4025, SQLite's ... constraint failed): when a
    reverse re-adds a constraint, rows written since do not satisfy it."""
    if getattr(exc, "sqlstate", None) in ("23502", "23505", "23514", "23P01"):
        return True
    args = getattr(exc, "args", ())
    if type(exc).__module__.startswith("pymysql") and args and args[0] in (1048, 1062, 1138, 1265, 3819, 4025):
        return True
    return any(f"{kind} constraint failed" in str(exc) for kind in ("NOT NULL", "UNIQUE", "CHECK"))


def is_database_error(exc: BaseException) -> bool:
    mod = type(exc).__module__
    return mod.startswith(("psycopg", "sqlite3", "pymysql")) or type(exc).__name__ in {"OperationalError", "DatabaseError"}

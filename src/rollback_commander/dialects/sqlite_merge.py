"""SQLite: rolling back a merge-safe copy capture row by row (see Dialect.merge_checksum).

A copy capture is merge-safe when the migration changed the table's rows only by removing columns
(ALTER TABLE DROP COLUMN, a rebuild that copies the kept columns unchanged): projected onto the
kept columns (`columns`, the row key among them), the capture holds exactly the rows the table had
at the point. Rows are compared as text (quote() of each column, as the table checksum reads them)
and matched by key: the capture (which has no index) is scanned once, live rows are found by key.
"""

from __future__ import annotations

from ..model.schema import Table
from .sqlite_capture import key_match, keys, row_hash, row_text
from .sqlite_reverse import quote as q


def checksum_sql(capture: str, columns: list[str]) -> str:
    return f"SELECT coalesce({row_hash(row_text('', columns))}, '0:0') FROM {capture}"


T, C, X = "_rb_t", "_rb_c", "_rb_x"
"""Aliases no user table is called (a table named c or t would make plain ones ambiguous)."""


def _changed_keys(live: str, capture: str, key: list[str], columns: list[str]) -> str:
    """Captured keys whose live row differs on `columns` from the captured row (updated since): the
    capture scanned once, the live row found by its key."""
    return (
        f"SELECT {keys(T, key)} FROM {capture} {C} JOIN {live} {T} ON {key_match(T, C, key)} "
        f"WHERE {row_text(T, columns)} IS NOT {row_text(C, columns)}"
    )


def counts_sql(table: Table, capture: str, key: list[str], columns: list[str]) -> str:
    """(updated, deleted, inserted) since the point: captured keys found live, and those equal on
    `columns`, from one scan of the capture with key lookups in the live table."""
    t = q(table.name)
    same = f"{row_text(T, columns)} = {row_text(C, columns)}"
    both = f"SELECT count(*) AS n, coalesce(sum({same}), 0) AS same FROM {capture} {C} JOIN {t} {T} ON {key_match(T, C, key)}"
    return (
        f"SELECT b.n - b.same, (SELECT count(*) FROM {capture}) - b.n, (SELECT count(*) FROM {t}) - b.n FROM ({both}) b"
    )


def keep_current_sql(table: Table, capture: str, key: list[str], columns: list[str]) -> list[str]:
    """Deleted keys leave the capture; updated rows' kept columns take their current values."""
    t = q(table.name)
    key_cols = keys("", key)
    cols = [c for c in columns if c not in key]
    out = [f"DELETE FROM {capture} WHERE ({key_cols}) NOT IN (SELECT {key_cols} FROM {t})"]
    if cols:
        match = key_match(X, capture, key)
        out.append(
            f"UPDATE {capture} SET ({', '.join(q(c) for c in cols)}) = "
            f"(SELECT {', '.join(f'{X}.{q(c)}' for c in cols)} FROM {t} {X} WHERE {match}) "
            f"WHERE ({key_cols}) IN ({_changed_keys(t, capture, key, columns)})"
        )
    return out


def restore_sql(table: Table, capture: str, key: list[str], columns: list[str]) -> list[str]:
    """Into a table whose live rows are back in place (the columns the migration removed holding
    their default or NULL): updated rows go (and come back from the capture with the missing keys),
    the removed columns are filled from the capture by key, missing captured keys are inserted.
    Rows inserted since keep the default or NULL."""
    t = q(table.name)
    key_cols = keys("", key)
    writable = [c.name for c in table.columns if c.writable]
    restored = [c for c in writable if c not in columns]
    names = ", ".join(q(c) for c in writable)
    out = [f"DELETE FROM {t} WHERE ({key_cols}) IN ({_changed_keys(t, capture, key, columns)})"]
    if restored:
        out.append(f"UPDATE {t} SET {', '.join(f'{q(c)} = {C}.{q(c)}' for c in restored)} FROM {capture} AS {C} "
                   f"WHERE {key_match(t, C, key)}")
    out.append(f"INSERT INTO {t} ({names}) SELECT {names} FROM {capture} WHERE ({key_cols}) NOT IN (SELECT {key_cols} FROM {t})")
    return out

"""PostgreSQL column type changes that keep every value as it is: a widening.

`ALTER TABLE t ALTER COLUMN c TYPE bigint` over an `integer` column, or `varchar(1024)` over
`varchar(128)`, rewrites no value (harbor's `properties.v`, `registry.url`, ente's `size` and every
`user_id` going to bigint): the reverse narrows the column back (`USING c::integer`) and gets the
same values, so the table needs no copy. Rows written since that do not fit the old type any more
(a value beyond the integer range, a string longer than the old length) are counted before the
reverse runs and refused (engine.rollback.nulls_since_refusals): an explicit cast to a shorter
varchar would cut them silently.

Only the integer types and varchar/text are read as widenings; anything else (numeric precision,
timestamps, a USING or COLLATE clause, a domain) keeps the whole-table copy.
"""

from __future__ import annotations

import re

_INTS = {"smallint": 16, "int2": 16, "integer": 32, "int": 32, "int4": 32, "bigint": 64, "int8": 64}
_RANGE = {16: (-32768, 32767), 32: (-2147483648, 2147483647)}
_VARCHAR = re.compile(r"^(?:character\s+varying|varchar)\s*(?:\(\s*(\d+)\s*\))?$")
_ALTER_TYPE = re.compile(
    r'^\s*ALTER\s+(?:COLUMN\s+)?("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)\s+(?:SET\s+DATA\s+)?TYPE\s+(.+?)\s*$',
    re.I | re.S,
)


def _kind(sql_type: str) -> tuple[str, int | None] | None:
    """('int', bits) or ('text', max length or None) for the types read here, else None."""
    t = re.sub(r"\s+", " ", sql_type.strip().lower())
    t = t.removeprefix("pg_catalog.").strip('"')
    if t in _INTS:
        return "int", _INTS[t]
    if t == "text":
        return "text", None
    if m := _VARCHAR.match(t):
        return "text", int(m.group(1)) if m.group(1) else None
    return None


def widened(old_type: str, new_type: str) -> bool:
    """The change from old_type to new_type keeps every value as it is (and back again)."""
    old, new = _kind(old_type), _kind(new_type)
    if old is None or new is None or old[0] != new[0] or old == new:
        return False
    if old[0] == "int":
        return int(new[1] or 0) > int(old[1] or 0)
    return new[1] is None or (old[1] is not None and new[1] >= old[1])


def retyped_column(action: str) -> tuple[str, str] | None:
    """(column as written, new type) of an `ALTER [COLUMN] c [SET DATA] TYPE t` action with no
    USING or COLLATE clause, else None."""
    m = _ALTER_TYPE.match(action)
    if not m or re.search(r"\b(USING|COLLATE)\b", m.group(2), re.I):
        return None
    return m.group(1), m.group(2)


def unfit_condition(quoted_column: str, old_type: str) -> str | None:
    """SQL true for a value that the old (narrower) type cannot hold, or None when every value fits."""
    kind = _kind(old_type)
    if kind is None:
        return None
    if kind[0] == "int":
        if kind[1] not in _RANGE:
            return None
        lo, hi = _RANGE[int(kind[1] or 0)]
        return f"{quoted_column} NOT BETWEEN {lo} AND {hi}"
    return None if kind[1] is None else f"char_length({quoted_column}) > {kind[1]}"

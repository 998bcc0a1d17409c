"""What a PostgreSQL unique index's definition (pg_get_indexdef) says about which rows may not
repeat: its keys, as SQL a query can group by (plain columns and expressions alike), whether NULLs
count as equal (NULLS NOT DISTINCT), and its predicate when partial.

    CREATE UNIQUE INDEX i ON public.t USING btree (lower(nick) COLLATE "C", ((a + b)), tenant DESC)
        INCLUDE (x) NULLS NOT DISTINCT WITH (fillfactor='70') WHERE (a > 0)

gives (['lower(nick) COLLATE "C"', '((a + b))', 'tenant'], True, 'a > 0'). A key with an operator
class whose equality may differ from the type's own (anything but the pattern classes, which
compare as `=` does), or a definition this reader does not follow, gives None: the caller then
leaves the check to the server."""

from __future__ import annotations

from .splitter import code_tokens

_SAME_EQUALITY_OPCLASSES = {"text_pattern_ops", "varchar_pattern_ops", "bpchar_pattern_ops"}
"""Operator classes whose equality is the type's `=`: grouping by the key finds what they forbid."""

_ORDER_WORDS = {"asc", "desc", "nulls", "first", "last"}


class _Tokens:
    def __init__(self, sql: str) -> None:
        self.sql = sql
        self.spans = [(a, b) for _, a, b in code_tokens(sql, "postgresql")]

    def text(self, i: int) -> str:
        a, b = self.spans[i]
        return self.sql[a:b]

    def word(self, i: int) -> str:
        return self.text(i).lower() if i < len(self.spans) else ""

    def closing(self, i: int) -> int:
        """The index of the parenthesis closing the one at `i`."""
        depth = 0
        for j in range(i, len(self.spans)):
            t = self.text(j)
            depth += 1 if t == "(" else -1 if t == ")" else 0
            if depth == 0:
                return j
        raise ValueError("unbalanced parentheses")

    def source(self, first: int, last: int) -> str:
        """The definition's text from token `first` to token `last`, both included."""
        return self.sql[self.spans[first][0] : self.spans[last][1]]


def unique_index_keys(sql: str) -> tuple[list[str], bool, str | None] | None:
    """(keys, nulls equal, predicate) of a unique index's definition; None when not followed, or
    not a unique index's."""
    try:
        return _read(_Tokens(sql))
    except (ValueError, IndexError):
        return None


def _read(tok: _Tokens) -> tuple[list[str], bool, str | None] | None:
    n = len(tok.spans)
    if [tok.word(i) for i in range(3)] != ["create", "unique", "index"]:
        return None  # not a unique index: nothing it forbids
    using = next((i for i in range(n) if tok.word(i) == "using"), None)
    if using is None or tok.text(using + 2) != "(":
        return None
    end = tok.closing(using + 2)
    keys: list[str] = []
    start = using + 3
    depth = 0
    for i in range(using + 3, end + 1):
        t = tok.text(i)
        if i == end or (t == "," and depth == 0):
            key = _key(tok, start, i - 1)
            if key is None:
                return None
            keys.append(key)
            start = i + 1
        else:
            depth += 1 if t == "(" else -1 if t == ")" else 0
    nulls_equal, predicate = False, None
    i = end + 1
    while i < n:
        w = tok.word(i)
        if w in ("include", "with") and tok.text(i + 1) == "(":
            i = tok.closing(i + 1) + 1
        elif w == "nulls" and tok.word(i + 1) == "not" and tok.word(i + 2) == "distinct":
            nulls_equal, i = True, i + 3
        elif w == "tablespace":
            i += 2
        elif w == "where" and tok.text(i + 1) == "(" and tok.closing(i + 1) == n - 1:
            predicate, i = tok.source(i + 2, n - 2), n
        else:
            return None
    return (keys, nulls_equal, predicate) if keys else None


def _key(tok: _Tokens, first: int, last: int) -> str | None:
    """One key of the list, tokens `first` to `last`: its expression (a name, a call, or a
    parenthesised expression), kept with its COLLATE; the sort order and a pattern operator class
    dropped; None for another operator class or anything else."""
    if first > last:
        return None
    i = first
    if tok.text(i) == "(":
        i = tok.closing(i) + 1
    else:  # a possibly qualified name, then the arguments when it is a call
        i += 1
        while i + 1 <= last and tok.text(i) == ".":
            i += 2
        if i <= last and tok.text(i) == "(":
            i = tok.closing(i) + 1
    expr_end = i - 1
    if i <= last and tok.word(i) == "collate":  # a collation's name, possibly qualified
        i += 2
        while i + 1 <= last and tok.text(i) == ".":
            i += 2
        expr_end = i - 1
    expression = tok.source(first, expr_end)
    while i <= last:
        w = tok.word(i)
        if w not in _ORDER_WORDS and w not in _SAME_EQUALITY_OPCLASSES:
            return None
        i += 1
    return expression

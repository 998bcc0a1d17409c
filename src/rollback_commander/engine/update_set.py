"""The SET list of a plain one-table UPDATE, read off its text.

`UPDATE [ONLY] t [[AS] a] SET c1 = e1, c2 = e2 [WHERE ...] [RETURNING ...]` leaves every row it
updates equal to its old version with the assignments applied. A capture can then keep the old
rows only and compute what the statement left from them (the dialect decides whether it can, see
`Dialect.update_replay`). Anything else reads as None: a WITH, a FROM list, multi-column, subscript
or field assignments, DEFAULT, a subquery, an inheritance star."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dialects.splitter import code_tokens
from .analyze import unquote

_WORD = re.compile(r"[^\W\d][\w$]*")
_ENDS = frozenset({"WHERE", "RETURNING", "FROM"})


@dataclass(frozen=True)
class UpdateSet:
    target: str
    """The table as written (quotes kept, for the name resolver)."""
    alias: str
    """The name the statement's expressions may qualify its columns with: the alias, else the table's own name."""
    assignments: tuple[tuple[str, str], ...]
    """(column, expression as written), in SET order."""


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) of the statement's code, as the splitter reads it."""
    return [(text[start:end], start, end) for _, start, end in code_tokens(text, "postgresql")]


def _word(tok: str) -> str:
    """An unquoted word in upper case ('' for anything else)."""
    return tok.upper() if _WORD.fullmatch(tok) else ""


def _ident(tok: str) -> bool:
    return tok.startswith('"') or bool(_word(tok))


def update_set(text: str) -> UpdateSet | None:
    toks = _tokens(text)
    while toks and toks[-1][0] == ";":
        toks.pop()
    if len(toks) < 5 or _word(toks[0][0]) != "UPDATE":
        return None
    i = 2 if _word(toks[1][0]) == "ONLY" else 1
    start = i
    if not _ident(toks[i][0]):
        return None
    while i + 2 < len(toks) and toks[i + 1][0] == "." and _ident(toks[i + 2][0]):
        i += 2
    target = text[toks[start][1]:toks[i][2]]
    alias = unquote(toks[i][0])
    i += 1
    if i < len(toks) and _word(toks[i][0]) == "AS":
        i += 1
    if i < len(toks) and _ident(toks[i][0]) and _word(toks[i][0]) != "SET":
        alias = unquote(toks[i][0])
        i += 1
    if i >= len(toks) or _word(toks[i][0]) != "SET":
        return None
    i += 1
    out: list[tuple[str, str]] = []
    while i < len(toks):
        if not _ident(toks[i][0]) or i + 1 >= len(toks) or toks[i + 1][0] != "=":
            return None  # (a, b) = ..., a[1] = ..., a.f = ...
        column = unquote(toks[i][0])
        i += 2
        first, depth, end = i, 0, i
        while end < len(toks):
            tok = toks[end][0]
            if tok in "([":
                depth += 1
            elif tok in ")]":
                depth -= 1
            elif depth == 0 and (tok == "," or (_word(tok) in _ENDS and _word(toks[end - 1][0]) != "DISTINCT")):
                break
            end += 1
        if end == first:
            return None
        expr = text[toks[first][1]:toks[end - 1][2]].strip()
        words = {_word(t) for t, _, _ in toks[first:end]}
        if "SELECT" in words or (end - first == 1 and "DEFAULT" in words) or "$firing" in expr:
            return None
        out.append((column, expr))
        i = end
        if i < len(toks) and toks[i][0] == ",":
            i += 1
            continue
        if i < len(toks) and _word(toks[i][0]) == "FROM":
            return None
        break
    return UpdateSet(target, alias, tuple(out)) if out else None


_ASSIGNED_ENDS = frozenset({"WHERE", "RETURNING", "FROM", "ORDER", "LIMIT"})


def assigned_columns(text: str, dialect: str = "postgresql") -> frozenset[str] | None:
    """The columns a one-table UPDATE assigns, in lower case: its SET list read up to WHERE, FROM,
    RETURNING (ORDER BY, LIMIT: MySQL), a FROM list allowed after it: `c = e`, `(a, b) = ...`, and
    `c[1] = e`, `c.f = e` or `t.c = e` (every name there: a superset). None for anything else (a WITH, a join, modifiers such as
    SQLite's OR REPLACE or MySQL's IGNORE, a name it cannot read): foreign-key reach then assumes
    every column (fk_reach.write_reach)."""
    toks = [text[start:end] for _, start, end in code_tokens(text, dialect)]
    while toks and toks[-1] == ";":
        toks.pop()
    if len(toks) < 5 or _word(toks[0]) != "UPDATE":
        return None
    i = 2 if _word(toks[1]) == "ONLY" else 1
    if i >= len(toks) or not _ident(toks[i]) or _word(toks[i]) in ("OR", "LOW_PRIORITY", "IGNORE"):
        return None
    while i + 2 < len(toks) and toks[i + 1] == "." and _ident(toks[i + 2]):
        i += 2
    i += 1
    if i < len(toks) and toks[i] == "*":
        i += 1
    if i < len(toks) and _word(toks[i]) == "AS":
        i += 1
    if i < len(toks) and _ident(toks[i]) and _word(toks[i]) != "SET":
        i += 1
    if i >= len(toks) or _word(toks[i]) != "SET":
        return None
    i += 1
    out: set[str] = set()
    while i < len(toks):
        if toks[i] == "(":  # (a, b) = (...) or = (SELECT ...)
            i += 1
            while i < len(toks) and toks[i] != ")":
                if _ident(toks[i]):
                    out.add(unquote(toks[i]))
                elif toks[i] != ",":
                    return None
                i += 1
            i += 1
        elif _ident(toks[i]):
            out.add(unquote(toks[i]))
            i += 1
            if i < len(toks) and toks[i] in ("[", "."):  # c[1] = ..., c.f = ..., MySQL's t.c = ...: every name
                while i < len(toks) and toks[i] != "=":
                    if _ident(toks[i]):
                        out.add(unquote(toks[i]))
                    i += 1
        else:
            return None
        if i >= len(toks) or toks[i] != "=":
            return None
        i += 1
        depth, begun = 0, i
        while i < len(toks):
            tok = toks[i]
            if tok in ("(", "["):
                depth += 1
            elif tok in (")", "]"):
                depth -= 1
            elif depth == 0 and (tok == "," or (_word(tok) in _ASSIGNED_ENDS and _word(toks[i - 1]) != "DISTINCT")):
                break
            i += 1
        if i == begun:
            return None
        if i < len(toks) and toks[i] == ",":
            i += 1
            continue
        break
    return frozenset(c.lower() for c in out) or None

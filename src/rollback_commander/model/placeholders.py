"""Placeholders in migration files: Flyway's and Liquibase's `${name}`, given values by the user.

Flyway projects write `${schema}`, `${app_user}` or `${flyway:defaultSchema}` in their SQL and pass
the values at run time (`-placeholders.schema=crm`); Liquibase formatted SQL does the same with
changelog parameters. The tool replaces `${name}` with its value when the user gives one
(`--placeholder name=value`, or a `[placeholders]` table in rollback.toml), everywhere in the text,
as Flyway does. A `${...}` without a value is left as it is: SQL may hold it for its own reasons (a
JavaScript template in a plv8 function, a JSON literal), so only the database can tell it is wrong,
and a statement that then fails names the placeholder in its hint (`missing_hint`).

A file's checksum is taken before replacement (as Flyway's is), so changing a value does not make
an applied migration look edited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import UsageError

PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][\w.:-]*)\}")
"""`${name}`: a letter or underscore, then letters, digits, `_`, `.`, `:` (Flyway's `flyway:` prefix) or `-`."""

_NAME = re.compile(r"^[A-Za-z_][\w.:-]*$")


def parse_assignments(items: Iterable[str], what: str = "--placeholder") -> dict[str, str]:
    """NAME=VALUE arguments as a mapping (a later one wins); a malformed one is a usage error
    naming it."""
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not _NAME.match(name):
            raise UsageError(f"{what} {item!r} is not NAME=VALUE",
                             hint="write it as name=value, e.g. --placeholder schema=crm (the migrations say ${schema})")
        out[name] = value
    return out


def from_config(data: Any, source: str) -> dict[str, str]:
    """The `[placeholders]` table of rollback.toml: names to strings, numbers or booleans."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise UsageError(f"{source}: placeholders must be a table (name = \"value\")")
    out: dict[str, str] = {}
    for name, value in data.items():
        if not _NAME.match(str(name)) or isinstance(value, (dict, list)):
            raise UsageError(f"{source}: placeholders.{name} must be a name with a string, number or boolean value")
        out[str(name)] = str(value).lower() if isinstance(value, bool) else str(value)
    return out


def substitute(text: str, values: Mapping[str, str]) -> str:
    """`text` with every `${name}` that has a value replaced by it; others left as they are."""
    if not values or "${" not in text:
        return text
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def missing_hint(statement: str) -> str:
    """For a statement that failed: the placeholders it still holds, and how to give them values
    ('' when it holds none)."""
    names = sorted(set(PLACEHOLDER.findall(statement)))
    if not names:
        return ""
    listed = ", ".join("${" + n + "}" for n in names)
    return (f"; it holds the placeholder{'s' if len(names) > 1 else ''} {listed}, which had no value: give "
            f"{'them' if len(names) > 1 else 'it'} with --placeholder {names[0]}=VALUE or a [placeholders] table in rollback.toml")

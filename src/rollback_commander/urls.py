"""Database URLs: parsing, dialect detection and password masking."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from .errors import UsageError

_SCHEMES = {
    "sqlite": "sqlite",
    "postgresql": "postgresql",
    "postgres": "postgresql",
    "mysql": "mysql",
    "mariadb": "mysql",
}


@dataclass(frozen=True)
class DatabaseUrl:
    raw: str
    dialect: str

    @property
    def masked(self) -> str:
        return mask_password(self.raw)

    def sqlite_path(self) -> str:
        """The file path of a sqlite:///path URL (':memory:' allowed)."""
        rest = self.raw.split(":", 1)[1]
        if rest.startswith("///"):
            return unquote(rest[3:]) or ":memory:"
        if rest.startswith("//"):
            return unquote(rest[2:]) or ":memory:"
        return unquote(rest)

    def parts(self) -> dict[str, object]:
        """Host, port, user, password, database and query options of a server URL."""
        split = urlsplit(self.raw)
        query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        return {
            "host": split.hostname,
            "port": split.port,
            "user": unquote(split.username) if split.username else None,
            "password": unquote(split.password) if split.password else None,
            "database": unquote(split.path.lstrip("/")) or None,
            "query": query,
        }


def parse_url(raw: str) -> DatabaseUrl:
    raw = raw.strip()
    scheme = raw.split(":", 1)[0].lower() if ":" in raw else ""
    base = scheme.split("+", 1)[0]
    if base not in _SCHEMES:
        raise UsageError(
            f"unsupported database URL {mask_password(raw)!r}",
            hint="use sqlite:///path.db, postgresql://user@host:5432/db or mysql://user@host:3306/db",
        )
    dialect = _SCHEMES[base]
    if dialect != "sqlite":
        if _unencoded_userinfo(raw, dialect):
            raise UsageError(
                "the user name or password in the database URL has characters that must be percent-encoded",
                hint="write @ as %40, / as %2F, ? as %3F, # as %23 and a space as %20 "
                "(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=\"\"))' PASSWORD)",
            )
        try:
            urlsplit(raw).port  # noqa: B018 - validates the port
        except ValueError as exc:
            raise UsageError(f"bad port in database URL {mask_password(raw)!r}: {exc}") from None
    return DatabaseUrl(raw=raw, dialect=dialect)


def _unencoded_userinfo(raw: str, dialect: str) -> bool:
    """Whether a server URL's user name or password holds what only percent-encoded is part of it:
    whitespace; `/`, `?` or `#` (they end the host part early, so the password's start reads as a
    port and its rest as the path); on PostgreSQL an `@` (libpq ends the password at the first one;
    PyMySQL gets the parts as Python splits them, at the last one). Any of them would print part
    of the password in an error message."""
    rest = raw.split("://", 1)[1] if "://" in raw else ""
    if any(ch.isspace() for ch in rest):
        return True
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    netloc = rest[:end]
    if "@" in netloc:
        return dialect == "postgresql" and "@" in netloc[: netloc.rfind("@")]
    after = rest[end:]
    at = after.find("@")
    if at < 0:
        return False
    # an `@` after the host part: in the path (a database name writes it %40), or in a query or
    # fragment where no `key=` comes before it, ends a password cut short by `/`, `?` or `#`
    head = after[:at]
    query = next((head[head.find(c) + 1:] for c in "?#" if c in head), None)
    return query is None or "=" not in query.rsplit("&", 1)[-1]


# the password runs to the last `@` before the host (PyMySQL accepts an unencoded `@` in it)
_PASSWORD_IN_URL = re.compile(r"(?P<pre>[a-zA-Z][a-zA-Z0-9+.-]*://[^:/?#@\s]*:)(?P<pw>[^/\s]*)(?P<at>@)")
_PASSWORD_IN_QUERY = re.compile(r"(?P<pre>[?&]password=)(?P<pw>[^&\s]*)", re.IGNORECASE)


def mask_password(text: str) -> str:
    """Replace every password in URLs inside `text` by ***."""
    text = _PASSWORD_IN_URL.sub(lambda m: f"{m['pre']}***{m['at']}", text)
    return _PASSWORD_IN_QUERY.sub(lambda m: f"{m['pre']}***", text)

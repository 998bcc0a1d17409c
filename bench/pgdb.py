"""PostgreSQL side of the benchmark: scratch databases, the `contacts` data set, preparation before a
timed step, and server-side checksums. Nothing proportional to the table size goes through Python."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

from results import Compared

SCRATCH_PREFIX = "rc_bench_"


def db_url(admin_url: str, dbname: str) -> str:
    """The admin URL with its database replaced (host, port, user, password, query kept)."""
    parts = urlsplit(admin_url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, parts.fragment))


_PASSWORD = re.compile(r"(://[^:/?#@\s]*:)[^@/\s]*@")


def mask(url: str) -> str:
    return _PASSWORD.sub(r"\1***@", url)


@contextmanager
def connect(url: str) -> Iterator[psycopg.Connection[Any]]:
    conn = psycopg.connect(url, autocommit=True, application_name="rollback-bench")
    try:
        yield conn
    finally:
        conn.close()


class ScratchDatabases:
    """Creates `rc_bench_<pid>_*` databases and drops every one of them on close."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.prefix = f"{SCRATCH_PREFIX}{os.getpid()}_"
        self._conn: psycopg.Connection[Any] = psycopg.connect(
            admin_url, autocommit=True, application_name="rollback-bench-admin"
        )
        self.server_version: int = self._conn.info.server_version
        self._created: set[str] = set()
        self.created_total = 0

    def name(self, tag: str) -> str:
        return self.prefix + tag

    def url(self, name: str) -> str:
        return db_url(self.admin_url, name)

    def create(self, name: str, template: str | None = None) -> str:
        self.drop(name)
        self._created.add(name)
        self.created_total += 1
        if template is None:
            stmt = sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name))
        else:
            # FILE_COPY (PG 15+) copies the files instead of WAL-logging every block: much faster for
            # a few hundred MB. Either way the copy is identical; this step is never timed.
            strategy = sql.SQL(" STRATEGY FILE_COPY") if self.server_version >= 150000 else sql.SQL("")
            stmt = sql.SQL("CREATE DATABASE {} TEMPLATE {}{}").format(
                sql.Identifier(name), sql.Identifier(template), strategy
            )
        self._conn.execute(stmt)
        return self.url(name)

    def drop(self, name: str) -> None:
        force = sql.SQL(" WITH (FORCE)") if self.server_version >= 130000 else sql.SQL("")
        self._conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}{}").format(sql.Identifier(name), force))
        self._created.discard(name)

    def close(self) -> list[str]:
        """Drop what this run created (and anything else with this run's prefix). Returns the names."""
        pattern = self.prefix.replace("_", r"\_") + "%"
        rows = self._conn.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s", (pattern,)
        ).fetchall()
        names = sorted(self._created | {str(r[0]) for r in rows})
        for name in names:
            self.drop(name)
        self._conn.close()
        return names


# ~100 bytes per row on disk (row header included); deterministic, so every size is reproducible.
# One contact in twenty has no phone, so NULLs must round-trip too.
CONTACTS_DDL = """
CREATE TABLE contacts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           text NOT NULL,
    phone           text,
    status          text NOT NULL,
    created_at      timestamptz NOT NULL
)
"""

CONTACTS_FILL = """
INSERT INTO contacts (organization_id, first_name, last_name, email, phone, status, created_at)
SELECT s.org,
       (ARRAY['Ada','Grace','Alan','Edsger','Barbara','Donald','Margaret','Ken','Dennis','Frances'])[1 + s.g % 10],
       (ARRAY['Lovelace','Hopper','Turing','Dijkstra','Liskov','Knuth','Hamilton','Thompson',
              'Ritchie','Allen','Perlman','Wirth'])[1 + (s.g / 10) % 12],
       'c' || s.g || '@org' || s.org || '.example',
       CASE WHEN s.g % 20 = 7 THEN NULL ELSE '+1-555-' || lpad(((s.g * 104729) % 10000000)::text, 7, '0') END,
       (ARRAY['lead','prospect','active','churned'])[1 + (s.g / 3) % 4],
       timestamptz '2020-01-01 00:00:00+00' + s.g * interval '61 seconds'
FROM (SELECT g, 1 + (g * 7919) % 5000 AS org FROM generate_series(1::bigint, {rows}::bigint) AS g) AS s
ORDER BY s.g
"""

CONTACTS_INDEX = "CREATE INDEX contacts_email_idx ON contacts (email)"


@dataclass(frozen=True)
class TableInfo:
    rows: int
    heap_bytes: int
    total_bytes: int
    avg_row_bytes: float


def load_contacts(url: str, rows: int) -> TableInfo:
    """Create and fill `contacts` server-side, index it, VACUUM ANALYZE."""
    with connect(url) as conn:
        conn.execute(CONTACTS_DDL)
        conn.execute(sql.SQL(CONTACTS_FILL).format(rows=sql.Literal(rows)))
        conn.execute(CONTACTS_INDEX)
        conn.execute("VACUUM ANALYZE")
        row = conn.execute(
            "SELECT count(*), pg_relation_size('contacts'), pg_total_relation_size('contacts') FROM contacts"
        ).fetchone()
        assert row is not None
        count, heap, total = int(row[0]), int(row[1]), int(row[2])
    return TableInfo(rows=count, heap_bytes=heap, total_bytes=total, avg_row_bytes=heap / max(count, 1))


def prepare(url: str) -> int:
    """Before every timed step: VACUUM ANALYZE the database, then CHECKPOINT, so no step pays for the
    previous one's dirty pages or stale statistics. Returns how many other client sessions were
    running a statement on the server just then (someone else's load skews the figures)."""
    with connect(url) as conn:
        conn.execute("VACUUM ANALYZE")
        conn.execute("CHECKPOINT")
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' "
            "AND state = 'active' AND pid <> pg_backend_pid()"
        ).fetchone()
    return int(row[0]) if row else 0


def execute(url: str, *statements: str) -> None:
    with connect(url) as conn:
        for stmt in statements:
            conn.execute(stmt.encode())


@dataclass(frozen=True)
class TableState(Compared):
    """What must be equal before a destructive step and after its rollback."""

    rows: int
    phone_nulls: int | None
    id_phone_md5: str | None  # (id, phone), NULL told apart from ''; None when the column is absent
    row_md5: str  # every column of every row, in column order (so column order is checked too)
    columns: str  # name, type, NOT NULL, identity, in attnum order
    indexes: str  # every index definition


_COLUMNS_SQL = """
SELECT string_agg(
         format('%s %s%s%s', attname, format_type(atttypid, atttypmod),
                CASE WHEN attnotnull THEN ' not null' ELSE '' END,
                CASE attidentity WHEN 'a' THEN ' identity always' WHEN 'd' THEN ' identity by default' ELSE '' END),
         ', ' ORDER BY attnum)
FROM pg_attribute
WHERE attrelid = 'public.contacts'::regclass AND attnum > 0 AND NOT attisdropped
"""

_INDEXES_SQL = """
SELECT coalesce(string_agg(indexdef, '; ' ORDER BY indexname), '')
FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'contacts'
"""

_HAS_PHONE_SQL = """
SELECT EXISTS (SELECT 1 FROM pg_attribute
               WHERE attrelid = 'public.contacts'::regclass AND attname = 'phone' AND NOT attisdropped)
"""

_WITH_PHONE_SQL = """
SELECT count(*),
       count(*) FILTER (WHERE phone IS NULL),
       md5(string_agg(id::text || ':' || coalesce(quote_literal(phone), 'NULL'), ',' ORDER BY id)),
       md5(string_agg(md5(c::text), '' ORDER BY id))
FROM public.contacts AS c
"""

_WITHOUT_PHONE_SQL = """
SELECT count(*), NULL::bigint, NULL::text, md5(string_agg(md5(c::text), '' ORDER BY id))
FROM public.contacts AS c
"""


def table_state(url: str) -> TableState:
    with connect(url) as conn:
        conn.execute("SET work_mem = '256MB'")
        has_phone_row = conn.execute(_HAS_PHONE_SQL).fetchone()
        has_phone = bool(has_phone_row and has_phone_row[0])
        data = conn.execute(_WITH_PHONE_SQL if has_phone else _WITHOUT_PHONE_SQL).fetchone()
        cols = conn.execute(_COLUMNS_SQL).fetchone()
        idx = conn.execute(_INDEXES_SQL).fetchone()
    assert data is not None and cols is not None and idx is not None
    return TableState(
        rows=int(data[0]),
        phone_nulls=None if data[1] is None else int(data[1]),
        id_phone_md5=None if data[2] is None else str(data[2]),
        row_md5=str(data[3]),
        columns=str(cols[0]),
        indexes=str(idx[0]),
    )


def server_version_string(url: str) -> str:
    with connect(url) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    return str(row[0]) if row else "?"

"""PostgreSQL: the keys, NULL rule and predicate read off a unique index's definition as the server
prints it (pg_get_indexdef), and the duplicate count grouped by them agreeing with the server's own
verdict: building the index fails exactly when the count is not zero."""

from __future__ import annotations

import pytest

from rollback_commander.dialects.postgres_indexdef import unique_index_keys

from .helpers import query, run_sql

TABLE = ('CREATE SCHEMA s; CREATE FUNCTION s.norm(text) RETURNS text IMMUTABLE LANGUAGE sql AS $$SELECT lower($1)$$;'
         'CREATE TABLE t (id int, nick text, "Mixed Col" text, a int, b int, ts timestamp, tenant int);')

INDEXES = {
    "CREATE UNIQUE INDEX i ON t (upper(nick))": (["upper(nick)"], False, None),
    "CREATE UNIQUE INDEX i ON t ((nick::varchar(3)))": (["((nick)::character varying(3))"], False, None),
    "CREATE UNIQUE INDEX i ON t ((a + b), tenant DESC NULLS LAST)": (["((a + b))", "tenant"], False, None),
    'CREATE UNIQUE INDEX i ON t (s.norm("Mixed Col") text_pattern_ops, tenant) WHERE a > 0':
        (['s.norm("Mixed Col")', "tenant"], False, "a > 0"),
    'CREATE UNIQUE INDEX i ON t (lower(nick) COLLATE "C", coalesce(tenant, 0)) INCLUDE (a) NULLS NOT DISTINCT '
    "WITH (fillfactor = 70)": (['lower(nick) COLLATE "C"', "COALESCE(tenant, 0)"], True, None),
    "CREATE UNIQUE INDEX i ON t (date_trunc('day', ts), (nick || ', x'))":
        (["date_trunc('day'::text, ts)", "((nick || ', x'::text))"], False, None),
    "CREATE UNIQUE INDEX i ON t (nick varchar_pattern_ops)": (["nick"], False, None),
}

ROWS = ("INSERT INTO t VALUES (1, 'Ann', 'X', 1, 2, '2026-01-01 10:00', NULL), (2, 'ann', 'x', 2, 1, '2026-01-01 11:00', NULL),"
        " (3, 'Bob', 'y', 0, 3, '2026-01-02 10:00', 7), (4, 'Bobby', 'Y', 3, 0, '2026-01-03 10:00', 7),"
        " (5, NULL, NULL, NULL, NULL, NULL, NULL), (6, NULL, NULL, NULL, NULL, NULL, NULL)")


def _duplicates(url: str, keys: list[str], nulls_equal: bool, predicate: str | None) -> int:
    """What the rollback's foresight counts (PostgresDialect._reimposed_query's shape)."""
    conds = ([] if nulls_equal else [f"({k}) IS NOT NULL" for k in keys]) + ([f"({predicate})"] if predicate else [])
    where = " WHERE " + " AND ".join(conds) if conds else ""
    sql = (f"SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM t{where} GROUP BY {', '.join(keys)} "
           "HAVING count(*) > 1) d")
    return int(query(url, sql)[0][0])


@pytest.mark.parametrize("create", list(INDEXES))
def test_a_unique_index_definition_gives_keys_that_count_what_the_server_refuses(pg_url: str, create: str) -> None:
    run_sql(pg_url, TABLE)
    run_sql(pg_url, create)
    (sql,) = query(pg_url, "SELECT pg_get_indexdef('i'::regclass)")[0]
    parts = unique_index_keys(sql)
    assert parts == INDEXES[create], sql
    run_sql(pg_url, "DROP INDEX i;" + ROWS)
    duplicates = _duplicates(pg_url, *parts)
    try:
        run_sql(pg_url, create)
        built = True
    except Exception as exc:  # the server's unique violation
        assert "could not create unique index" in str(exc), exc
        built = False
    assert built == (duplicates == 0), (create, duplicates)


@pytest.mark.parametrize("sql", [
    "CREATE UNIQUE INDEX i ON public.t USING btree (a int4_custom_ops)",  # an operator class of its own equality
    "CREATE UNIQUE INDEX i ON public.t USING btree (a) WHERE (a > 0) AND (b > 0)",  # not the server's shape
    "CREATE UNIQUE INDEX i ON public.t USING btree ()",
    "CREATE UNIQUE INDEX i ON public.t USING btree (lower(a)",
    "CREATE UNIQUE INDEX i ON public.t (a)",
    "CREATE INDEX i ON public.t USING btree (a)",  # not unique: forbids nothing
])
def test_a_definition_the_reader_does_not_follow_is_left_to_the_server(sql: str) -> None:
    assert unique_index_keys(sql) is None

"""Replayed UPDATEs (PostgreSQL): a plain UPDATE of a large table keeps the old rows only and
evaluates its SET list again on them for what it left; anything the SET list alone cannot tell is
captured with both transition tables, as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rollback_commander import api
from rollback_commander.dialects import postgres_capture as pc
from rollback_commander.engine.update_set import update_set
from rollback_commander.errors import Conflict

from .helpers import query, run_sql, write_migrations

REPLAYED = "the SET list replayed"

SETUP = """
CREATE TYPE mood AS ENUM ('calm', 'busy', 'away');
CREATE DOMAIN short_code AS varchar(8) CHECK (VALUE <> '');
CREATE TABLE "Contacts" (
    id bigint PRIMARY KEY,
    name varchar(40) NOT NULL,
    balance numeric(10, 2) NOT NULL,
    ratio double precision,
    tags text[],
    props jsonb,
    state mood NOT NULL DEFAULT 'calm',
    code short_code,
    born date,
    seen timestamptz
);
INSERT INTO "Contacts"
SELECT g, 'name ' || g, g * 1.25, g / 7.0, ARRAY['t' || g % 3], jsonb_build_object('g', g),
       (ARRAY['calm', 'busy', 'away'])[1 + g % 3]::mood, 'c' || g % 100, date '2020-01-01' + g % 900,
       timestamptz '2021-01-01 00:00:00+00' + g * interval '1 minute'
FROM generate_series(1, 300) g;
ANALYZE "Contacts";
"""

REPLAYABLE = """UPDATE "Contacts" AS c
   SET balance = c.balance * 1.1 + 0.005,     -- numeric(10,2) rounds
       name = upper(name) || ' (' || 'x, y' || ')',
       ratio = -ratio,
       tags = array_append(tags, 'moved'),
       props = props || '{"moved": true}',
       state = 'away',
       code = NULL,
       born = born + 1
 WHERE id % 3 = 0;
"""


@pytest.fixture
def replay_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replay the UPDATEs of tables of any size (the threshold keeps small tables' UPDATEs from paying for the check)."""
    monkeypatch.setattr(pc, "REPLAY_MIN_ROWS", 0)


def _reasons(url: str, migration: str) -> list[str]:
    info = query(url, f"SELECT info FROM rollback.points WHERE migration = '{migration}'")[0][0]
    info = json.loads(info) if isinstance(info, str) else info
    return [p["reason"] for p in info["plan"]]


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("UPDATE t SET a = 1", ("t", "t", (("a", "1"),))),
        ('update ONLY public."T x" AS "Y" set "A,b" = \'x, y\' || $q$z,w$q$, b = b + 1 where a is distinct from b;',
         ('public."T x"', "Y", (("A,b", "'x, y' || $q$z,w$q$"), ("b", "b + 1")))),
        ("UPDATE t x SET a = b IS DISTINCT FROM c, d = ARRAY[1, 2] /* a, b */ RETURNING *",
         ("t", "x", (("a", "b IS DISTINCT FROM c"), ("d", "ARRAY[1, 2]")))),
        ("UPDATE t SET a = E'it\\'s, here' WHERE CURRENT OF cur", ("t", "t", (("a", "E'it\\'s, here'"),))),
    ],
)
def test_the_set_list_is_read_as_written(sql: str, expected: tuple[str, str, tuple[tuple[str, str], ...]]) -> None:
    got = update_set(sql)
    assert got is not None
    assert (got.target, got.alias, got.assignments) == expected


@pytest.mark.parametrize("sql", [
    "UPDATE t SET a = 1 FROM u WHERE t.id = u.id",
    "UPDATE t SET (a, b) = (1, 2)",
    "UPDATE t SET a = DEFAULT",
    "UPDATE t SET a = (SELECT max(b) FROM u)",
    "UPDATE t SET a[1] = 2",
    "UPDATE t SET c.f = 2",
    "UPDATE t * SET a = 1",
    "WITH x AS (SELECT 1) UPDATE t SET a = 1",
    "DELETE FROM t",
])
def test_anything_but_a_plain_set_list_is_not_read(sql: str) -> None:
    assert update_set(sql) is None


@pytest.mark.postgres
@pytest.mark.parametrize("statement", [
    REPLAYABLE,
    # PostgreSQL's own stable functions of the transaction and the settings give the same value at
    # the statement trigger as while the statement ran: a common backfill is replayed too
    'UPDATE "Contacts" SET seen = now() WHERE id < 10;',
    'UPDATE "Contacts" AS c SET seen = c.seen + interval \'1 day\', born = current_date WHERE id < 10;',
    'UPDATE "Contacts" SET name = left(name || seen, 40), code = to_char(seen, \'YYMMDD\') WHERE id < 10;',
    "UPDATE \"Contacts\" SET props = jsonb_build_object('at', statement_timestamp(), 'tz', current_setting('TimeZone')) WHERE id < 10;",
])
def test_a_replayed_update_round_trips_and_finds_conflicts_row_by_row(pg_url: str, tmp_path: Path, replay_all: None,
                                                                      statement: str) -> None:
    run_sql(pg_url, SETUP)
    before = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_backfill.sql": statement})
    api.apply(pg_url, str(folder))
    assert any(REPLAYED in r for r in _reasons(pg_url, "001_backfill"))
    # untouched rows and a write that leaves a row as it was are no conflict; a changed row is one
    run_sql(pg_url, 'UPDATE "Contacts" SET props = props WHERE id = 3; UPDATE "Contacts" SET ratio = 0 WHERE id = 6;')
    with pytest.raises(Conflict) as conflict:
        api.rollback_to(pg_url, "base")
    assert "(1 rows," in str(conflict.value)
    api.rollback_to(pg_url, "base", on_conflict="restore-old")
    assert api.fingerprint(pg_url) == before


@pytest.mark.postgres
@pytest.mark.parametrize(("statements", "kinds"), [
    # one firing: the capture's rows are read as they are
    (['UPDATE "Contacts" SET name = upper(name) WHERE id % 3 = 0;'], ["r"]),
    # several: per key its last event, whose old image a statement of other SET columns (hashed
    # whole) may have changed in between (id 30 goes through all three)
    (['UPDATE "Contacts" SET name = upper(name) WHERE id % 3 = 0;', 'UPDATE "Contacts" SET born = born + 1 WHERE id % 5 = 0;',
      'UPDATE "Contacts" SET name = name || \'!\' WHERE id % 2 = 0;'], ["r", "u"]),
])
@pytest.mark.parametrize("change", [
    # never set: compared with the old image exactly (jsonb 6 and 6.0 are equal, yet read differently)
    "UPDATE \"Contacts\" SET props = jsonb_build_object('g', 6.0) WHERE id = 6",
    'UPDATE "Contacts" SET ratio = ratio + 1 WHERE id = 6',
    "UPDATE \"Contacts\" SET name = name || '?' WHERE id = 6",  # set: by the hash of the SET columns
])
def test_a_replayed_update_tells_what_it_left_by_its_set_columns_and_the_old_image(
        pg_url: str, tmp_path: Path, replay_all: None, statements: list[str], kinds: list[str], change: str) -> None:
    """The capture of a replayed UPDATE hashes the SET columns' new values only (kind 'r'): a row is
    as the statement left it when those hash the same and every other column equals its old image.
    A change since to any column is found, a write leaving the row as it was is not."""
    run_sql(pg_url, SETUP)
    before = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_backfill.sql": "\n".join(statements)})
    api.apply(pg_url, str(folder))
    [capture] = [c[0] for c in _capture_counts(pg_url, "001_backfill")]
    assert [k for (k,) in query(pg_url, f"SELECT DISTINCT _rb_kind::text FROM {capture} ORDER BY 1")] == kinds
    run_sql(pg_url, f'UPDATE "Contacts" SET props = props, name = name WHERE id IN (12, 30); {change};')
    with pytest.raises(Conflict) as conflict:
        api.rollback_to(pg_url, "base")
    assert "(1 rows," in str(conflict.value)
    api.rollback_to(pg_url, "base", on_conflict="restore-old")
    assert api.fingerprint(pg_url) == before


@pytest.mark.postgres
def test_a_replayed_update_round_trips_exactly(pg_url: str, tmp_path: Path, replay_all: None) -> None:
    run_sql(pg_url, SETUP)
    before = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_backfill.sql": REPLAYABLE, "002_again.sql": 'UPDATE "Contacts" SET ratio = ratio * 2;'})
    api.apply(pg_url, str(folder))
    assert any(REPLAYED in r for r in _reasons(pg_url, "002_again"))
    after = api.fingerprint(pg_url)
    api.rollback_to(pg_url, "001_backfill")
    api.apply(pg_url, str(folder))
    assert api.fingerprint(pg_url) == after
    api.rollback_to(pg_url, "base")
    assert api.fingerprint(pg_url) == before


@pytest.mark.postgres
@pytest.mark.parametrize(("setup", "statement"), [
    ("", 'UPDATE "Contacts" SET ratio = random() WHERE id < 10;'),  # volatile
    ("", 'UPDATE "Contacts" SET seen = clock_timestamp() WHERE id < 10;'),  # volatile
    ("", 'UPDATE "Contacts" SET id = id + 1000 WHERE id < 10;'),  # a key column
    # a subquery reads the rows the statement changed (its value at the trigger differs)
    ("", 'UPDATE "Contacts" SET balance = (SELECT max(balance) + 1 FROM "Contacts") WHERE id < 10;'),
    ("", 'UPDATE "Contacts" c SET balance = (SELECT count(*) FROM "Contacts" x WHERE x.balance > c.balance) WHERE id < 10;'),
    # stable, but reading the table, statistics or snapshots
    ("", 'UPDATE "Contacts" SET name = left(table_to_xml(\'"Contacts"\', true, false, \'\')::text, 40) WHERE id < 10;'),
    ("", 'UPDATE "Contacts" SET ratio = pg_stat_get_xact_tuples_updated(\'"Contacts"\'::regclass) WHERE id < 10;'),
    ("", 'UPDATE "Contacts" SET name = left(pg_current_snapshot()::text, 40) WHERE id < 10;'),
    # a user's stable function may read tables
    ('CREATE FUNCTION top_balance() RETURNS numeric STABLE LANGUAGE sql AS $$ SELECT max(balance) FROM "Contacts" $$;',
     'UPDATE "Contacts" SET balance = top_balance() + 1 WHERE id < 10;'),
    ('CREATE FUNCTION plus_top(numeric, numeric) RETURNS numeric STABLE LANGUAGE sql AS '
     '$$ SELECT $1 + $2 + (SELECT max(balance) FROM "Contacts") $$; CREATE OPERATOR ## (FUNCTION = plus_top, '
     'LEFTARG = numeric, RIGHTARG = numeric);',
     'UPDATE "Contacts" SET balance = balance ## 1 WHERE id < 10;'),  # the function behind an operator
    ("CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.seen := now(); RETURN NEW; END $$;"
     'CREATE TRIGGER stamp BEFORE UPDATE ON "Contacts" FOR EACH ROW EXECUTE FUNCTION stamp();',
     'UPDATE "Contacts" SET ratio = 1 WHERE id < 10;'),  # a trigger writes more than the SET list
    ('ALTER TABLE "Contacts" ADD COLUMN twice numeric GENERATED ALWAYS AS (balance * 2) STORED;',
     'UPDATE "Contacts" SET balance = 1 WHERE id < 10;'),  # a generated column follows
])
def test_what_the_set_list_alone_cannot_tell_is_captured_whole(pg_url: str, tmp_path: Path, replay_all: None,
                                                                setup: str, statement: str) -> None:
    run_sql(pg_url, SETUP + setup)
    before = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_update.sql": statement})
    api.apply(pg_url, str(folder))
    assert not any(REPLAYED in r for r in _reasons(pg_url, "001_update"))
    api.rollback_to(pg_url, "base")
    assert api.fingerprint(pg_url) == before


@pytest.mark.postgres
def test_small_tables_are_not_replayed(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_backfill.sql": REPLAYABLE})
    api.apply(pg_url, str(folder))
    assert not any(REPLAYED in r for r in _reasons(pg_url, "001_backfill"))


@pytest.mark.postgres
def test_a_set_list_that_fails_when_replayed_keeps_the_old_rows_as_conflicts(pg_url: str, tmp_path: Path, replay_all: None) -> None:
    """A function declared IMMUTABLE that reads the table (a mislabelled one) sees the statement's
    own rows when the trigger evaluates it again, and fails: the migration still goes through, its
    old rows are kept, and each counts as changed since (no hash of what the statement left)."""
    run_sql(pg_url, SETUP + """
        CREATE FUNCTION doubled(x numeric) RETURNS numeric IMMUTABLE LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM "Contacts" WHERE balance < 0) THEN RAISE 'seen the update'; END IF;
            RETURN -x;
        END $$;""")
    before = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_negate.sql": 'UPDATE "Contacts" SET balance = doubled(balance) WHERE id <= 30;'})
    api.apply(pg_url, str(folder))
    assert any(REPLAYED in r for r in _reasons(pg_url, "001_negate"))
    with pytest.raises(Conflict) as conflict:
        api.rollback_to(pg_url, "base")
    assert "(30 rows," in str(conflict.value)
    api.rollback_to(pg_url, "base", on_conflict="restore-old")
    assert api.fingerprint(pg_url) == before


# -- hypothesis: random SET lists over many types, replayed, must hash exactly as what they wrote ---

_COLUMNS: dict[str, tuple[str, list[str], list[str]]] = {
    # column: (type, values for the rows (SQL, {g} = row number), SET expressions ({c} = the column))
    "i": ("integer", ["{g} * 7 % 101", "NULL"], ["{c} + 3", "abs({c} - 50)", "{c} % 7", "coalesce({c}, 0) * 2", "NULL", "length(t)"]),
    "n": ("numeric(10,2)", ["{g} * 1.37", "-{g} / 3.0"], ["{c} * 1.1 + 0.005", "round({c} / 3, 4)", "{c}", "trunc({c})", "0.10"]),
    "f": ("double precision", ["{g} / 7.0", "NULL", "-0.0"], ["{c} / 3", "-{c}", "sqrt(abs({c}))", "{c} * 1e10"]),
    "t": ("text", ["'v' || {g}", "NULL", "''"], ["upper({c})", "{c} || ', x'", "substr({c}, 2)", "replace({c}, 'v', 'w')",
                                                  "CASE WHEN i IS NULL THEN 'none' ELSE {c} END", "'it''s'"]),
    "v": ("varchar(10)", ["'s' || {g} % 13"], ["left({c} || 'abcdefghijk', 10)", "lower({c})", "NULL"]),
    "b": ("boolean", ["{g} % 2 = 0", "NULL"], ["NOT {c}", "{c} IS NULL", "i > 50"]),
    "d": ("date", ["date '2024-01-01' + {g}"], ["{c} + 3", "{c} - 400", "NULL"]),
    "ts": ("timestamp", ["timestamp '2024-01-01 10:00' + {g} * interval '61 minutes'"],
           ["{c} + interval '1 hour 30 minutes'", "date_trunc('day', {c})", "{c}::date + time '12:00'"]),
    "j": ("jsonb", ["jsonb_build_object('g', {g}, 'k', 'x')", "NULL"], ["{c} || '{\"moved\": true}'", "{c} - 'g'", "'[1, 2.50]'"]),
    "a": ("text[]", ["ARRAY['x' || {g}, NULL]", "'{}'"], ["array_append({c}, 'z')", "{c} || ARRAY['q', 'r']", "NULL"]),
    "e": ("mood", ["(ARRAY['calm', 'busy', 'away'])[1 + {g} % 3]::mood"], ["'away'", "NULL"]),
    "iv": ("interval", ["{g} * interval '1 minute'"], ["{c} * 2", "{c} + interval '1 day'", "justify_hours({c} * 30)"]),
    "u": ("uuid", ["md5('u' || {g})::uuid"], ["md5(coalesce(t, '') || 'salt')::uuid", "NULL"]),
    "y": ("bytea", ["decode(md5({g}::text), 'hex')"], ["{c} || '\\x00ff'::bytea", "substring({c} from 2 for 3)"]),
}


@st.composite
def _set_lists(draw: st.DrawFn) -> list[str]:
    statements = []
    for _ in range(draw(st.integers(1, 3))):
        cols = draw(st.lists(st.sampled_from(sorted(_COLUMNS)), min_size=1, max_size=4, unique=True))
        sets = ", ".join(f"{c} = {draw(st.sampled_from(_COLUMNS[c][2])).replace('{c}', c)}" for c in cols)
        where = draw(st.sampled_from(["", f" WHERE id % {draw(st.integers(2, 5))} = {draw(st.integers(0, 1))}", " WHERE i IS NULL"]))
        statements.append(f"UPDATE wide SET {sets}{where};")
    return statements


def _wide_setup(rows: int = 120) -> str:
    defs = ", ".join(f"{c} {typ}" for c, (typ, _, _) in _COLUMNS.items())
    values = ", ".join(
        f"CASE g % {len(vals)} " + " ".join(f"WHEN {k} THEN {v.replace('{g}', 'g')}" for k, v in enumerate(vals)) + " END"
        for _, (_, vals, _) in _COLUMNS.items()
    )
    return (f"CREATE TYPE mood AS ENUM ('calm', 'busy', 'away'); CREATE TABLE wide (id integer PRIMARY KEY, {defs}); "
            f"INSERT INTO wide SELECT g, {values} FROM generate_series(1, {rows}) g;")


@pytest.mark.postgres
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(statements=_set_lists())
def test_random_set_lists_replay_to_what_they_wrote(statements: list[str], _pg_admin: object, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No false conflict: every row a replayed UPDATE left hashes as the capture says, whatever the
    types and expressions, so the rollback goes through and round-trips exactly."""
    from .conftest import fresh_pg_database

    with fresh_pg_database(_pg_admin, prefix="rc_r_") as url, pytest.MonkeyPatch.context() as mp:
        mp.setattr(pc, "REPLAY_MIN_ROWS", 0)
        run_sql(url, _wide_setup())
        before = api.fingerprint(url)
        folder = write_migrations(tmp_path_factory.mktemp("m"), {"001_set.sql": "\n".join(statements)})
        api.apply(url, str(folder))
        assert sum(REPLAYED in r for r in _reasons(url, "001_set")) == len(statements), statements
        api.rollback_to(url, "base")
        assert api.fingerprint(url) == before, statements


# -- the schema at the end of a migration of row changes only -------------------------------------

@pytest.mark.postgres
def test_a_row_change_whose_default_creates_a_table_is_seen(pg_url: str, tmp_path: Path) -> None:
    """A statement the analysis reads as plain row changes may still change the schema (a column
    default calling a function that creates a table): the catalog writes it makes are counted, so
    the schema is read again at the end and the reverse drops that table."""
    run_sql(pg_url, """
        CREATE FUNCTION make_audit() RETURNS int LANGUAGE plpgsql AS $$
        BEGIN CREATE TABLE IF NOT EXISTS audit_made (x int); RETURN 1; END $$;
        CREATE TABLE t (id int PRIMARY KEY, v int DEFAULT make_audit());""")
    before = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {"001_insert.sql": "INSERT INTO t SELECT 2;"})
    api.apply(pg_url, str(folder))
    assert query(pg_url, "SELECT to_regclass('audit_made') IS NOT NULL")[0][0]
    api.rollback_to(pg_url, "base")
    assert api.fingerprint(pg_url) == before


@pytest.mark.postgres
def test_a_migration_of_row_changes_only_reads_the_schema_once(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_rows.sql": 'UPDATE "Contacts" SET ratio = 1 WHERE id < 5; DELETE FROM "Contacts" WHERE id = 7;'})
    from rollback_commander.dialects.postgres import PostgresDialect

    calls = []
    original = PostgresDialect.introspect

    def counted(self: PostgresDialect, conn: object) -> object:
        calls.append(1)
        return original(self, conn)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(PostgresDialect, "introspect", counted)
        api.apply(pg_url, str(folder))
    assert len(calls) == 1


@pytest.mark.postgres
def test_no_catalog_read_runs_under_the_migrations_own_settings(pg_url: str, tmp_path: Path) -> None:
    """After a SET (a 1 ms statement_timeout, a role), the tool's catalog counter is no longer read
    between statements (it would run under those settings): the schema is read at the end, once
    the session is reset."""
    run_sql(pg_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_rows.sql": 'UPDATE "Contacts" SET ratio = 1 WHERE id < 5;\n'
                                               "SET statement_timeout = '10min';\n"
                                               'DELETE FROM "Contacts" WHERE id = 7;\n'})
    from rollback_commander.dialects.postgres import PostgresDialect

    reads = []
    original = PostgresDialect.catalog_writes

    def counted(self: PostgresDialect, conn: object) -> int | None:
        reads.append(1)
        return original(self, conn)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(PostgresDialect, "catalog_writes", counted)
        api.apply(pg_url, str(folder))
    assert len(reads) == 2  # before and after the UPDATE only
    api.rollback_to(pg_url, "base")


# -- the capture's row counts, kept by its triggers ------------------------------------------------

def _capture_counts(url: str, migration: str) -> list[tuple[str, int, int, int, int]]:
    """Per row capture of the migration's point: (capture, rows and keys as recorded, rows and keys
    counted in the capture table)."""
    info = query(url, f"SELECT info FROM rollback.points WHERE migration = '{migration}'")[0][0]
    info = json.loads(info) if isinstance(info, str) else info
    out = []
    for cap in info["captures"]:
        if cap["kind"] != "rows":
            continue
        counted = query(url, f"SELECT count(CASE WHEN _rb_kind IN ('o', 'u', 'r') THEN 1 END), count(*) FROM {cap['capture']}")[0]
        out.append((cap["capture"], cap["rows"], cap["keys"], int(counted[0]), int(counted[1])))
    return out


@pytest.mark.postgres
@pytest.mark.parametrize("old_journal", [False, True])
def test_capture_counts_kept_by_the_triggers_equal_the_capture(pg_url: str, tmp_path: Path, replay_all: None,
                                                               old_journal: bool) -> None:
    """Each firing records how many rows it wrote to the capture and how many of them hold an old
    image, so the point's counts need no scan of the capture; they must equal what the capture
    holds, for every kind of firing: DELETE, INSERT, a replayed UPDATE, an UPDATE paired by key
    (whose kinds mix: counted in the capture), several in one migration. A journal whose firings
    table predates the counts gets them added."""
    run_sql(pg_url, SETUP + 'CREATE TABLE notes (id int PRIMARY KEY, body text); INSERT INTO notes SELECT g, g::text FROM generate_series(1, 20) g;')
    if old_journal:
        run_sql(pg_url, "CREATE SCHEMA rollback; "
                        "CREATE TABLE rollback.capture_firings (capture text NOT NULL, firing bigint NOT NULL, op text NOT NULL);")
    before = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {
        "001_rows.sql": 'DELETE FROM "Contacts" WHERE id > 290;\n'
                        'INSERT INTO "Contacts" (id, name, balance) SELECT g, \'new\', 0 FROM generate_series(1001, 1004) g;\n'
                        'UPDATE "Contacts" SET ratio = 1 WHERE id % 7 = 0;\n',
        "002_paired.sql": "UPDATE notes SET body = body || now()::text WHERE id < 8;\n",
        "003_replayed.sql": 'UPDATE "Contacts" SET name = name || \'!\' WHERE id < 50;\n',
    })
    api.apply(pg_url, str(folder))
    for migration in ("001_rows", "002_paired", "003_replayed"):
        for capture, rows, keys, counted_rows, counted_keys in _capture_counts(pg_url, migration):
            assert (rows, keys) == (counted_rows, counted_keys), (migration, capture)
    assert _capture_counts(pg_url, "003_replayed")[0][1:3] == (49, 49)
    api.rollback_to(pg_url, "base")
    assert api.fingerprint(pg_url) == before

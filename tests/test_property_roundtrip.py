"""Hypothesis: random schemas with random data, then random sequences of destructive migrations;
every point must round-trip (schema fingerprint and every table's data checksum)."""

from __future__ import annotations

import itertools
import tempfile
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import write_migrations
from .roundtrip import round_trip

TYPES = {
    "sqlite": ["INTEGER", "TEXT", "REAL"],
    "postgresql": ["integer", "text", "numeric(10,2)", "boolean", "date"],
    "mysql": ["INT", "VARCHAR(40)", "DECIMAL(10,2)", "DATE", "BIGINT"],
}


@dataclass
class Shape:
    """What the generator believes the schema is, to write valid SQL."""

    tables: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    views: dict[str, str] = field(default_factory=dict)
    indexes: dict[str, tuple[str, str]] = field(default_factory=dict)
    """index -> (table, column) (SQLite refuses to drop an indexed column)."""
    """view -> the table it reads (PostgreSQL refuses to drop a table or column a view uses)."""
    counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    gone: dict[str, list[str]] = field(default_factory=dict)
    """table -> column names it no longer has (dropped or renamed away), for operations that
    give a name back: the reverse must tell the column that has it now from the one that had it."""

    def fresh(self, prefix: str) -> str:
        return f"{prefix}{next(self.counter)}"


def literal(dialect: str, typ: str, i: int) -> str:
    t = typ.lower()
    if t.startswith(("integer", "int", "bigint")):
        return str(i * 7 % 101)
    if t.startswith(("real", "numeric", "decimal")):
        return f"{i * 3.25 % 97:.2f}"
    if t == "boolean":
        return "true" if i % 2 else "false"
    if t == "date":
        return f"DATE '2024-01-{1 + i % 28:02d}'"
    return "'v" + str(i) + ("''q" if i % 5 == 0 else "") + "'"


@st.composite
def histories(draw: st.DrawFn, dialect: str, tables: tuple[int, int] = (1, 3)) -> tuple[str, list[str]]:
    """A setup script (`tables` = the least and most tables it creates) and the migrations."""
    shape = Shape()
    types = TYPES[dialect]
    setup: list[str] = []
    for _ in range(draw(st.integers(*tables))):
        name = shape.fresh("t")
        cols = [(shape.fresh("c"), draw(st.sampled_from(types))) for _ in range(draw(st.integers(1, 4)))]
        shape.tables[name] = cols
        coldefs = ", ".join(f"{c} {t}" for c, t in cols)
        setup.append(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, {coldefs});")
        rows = draw(st.integers(0, 25))
        if rows:
            values = ", ".join(
                "(" + ", ".join([str(r + 1)] + [literal(dialect, t, r + k) for k, (_, t) in enumerate(cols)]) + ")" for r in range(rows)
            )
            setup.append(f"INSERT INTO {name} (id, {', '.join(c for c, _ in cols)}) VALUES {values};")
    migrations: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        stmts: list[str] = []
        for _ in range(draw(st.integers(1, 3))):
            stmts.extend(draw(operation(shape, dialect)))
        migrations.append("\n".join(stmts) + "\n")
    return "\n".join(setup) + "\n", migrations


@st.composite
def operation(draw: st.DrawFn, shape: Shape, dialect: str) -> list[str]:
    types = TYPES[dialect]
    kinds = ["create_table", "add_column"]
    if shape.tables:
        kinds += ["drop_table", "drop_column", "rename_column", "update", "delete", "insert", "index", "view", "rename_table",
                  "truncate", "backup_table", "change_type", "reuse_name"]
    kind = draw(st.sampled_from(kinds))
    if kind == "create_table" or not shape.tables:
        name = shape.fresh("t")
        col, typ = shape.fresh("c"), draw(st.sampled_from(types))
        shape.tables[name] = [(col, typ)]
        return [f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, {col} {typ});",
                f"INSERT INTO {name} (id, {col}) VALUES (1, {literal(dialect, typ, 3)}), (2, NULL);"]
    table = draw(st.sampled_from(sorted(shape.tables)))
    cols = shape.tables[table]
    if kind == "add_column":
        col, typ = shape.fresh("c"), draw(st.sampled_from(types))
        cols.append((col, typ))
        return [f"ALTER TABLE {table} ADD COLUMN {col} {typ} DEFAULT {literal(dialect, typ, 5)};"]
    if kind == "drop_table":
        del shape.tables[table]
        shape.indexes = {i: tc for i, tc in shape.indexes.items() if tc[0] != table}
        return [*drop_views_on(shape, table), f"DROP TABLE {table};"]
    if kind == "drop_column" and len(cols) > 1:
        col, _ = cols.pop(draw(st.integers(0, len(cols) - 1)))
        shape.gone.setdefault(table, []).append(col)
        gone = [i for i, tc in shape.indexes.items() if tc == (table, col)]
        for i in gone:
            del shape.indexes[i]
        on = f" ON {table}" if dialect == "mysql" else ""  # MySQL: index names are per table
        return [*drop_views_on(shape, table), *(f"DROP INDEX {i}{on};" for i in gone), f"ALTER TABLE {table} DROP COLUMN {col};"]
    if kind == "rename_column" and cols:
        i = draw(st.integers(0, len(cols) - 1))
        new = shape.fresh("r")
        old, typ = cols[i]
        cols[i] = (new, typ)
        shape.gone.setdefault(table, []).append(old)
        shape.indexes = {ix: ((t, new) if (t, c) == (table, old) else (t, c)) for ix, (t, c) in shape.indexes.items()}
        return [f"ALTER TABLE {table} RENAME COLUMN {old} TO {new};"]
    if kind == "rename_table":
        new = shape.fresh("t")
        shape.tables[new] = shape.tables.pop(table)
        shape.gone[new] = shape.gone.pop(table, [])
        shape.views = {v: (new if t == table else t) for v, t in shape.views.items()}
        shape.indexes = {ix: ((new, c) if t == table else (t, c)) for ix, (t, c) in shape.indexes.items()}
        return [f"ALTER TABLE {table} RENAME TO {new};"]
    if kind == "reuse_name" and (free := [c for c in shape.gone.get(table, []) if c not in {n for n, _ in cols}]):
        # a name the table had: a new column under it, or another column renamed into it
        name = draw(st.sampled_from(free))
        shape.gone[table].remove(name)
        if cols and draw(st.booleans()):
            i = draw(st.integers(0, len(cols) - 1))
            old, typ = cols[i]
            cols[i] = (name, typ)
            shape.gone[table].append(old)
            shape.indexes = {ix: ((t, name) if (t, c) == (table, old) else (t, c)) for ix, (t, c) in shape.indexes.items()}
            return [f"ALTER TABLE {table} RENAME COLUMN {old} TO {name};"]
        typ = draw(st.sampled_from(types))
        cols.append((name, typ))
        return [f"ALTER TABLE {table} ADD COLUMN {name} {typ} DEFAULT {literal(dialect, typ, 9)};"]
    if kind == "truncate":
        return [f"DELETE FROM {table};" if dialect == "sqlite" else f"TRUNCATE TABLE {table};"]
    if kind == "backup_table":  # the briefs' backup-table pattern: a copy without a primary key
        new = shape.fresh("bak")
        shape.tables[new] = list(cols)
        return [f"CREATE TABLE {new} AS SELECT * FROM {table};"]
    if kind == "change_type" and cols and dialect != "sqlite":
        i = draw(st.integers(0, len(cols) - 1))
        col, typ = cols[i]
        wider = {"integer": "bigint", "int": "BIGINT", "bigint": "DECIMAL(20,0)", "text": "varchar(12)",
                 "varchar(40)": "VARCHAR(12)", "numeric(10,2)": "numeric(12,3)", "decimal(10,2)": "DECIMAL(12,3)"}
        new_type = wider.get(typ.lower())
        if new_type is None:
            return [f"DELETE FROM {table} WHERE id < 0;"]
        cols[i] = (col, new_type)
        if dialect == "mysql":
            return [f"ALTER TABLE {table} MODIFY COLUMN {col} {new_type};"]
        using = f" USING {col}::{new_type}"
        return [*drop_views_on(shape, table), f"ALTER TABLE {table} ALTER COLUMN {col} TYPE {new_type}{using};"]
    if kind == "update" and cols:
        col, typ = draw(st.sampled_from(cols))
        return [f"UPDATE {table} SET {col} = {literal(dialect, typ, draw(st.integers(0, 50)))} WHERE id % {draw(st.integers(2, 4))} = 0;"]
    if kind == "delete":
        return [f"DELETE FROM {table} WHERE id % {draw(st.integers(2, 5))} = 1;"]
    if kind == "insert" and cols:
        col, typ = cols[0]
        base = 1000 + next(shape.counter) * 10
        return [f"INSERT INTO {table} (id, {col}) VALUES ({base}, {literal(dialect, typ, base)}), ({base + 1}, NULL);"]
    if kind == "index" and cols:
        col, _ = draw(st.sampled_from(cols))
        ix = shape.fresh("ix")
        shape.indexes[ix] = (table, col)
        return [f"CREATE INDEX {ix} ON {table} ({col});"]
    if kind == "view" and cols:
        col, _ = cols[0]
        view = shape.fresh("v")
        shape.views[view] = table
        return [f"CREATE VIEW {view} AS SELECT id, {col} FROM {table};"]
    return [f"DELETE FROM {table} WHERE id < 0;"]


def drop_views_on(shape: Shape, table: str) -> list[str]:
    gone = [v for v, t in shape.views.items() if t == table]
    for v in gone:
        del shape.views[v]
    return [f"DROP VIEW {v};" for v in gone]


def _check(url: str, setup: str, migrations: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_migrations(Path(tmp) / "m", {f"{i:03d}_step.sql": sql for i, sql in enumerate(migrations, 1)})
        rt = round_trip(url, folder, setup)
        assert not rt.failures, "\n".join(rt.failures) + "\n--- setup\n" + setup + "\n--- migrations\n" + "\n".join(migrations)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(history=histories("sqlite"))
def test_sqlite_random_histories_round_trip(history: tuple[str, list[str]], tmp_path: Path) -> None:
    path = tmp_path / (uuid.uuid4().hex + ".db")
    path.touch()
    _check(f"sqlite:///{path}", *history)


#: The PostgreSQL and MariaDB tests are each split by the number of tables a history starts with
#: (the range histories() draws it from, one value per part), so that pytest-xdist's workers share
#: them; the parts' examples add up to the count of the whole test.
PARTS = (1, 2, 3)


def _share(total: int, tables: int) -> int:
    """The examples of the part whose histories start with `tables` tables, of `total` over PARTS."""
    i = PARTS.index(tables)
    return total // len(PARTS) + (1 if i < total % len(PARTS) else 0)


def _check_part(dialect: str, tables: int, total: int, fresh: Callable[[], AbstractContextManager[str]]) -> None:
    """The part of a split test: its share of `total` examples, each on a database of `fresh`."""

    @settings(max_examples=_share(total, tables), deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(history=histories(dialect, (tables, tables)))
    def check(history: tuple[str, list[str]]) -> None:
        with fresh() as url:
            _check(url, *history)

    check()


@pytest.mark.postgres
@pytest.mark.parametrize("tables", PARTS)
def test_postgres_random_histories_round_trip(tables: int, _pg_admin: object) -> None:
    from .conftest import fresh_pg_database

    _check_part("postgresql", tables, 30, lambda: fresh_pg_database(_pg_admin))


@pytest.mark.mysql
@pytest.mark.parametrize("tables", PARTS)
def test_mysql_random_histories_round_trip(tables: int, _mysql_admin: object) -> None:
    from .conftest import fresh_mysql_database

    _check_part("mysql", tables, 20, lambda: fresh_mysql_database(_mysql_admin))

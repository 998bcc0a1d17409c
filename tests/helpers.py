"""Test helpers: run SQL directly against a test database (outside the tool), invoke the CLI (in
this process, or in one of its own that can be killed at a step boundary)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from rollback_commander.cli.main import cli as _cli_group
from rollback_commander.engine.steps import FAULT_ENV


def mysql_connect(url: str) -> Any:
    """A PyMySQL connection (autocommit) of its own to a mysql:// URL, as the tool would open it."""
    import pymysql

    from rollback_commander.dialects.mysql import connect_args
    from rollback_commander.urls import parse_url

    return pymysql.connect(**connect_args(parse_url(url)))


def run_sql(url: str, sql: str) -> None:
    """Execute a script on the database as a user would, outside the tool."""
    if url.startswith(("mysql", "mariadb")):
        from rollback_commander.dialects.splitter import is_transaction_control, split_sql

        conn = mysql_connect(url)
        try:
            with conn.cursor() as cur:
                for stmt in split_sql(sql, "mysql"):
                    if not is_transaction_control(stmt.text):
                        cur.execute(stmt.text)
        finally:
            conn.close()
        return
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.split("///", 1)[1])
        try:
            conn.executescript(sql)
        finally:
            conn.close()
        return
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql.encode())  # bytes: no parameter parsing, simple-query protocol


def query(url: str, sql: str) -> list[tuple[Any, ...]]:
    if url.startswith(("mysql", "mariadb")):
        conn = mysql_connect(url)
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
                return list(cur.fetchall())
        finally:
            conn.close()
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.split("///", 1)[1])
        try:
            return list(conn.execute(sql).fetchall())
        finally:
            conn.close()
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        return list(conn.execute(sql.encode()).fetchall())


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(_cli_group, list(args), input=input, catch_exceptions=False)


def invoke_json(*args: str) -> tuple[int, Any]:
    res = invoke(*args, "--json")
    try:
        data = json.loads(res.stdout)
    except json.JSONDecodeError as exc:  # pragma: no cover - shows what came out
        raise AssertionError(f"not JSON (exit {res.exit_code}): {res.stdout!r} {res.stderr!r}") from exc
    return res.exit_code, data


def write_migrations(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a process of its own (with `env` added), so that it can die as by kill -9."""
    return subprocess.run([sys.executable, "-m", "rollback_commander.cli.main", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


#: crash_at_each_boundary's runs are split over this many tests (the runs n with n % SHARDS == i),
#: so that pytest-xdist's workers share a long kill loop instead of one of them running it alone.
SHARDS = 3


def crash_at_each_boundary(args: list[str], after_crash: Callable[[int], None], limit: int = 50,
                           shard: int = 0, shards: int = 1) -> int:
    """Run the CLI with `args` killed (as by kill -9, FAULT_ENV) after 1, 2, ... step boundaries,
    until a run finishes: each killed run must exit 137, then after_crash(n) checks and repairs
    what run n left. Returns the number of the run that finished; fails the test if none did
    within `limit` runs.

    With `shards` > 1 only the runs n with n % shards == shard are made (from n = shard, or n =
    shards for shard 0): the tests of shards 0 .. shards-1 together kill the command at every
    boundary. Each returns the first of its runs that finished, at most shards - 1 above the one
    the whole loop would return, and equal to it for one of the shards: an assertion that the
    result is at least k holds for every shard exactly when it holds for the whole loop."""
    assert 0 <= shard < shards
    for n in range(shard or shards, limit + 1, shards):
        res = cli(*args, env={FAULT_ENV: str(n)})
        if res.returncode == 0:
            return n
        assert res.returncode == 137, f"run {n} (killed after {n} steps) exited {res.returncode}: {res.stderr}"
        after_crash(n)
    pytest.fail(f"`rollback {' '.join(args)}` was still killed after {limit} step boundaries: it never finished")

"""Test helpers: run SQL directly against a test database (outside the tool), invoke the CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from rollback_commander.cli.main import cli


def _mysql(url: str) -> Any:
    import pymysql

    from rollback_commander.urls import parse_url

    p = parse_url(url).parts()
    return pymysql.connect(host=str(p["host"] or "127.0.0.1"), port=int(p["port"] or 3306), user=str(p["user"] or "root"),
                           password=str(p["password"] or ""), database=str(p["database"]), autocommit=True)


def run_sql(url: str, sql: str) -> None:
    """Execute a script on the database as a user would, outside the tool."""
    if url.startswith(("mysql", "mariadb")):
        from rollback_commander.dialects.splitter import is_transaction_control, split_sql

        conn = _mysql(url)
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
        conn = _mysql(url)
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
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


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

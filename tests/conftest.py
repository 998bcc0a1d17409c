"""Shared fixtures: real databases only.

PostgreSQL and MariaDB are found through ROLLBACK_TEST_POSTGRES_URL and ROLLBACK_TEST_MYSQL_URL
(defaults: the local services). Each test gets a fresh, empty database that is dropped afterwards.
Without a server the test skips with how to start one, except under CI=true, where it fails.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

POSTGRES_URL = os.environ.get("ROLLBACK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
MYSQL_URL = os.environ.get("ROLLBACK_TEST_MYSQL_URL", "mysql://root@127.0.0.1:3306/test")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

START_HINT = {
    "postgresql": "start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start "
    "(or set ROLLBACK_TEST_POSTGRES_URL)",
    "mysql": "start it with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd "
    "(or set ROLLBACK_TEST_MYSQL_URL)",
}


def _unavailable(kind: str, exc: Exception) -> None:
    msg = f"{kind} server not reachable ({exc.__class__.__name__}: {exc}); {START_HINT[kind]}"
    if IN_CI:
        pytest.fail("CI=true requires real databases: " + msg, pytrace=False)
    pytest.skip(msg)


def _with_database(url: str, name: str) -> str:
    base, _, query = url.partition("?")
    head = base.rsplit("/", 1)[0]
    return f"{head}/{name}" + (f"?{query}" if query else "")


@pytest.fixture(scope="session")
def _pg_admin() -> Iterator[object]:
    import psycopg

    try:
        conn = psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=5)
    except Exception as exc:  # pragma: no cover - depends on the machine
        _unavailable("postgresql", exc)
        raise
    yield conn
    conn.close()


@contextmanager
def fresh_pg_database(admin: Any, prefix: str = "rc_t_") -> Iterator[str]:
    """A URL of a fresh, empty PostgreSQL database, dropped on leaving."""
    name = prefix + uuid.uuid4().hex[:12]
    admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    try:
        yield _with_database(POSTGRES_URL, name)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(_pg_admin: object) -> Iterator[str]:
    """A URL of a fresh, empty PostgreSQL database, dropped after the test."""
    with fresh_pg_database(_pg_admin) as url:
        yield url


@pytest.fixture(scope="session")
def _mysql_admin() -> Iterator[object]:
    import pymysql

    from rollback_commander.dialects.mysql import connect_args
    from rollback_commander.urls import parse_url

    try:
        args = {k: v for k, v in connect_args(parse_url(MYSQL_URL)).items() if k != "database"}  # the server only
        conn = pymysql.connect(**{**args, "autocommit": True, "connect_timeout": 5})
    except Exception as exc:  # pragma: no cover - depends on the machine
        _unavailable("mysql", exc)
        raise
    yield conn
    conn.close()


@contextmanager
def fresh_mysql_database(admin: Any, options: str = "") -> Iterator[str]:
    """A URL of a fresh, empty MariaDB/MySQL database (CREATE DATABASE options), dropped on leaving."""
    name = "rc_t_" + uuid.uuid4().hex[:12]
    with admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}` {options}")
    try:
        yield _with_database(MYSQL_URL, name)
    finally:
        with admin.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{name}`")


@pytest.fixture
def mysql_url(_mysql_admin: object) -> Iterator[str]:
    """A URL of a fresh, empty MariaDB/MySQL database, dropped after the test."""
    with fresh_mysql_database(_mysql_admin) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A URL of a fresh, empty SQLite database file (an empty file is an empty database; only apply
    creates one that is not there)."""
    (tmp_path / "test.db").touch()
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each transactional dialect in turn."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_url"))

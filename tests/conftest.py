"""Shared fixtures: real databases only.

PostgreSQL and MariaDB are found through ROLLBACK_TEST_POSTGRES_URL and ROLLBACK_TEST_MYSQL_URL
(defaults: the local services). Each test gets a fresh, empty database of its own, dropped
afterwards (PostgreSQL's when the session ends, see _PG_TO_DROP).
Without a server the test skips with how to start one, except under CI=true, where it fails.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
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


def _create_pg_database(conn: Any, prefix: str) -> str:
    name = prefix + uuid.uuid4().hex[:12]
    conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    try:
        # for this database only: its commits do not wait for the disk (the tests kill clients,
        # never the server, so nothing they check depends on a commit's flush)
        conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    except BaseException:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        raise
    return name


class _PgDatabases:
    """This process's fresh PostgreSQL databases, made and dropped by threads of their own (each
    with its own connection) so that a test waits for neither: the next database is made while
    a test runs (a CREATE DATABASE copies template0, some 7 MB of WAL), and one a test is done
    with is dropped while the next test runs (a DROP DATABASE has the server checkpoint all its
    databases and waits for that, a second and more when the machine is busy). The session waits
    for the drops when it ends."""

    DEFAULT_PREFIX = "rc_t_"

    def __init__(self, admin: Any) -> None:
        self.admin = admin
        self._maker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-make")
        self._dropper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-drop")
        self._conns: dict[str, Any] = {}
        self._next: Future[str] | None = None
        self._drops: list[Future[None]] = []

    def _conn(self) -> Any:
        """The calling thread's connection (a psycopg connection is not shared between threads)."""
        import threading

        import psycopg

        name = threading.current_thread().name
        if name not in self._conns:
            self._conns[name] = psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=5)
        return self._conns[name]

    def _make(self) -> str:
        return _create_pg_database(self._conn(), self.DEFAULT_PREFIX)

    def _drop(self, name: str) -> None:
        self._conn().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def take(self, prefix: str) -> str:
        if prefix != self.DEFAULT_PREFIX:
            return _create_pg_database(self.admin, prefix)
        if self._next is None:
            self._next = self._maker.submit(self._make)
        ready, self._next = self._next, self._maker.submit(self._make)  # one thread: in this order
        return ready.result()

    def give_back(self, name: str) -> None:
        """Dropped (its sessions ended, WITH (FORCE): a kill -9'd client's may still run) soon."""
        self._drops.append(self._dropper.submit(self._drop, name))

    def close(self) -> None:
        """Drops the database made ahead and waits for all drops; fails if one failed."""
        self._maker.shutdown(wait=True)
        if self._next is not None and self._next.exception() is None:
            self.give_back(self._next.result())
        self._dropper.shutdown(wait=True)
        for conn in self._conns.values():
            conn.close()
        failed = [f.exception() for f in self._drops if f.exception() is not None]
        assert not failed, f"{len(failed)} test database(s) could not be dropped: {failed[0]}"


_PG_DATABASES: _PgDatabases | None = None


@pytest.fixture(scope="session")
def _pg_admin() -> Iterator[object]:
    import psycopg

    global _PG_DATABASES
    try:
        conn = psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=5)
    except Exception as exc:  # pragma: no cover - depends on the machine
        _unavailable("postgresql", exc)
        raise
    _PG_DATABASES = _PgDatabases(conn)
    try:
        yield conn
    finally:
        _PG_DATABASES.close()
        _PG_DATABASES = None
        conn.close()


@contextmanager
def fresh_pg_database(admin: Any, prefix: str = _PgDatabases.DEFAULT_PREFIX) -> Iterator[str]:
    """A URL of a fresh, empty PostgreSQL database of its own (`admin`: the _pg_admin fixture);
    its sessions are ended on leaving, it is dropped when the session ends (_PgDatabases)."""
    assert _PG_DATABASES is not None and _PG_DATABASES.admin is admin, "use the _pg_admin fixture's connection"
    name = _PG_DATABASES.take(prefix)
    try:
        yield _with_database(POSTGRES_URL, name)
    finally:
        _PG_DATABASES.give_back(name)


@pytest.fixture
def pg_url(_pg_admin: object) -> Iterator[str]:
    """A URL of a fresh, empty PostgreSQL database of its own."""
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


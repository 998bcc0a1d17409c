"""MariaDB/MySQL: rows another session inserts while a migration drops a column are told apart
exactly (the quarantine's marker), so `rollback to` counts every one of them as filled and gives
every row that existed before the drop its value back."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from rollback_commander import api

from .helpers import mysql_connect, query, run_sql, write_migrations

pytestmark = pytest.mark.mysql


def _writer(url: str, stop: threading.Event, log: dict[str, Any]) -> None:
    """Insert one row at a time, with a nick while the column is there, without one after."""
    conn = mysql_connect(url)
    i, with_nick = 1000, True
    try:
        with conn.cursor() as cur:
            while not stop.is_set():
                i += 1
                try:
                    if with_nick:
                        cur.execute("INSERT INTO person (id, name, nick) VALUES (%s, 'w', 'x')", (i,))
                        log["with"].append(i)
                    else:
                        cur.execute("INSERT INTO person (id, name) VALUES (%s, 'w')", (i,))
                        log["without"].append(i)
                except Exception as exc:  # the column went away under us: from now on without it
                    if "nick" not in str(exc) or not with_nick:
                        log["errors"].append(repr(exc))
                        return
                    with_nick = False
    finally:
        conn.close()


def test_rows_inserted_during_the_drop_are_all_marked(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, "CREATE TABLE person (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL, nick VARCHAR(20));"
                       "INSERT INTO person VALUES (1, 'Ada', 'ada'), (2, 'Alan', NULL);")
    folder = write_migrations(tmp_path / "m", {"001_drop.sql": "ALTER TABLE person DROP COLUMN nick;\n"})
    log: dict[str, Any] = {"with": [], "without": [], "errors": []}
    stop = threading.Event()
    writer = threading.Thread(target=_writer, args=(mysql_url, stop, log))
    writer.start()
    try:
        while len(log["with"]) < 20 and writer.is_alive():
            time.sleep(0.01)
        api.apply(mysql_url, str(folder))
        deadline = time.monotonic() + 10
        while len(log["without"]) < 20 and writer.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        stop.set()
        writer.join(10)
    assert not log["errors"] and len(log["with"]) >= 20 and len(log["without"]) >= 20, log["errors"]
    result = api.rollback_to(mysql_url, "base")
    # every row written without the column, and only those, is counted as filled
    assert [(f["table"], f["rows"]) for f in result.filled] == [("person", len(log["without"]))]
    got = dict(query(mysql_url, "SELECT id, nick FROM person WHERE id > 2"))
    assert {i: got[i] for i in log["with"]} == {i: "x" for i in log["with"]}  # values written before the drop are back
    assert {i: got[i] for i in log["without"]} == {i: None for i in log["without"]}
    assert query(mysql_url, "SELECT id, nick FROM person WHERE id <= 2 ORDER BY id") == [(1, "ada"), (2, None)]

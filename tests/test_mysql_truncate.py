"""MySQL/MariaDB: a TRUNCATE is kept row by row (every row an old image, kept in a step of its own
right before it, as the delete trigger would keep them), so rows written after the point are treated
as after a DELETE: a row with a key of its own stays through the rollback, one taking a truncated
row's key (TRUNCATE resets AUTO_INCREMENT) is a conflict that `--on-conflict` decides."""

from __future__ import annotations

import json
from pathlib import Path

from rollback_commander import api

from .helpers import invoke_json, query, run_sql, write_migrations

SETUP = """
CREATE TABLE entry (id INT AUTO_INCREMENT PRIMARY KEY, amount DECIMAL(10, 2), memo VARCHAR(40) NULL, at DATETIME(3));
INSERT INTO entry (amount, memo, at) VALUES (1.50, 'a', '2026-01-01 10:00:00.125'), (2.00, NULL, NULL), (-3.25, 'ü', '2026-02-01');
CREATE TABLE tags (name VARCHAR(10));
INSERT INTO tags VALUES ('x'), ('x'), (NULL);
"""


def test_rows_written_after_a_truncate_stay_through_its_rollback(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, SETUP)
    before = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(write_migrations(tmp_path / "m", {"001_reset.sql": "TRUNCATE TABLE entry;\nTRUNCATE tags;\n"})))
    (info,) = query(mysql_url, "SELECT info FROM _rollback_points WHERE migration = '001_reset'")[0]
    assert {c["table"]: c["kind"] for c in json.loads(info)["captures"]} == {"entry": "rows", "tags": "copy"}  # tags: no key
    run_sql(mysql_url, "INSERT INTO entry VALUES (10, 9.99, 'since', NULL)")
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert query(mysql_url, "SELECT id FROM entry ORDER BY id") == [(1,), (2,), (3,), (10,)]
    run_sql(mysql_url, "DELETE FROM entry WHERE id = 10")
    after = api.fingerprint(mysql_url)
    assert after == before


def test_a_row_taking_a_truncated_rows_key_is_a_conflict_the_on_conflict_choice_decides(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, SETUP)
    before = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(write_migrations(tmp_path / "m", {"001_reset.sql": "TRUNCATE TABLE entry;"})))
    run_sql(mysql_url, "INSERT INTO entry (amount) VALUES (7.00)")  # AUTO_INCREMENT restarted: id 1 again
    state = api.fingerprint(mysql_url)
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes")
    assert code == 1 and "entry (1 rows," in data["message"], data
    assert api.fingerprint(mysql_url) == state
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes", "--on-conflict", "keep-current")
    assert code == 0, data
    assert query(mysql_url, "SELECT id, amount, memo FROM entry ORDER BY id")[:2] == [(1, 7, None), (2, 2, None)]
    run_sql(mysql_url, "UPDATE entry SET amount = 1.50, memo = 'a', at = '2026-01-01 10:00:00.125' WHERE id = 1")
    assert api.fingerprint(mysql_url) == before


def test_restore_old_puts_the_truncated_rows_back(mysql_url: str, tmp_path: Path) -> None:
    run_sql(mysql_url, SETUP)
    before = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(write_migrations(tmp_path / "m", {"001_reset.sql": "TRUNCATE TABLE entry;"})))
    run_sql(mysql_url, "INSERT INTO entry (amount) VALUES (7.00), (8.00)")
    code, data = invoke_json("to", "base", "--db", mysql_url, "--yes", "--on-conflict", "restore-old")
    assert code == 0, data
    assert api.fingerprint(mysql_url) == before

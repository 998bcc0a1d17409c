"""rollback --emergency --target last_stable: no prompts, refuses significant data loss, verifies,
records the incident."""

from __future__ import annotations

from pathlib import Path

from rollback_commander import api

from .helpers import invoke_json, query, run_sql, write_migrations


def _setup(db_url: str, tmp_path: Path) -> Path:
    run_sql(db_url, "CREATE TABLE orgs (id integer PRIMARY KEY, name text NOT NULL); INSERT INTO orgs VALUES (1, 'a'), (2, 'b');")
    folder = write_migrations(tmp_path / "m", {
        "001_tier.sql": "ALTER TABLE orgs ADD COLUMN tier text DEFAULT 'free';",
        "002_bad.sql": "UPDATE orgs SET name = 'broken';",
    })
    api.apply(db_url, str(folder))
    return folder


def test_emergency_rolls_back_to_last_stable_and_verifies(db_url: str, tmp_path: Path) -> None:
    _setup(db_url, tmp_path)
    assert invoke_json("mark", "001_tier", "--stable", "--db", db_url)[0] == 0
    code, data = invoke_json("--emergency", "--target", "last_stable", "--db", db_url, "--reason", "names broken")
    assert code == 0, data
    assert data["rolled_back_to"] and data["reverted"] == ["002_bad"] and data["ok"] is True
    assert sorted(query(db_url, "SELECT name FROM orgs")) == [("a",), ("b",)]
    kinds = [e["kind"] for e in api.log(db_url)]
    assert "incident" in kinds and "incident-resolved" in kinds and "verify" in kinds


def test_emergency_refuses_significant_data_loss_unless_accepted(db_url: str, tmp_path: Path) -> None:
    _setup(db_url, tmp_path)
    run_sql(db_url, "INSERT INTO orgs (id, name, tier) VALUES (3, 'new customer', 'pro')")  # someone's work
    code, data = invoke_json("--emergency", "--target", "base", "--db", db_url)
    assert code == 1 and "--accept-data-loss" in data["hint"]
    assert query(db_url, "SELECT count(*) FROM orgs")[0][0] == 3  # nothing changed
    code, data = invoke_json("--emergency", "--target", "base", "--db", db_url, "--accept-data-loss")
    assert code == 0, data
    assert data["reverted"] == ["002_bad", "001_tier"]

"""Flyway / Liquibase `${name}` placeholders: given on the command line or in rollback.toml, replaced
before the statements run; the file's checksum stays its own; a missing value fails naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rollback_commander.model.placeholders import missing_hint, parse_assignments, substitute

from .helpers import invoke, invoke_json, query, write_migrations

FILES = {
    "V1__audit.sql": "CREATE TABLE ${prefix}audit (id INTEGER PRIMARY KEY, note TEXT NOT NULL);\n"
    "INSERT INTO ${prefix}audit (id, note) VALUES (1, '${release}'), (2, 'kept ${as_is}');\n",
    "V2__drop_note.sql": "UPDATE ${prefix}audit SET note = 'rewritten in ${release}' WHERE id = 1;\n",
}


def _tables(url: str) -> list[str]:
    if url.startswith("sqlite"):
        rows = query(url, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%audit' ORDER BY 1")
    else:
        rows = query(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                          "AND table_name LIKE '%audit' ORDER BY 1")
    return [str(r[0]) for r in rows]


def test_placeholders_from_the_command_line_are_replaced_and_rolled_back(db_url: str, tmp_path: Path) -> None:
    folder = write_migrations(tmp_path / "m", FILES)
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder), "--placeholder", "prefix=crm_",
                             "--placeholder", "release=v1.4")
    assert code == 0, data
    assert _tables(db_url) == ["crm_audit"]
    # a name without a value stays as written: SQL may hold `${...}` for its own reasons
    assert sorted(query(db_url, "SELECT id, note FROM crm_audit")) == [(1, "rewritten in v1.4"), (2, "kept ${as_is}")]

    code, data = invoke_json("to", "V1__audit", "--db", db_url, "--yes")
    assert code == 0, data
    assert sorted(query(db_url, "SELECT id, note FROM crm_audit")) == [(1, "v1.4"), (2, "kept ${as_is}")]

    # other values later: the files' checksums are their own, so nothing looks edited
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder), "--placeholder", "prefix=crm_",
                             "--placeholder", "release=v2.0")
    assert code == 0, data
    assert data["applied"] == ["V2__drop_note"] and data["warnings"] == []
    assert sorted(query(db_url, "SELECT id, note FROM crm_audit")) == [(1, "rewritten in v2.0"), (2, "kept ${as_is}")]


def test_placeholders_from_rollback_toml_and_the_command_line_wins(db_url: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_migrations(tmp_path / "m", FILES)
    (tmp_path / "rollback.toml").write_text('[placeholders]\nprefix = "ops_"\nrelease = 7\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder), "--to", "V1__audit")
    assert code == 0, data
    assert sorted(query(db_url, "SELECT id, note FROM ops_audit")) == [(1, "7"), (2, "kept ${as_is}")]
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder), "--placeholder", "release=8")
    assert code == 0, data
    assert sorted(query(db_url, "SELECT id, note FROM ops_audit")) == [(1, "rewritten in 8"), (2, "kept ${as_is}")]


def test_a_placeholder_without_a_value_fails_naming_it_and_changes_nothing(db_url: str, tmp_path: Path) -> None:
    folder = write_migrations(tmp_path / "m", FILES)
    code, data = invoke_json("apply", "--db", db_url, "--dir", str(folder), "--placeholder", "release=v1")
    assert code == 1, data
    assert "V1__audit.sql:1" in data["message"]
    assert "${prefix}" in data["hint"] and "--placeholder prefix=VALUE" in data["hint"]
    assert _tables(db_url) == []
    code, data = invoke_json("points", "--db", db_url)
    assert code == 0 and [p["migration"] for p in data["points"] if p["migration"] != "base"] == []


def test_a_malformed_placeholder_argument_is_a_usage_error(db_url: str, tmp_path: Path) -> None:
    folder = write_migrations(tmp_path / "m", FILES)
    res = invoke("apply", "--db", db_url, "--dir", str(folder), "--placeholder", "prefix")
    assert res.exit_code == 2
    assert "--placeholder 'prefix' is not NAME=VALUE" in res.stderr
    assert _tables(db_url) == []


def test_substitute_replaces_only_names_with_values() -> None:
    text = "SELECT '${a}', '${flyway:defaultSchema}', '${b}', '$${a}', '${ a }'"
    values = parse_assignments(["a=1", "flyway:defaultSchema=crm", "a=2"])
    assert values == {"a": "2", "flyway:defaultSchema": "crm"}
    assert substitute(text, values) == "SELECT '2', 'crm', '${b}', '$2', '${ a }'"
    assert missing_hint(substitute(text, values)).startswith("; it holds the placeholder ${b}, which had no value")
    assert missing_hint("SELECT 1") == ""

"""The case library: every case in tests/cases/<dialect>/ must round-trip exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from .roundtrip import round_trip

CASES = Path(__file__).parent / "cases"


def _cases(dialect: str) -> list[Path]:
    return sorted(p for p in (CASES / dialect).glob("*") if (p / "migrations").is_dir())


def _run(url: str, case: Path) -> None:
    setup = case / "setup.sql"
    rt = round_trip(url, case / "migrations", setup.read_text(encoding="utf-8") if setup.exists() else None)
    assert not rt.failures, "\n".join(rt.failures)


@pytest.mark.parametrize("case", _cases("sqlite"), ids=lambda p: p.name)
def test_sqlite_case(case: Path, sqlite_url: str) -> None:
    _run(sqlite_url, case)


@pytest.mark.postgres
@pytest.mark.parametrize("case", _cases("postgresql"), ids=lambda p: p.name)
def test_postgres_case(case: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # every UPDATE the SET list can replay is replayed, whatever the table's size (the rest of the
    # suite runs with the threshold, so its small tables keep both transition tables)
    from rollback_commander.dialects import postgres_capture

    monkeypatch.setattr(postgres_capture, "REPLAY_MIN_ROWS", 0)
    _run(pg_url, case)


@pytest.mark.mysql
@pytest.mark.parametrize("case", _cases("mysql"), ids=lambda p: p.name)
def test_mysql_case(case: Path, mysql_url: str) -> None:
    _run(mysql_url, case)


def test_library_is_large_enough() -> None:
    assert len(_cases("sqlite")) >= 60
    assert len(_cases("postgresql")) >= 60


def test_statement_kind_tables_are_current() -> None:
    """The READMEs' statement-kind tables list what the cases hold (tests/cases/statement_kinds.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("statement_kinds", Path(__file__).parent / "cases" / "statement_kinds.py")
    assert spec is not None and spec.loader is not None
    kinds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kinds)
    for dialect, (path, heading, _) in kinds.SECTIONS.items():
        text = path.read_text(encoding="utf-8")
        assert kinds.rewrite(text, heading, kinds.table(dialect)) == text, (
            f"{path}: the {dialect} statement kinds are out of date; run .venv/bin/python tests/cases/statement_kinds.py")

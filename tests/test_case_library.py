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
def test_postgres_case(case: Path, pg_url: str) -> None:
    _run(pg_url, case)


@pytest.mark.mysql
@pytest.mark.parametrize("case", _cases("mysql"), ids=lambda p: p.name)
def test_mysql_case(case: Path, mysql_url: str) -> None:
    _run(mysql_url, case)


def test_library_is_large_enough() -> None:
    assert len(_cases("sqlite")) >= 60
    assert len(_cases("postgresql")) >= 60

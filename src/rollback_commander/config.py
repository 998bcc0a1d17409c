"""Where settings come from: command-line options, then environment, then rollback.toml."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UsageError
from .model.placeholders import from_config
from .urls import DatabaseUrl, parse_url

CONFIG_FILE = "rollback.toml"


@dataclass
class Settings:
    database: str | None = None
    migrations: str | None = None
    lock_timeout: float = 10.0
    placeholders: dict[str, str] = field(default_factory=dict)
    """rollback.toml's [placeholders]: values for the migrations' `${name}` (model/placeholders.py)."""
    extra: dict[str, Any] = field(default_factory=dict)


def load_settings(cwd: Path | None = None) -> Settings:
    path = (cwd or Path.cwd()) / CONFIG_FILE
    if not path.exists():
        return Settings()
    import tomllib  # only when there is a file to read

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: {exc}", hint="fix the TOML syntax of rollback.toml") from None
    db = data.get("database")
    url = db.get("url") if isinstance(db, dict) else db
    if url is not None and not isinstance(url, str):
        raise UsageError(f"{path}: database.url must be a string")
    migrations = data.get("migrations") or (db.get("migrations") if isinstance(db, dict) else None)
    if migrations is not None and not isinstance(migrations, str):
        raise UsageError(f"{path}: migrations must be a string (the folder of .sql files)", hint='migrations = "db/migrations"')
    lock_timeout = _seconds(data.get("lock_timeout", 10.0), f"{path}: lock_timeout")
    placeholders = from_config(data.get("placeholders"), str(path))
    return Settings(database=url, migrations=migrations, lock_timeout=lock_timeout, placeholders=placeholders, extra=data)


def _seconds(value: object, what: str) -> float:
    """A number of seconds, 0 or more, from the configuration file."""
    seconds = float(value) if isinstance(value, int | float) and not isinstance(value, bool) else float("nan")
    if not math.isfinite(seconds) or seconds < 0:
        raise UsageError(f"{what} = {value!r} is not a number of seconds", hint="write it as lock_timeout = 10 (0 or more)")
    return seconds


def resolve_database(option: str | None, settings: Settings | None = None) -> DatabaseUrl:
    """--db, else ROLLBACK_DATABASE_URL, else DATABASE_URL, else rollback.toml."""
    settings = settings or load_settings()
    for value in (option, os.environ.get("ROLLBACK_DATABASE_URL"), os.environ.get("DATABASE_URL"), settings.database):
        if value:
            return parse_url(value)
    raise UsageError(
        "no database given",
        hint="pass --db URL, set ROLLBACK_DATABASE_URL or DATABASE_URL, or write database.url in rollback.toml",
    )


def resolve_migrations(option: str | None, settings: Settings | None = None) -> str:
    settings = settings or load_settings()
    value = option or settings.migrations
    if not value:
        raise UsageError("no migrations folder given", hint="pass --dir DIR or set migrations = \"DIR\" in rollback.toml")
    return value

"""Dialect adapters: one engine, per-dialect classes for connection, splitting, introspection,
reverse rendering and data capture."""

from __future__ import annotations

from ..errors import UsageError
from ..urls import DatabaseUrl
from .base import Dialect


def dialect_for(url: DatabaseUrl) -> Dialect:
    if url.dialect == "sqlite":
        from .sqlite import SQLiteDialect

        return SQLiteDialect()
    if url.dialect == "postgresql":
        from .postgres import PostgresDialect

        return PostgresDialect()
    if url.dialect == "mysql":
        from .mysql import MySQLDialect

        return MySQLDialect()
    raise UsageError(f"the {url.dialect} dialect is not supported", hint="use sqlite://, postgresql:// or mysql://")

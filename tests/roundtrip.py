"""The round trip, shared by the case library and the property tests.

apply one migration at a time (recording the schema fingerprint and every table's data checksum at
each point), then roll back to every earlier point newest first and compare, then re-apply all and
compare with the state after the first full apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rollback_commander import api
from rollback_commander.model.migration import discover
from rollback_commander.urls import parse_url

from .helpers import run_sql


@dataclass
class RoundTrip:
    points: list[str] = field(default_factory=list)
    states: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def _compare(label: str, want: dict[str, Any], got: dict[str, Any], out: list[str]) -> None:
    if want["fingerprint"] != got["fingerprint"]:
        out.append(f"{label}: schema fingerprint differs")
    for table in sorted(set(want["tables"]) | set(got["tables"])):
        if want["tables"].get(table) != got["tables"].get(table):
            out.append(f"{label}: data of {table} differs ({want['tables'].get(table)} != {got['tables'].get(table)})")


def round_trip(url: str, folder: Path, setup_sql: str | None = None) -> RoundTrip:
    if setup_sql:
        run_sql(url, setup_sql)
    rt = RoundTrip()
    rt.states["base"] = api.fingerprint(url)
    rt.points.append("base")
    for m in discover(folder, parse_url(url).dialect):
        api.apply(url, str(folder), to=m.id)
        rt.points.append(m.id)
        rt.states[m.id] = api.fingerprint(url)
    final = rt.points[-1]
    for point in reversed(rt.points[:-1]):
        api.rollback_to(url, point)
        _compare(f"after rollback to {point}", rt.states[point], api.fingerprint(url), rt.failures)
    api.apply(url, str(folder))
    _compare("after re-apply", rt.states[final], api.fingerprint(url), rt.failures)
    api.rollback_to(url, "base")
    _compare("after second rollback to base", rt.states["base"], api.fingerprint(url), rt.failures)
    return rt

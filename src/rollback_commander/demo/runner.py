"""`rollback demo`: a CRM on the embedded SQLite default, broken by a bad release and rolled back."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .. import api

GOOD_POINT = "010_contact_directory_view"
PROBES = {
    "contacts with a phone": "SELECT count(*) FROM contacts WHERE phone IS NOT NULL",
    "interactions": "SELECT count(*) FROM interactions",
    "soft-deleted interactions": "SELECT count(*) FROM interactions WHERE deleted_at IS NOT NULL",
    "pipeline amount": "SELECT printf('%.2f', total(amount)) FROM opportunities",
}


def _probe(db_path: Path) -> dict[str, str]:
    conn = sqlite3.connect(db_path)
    try:
        out: dict[str, str] = {}
        for label, sql in PROBES.items():
            try:
                out[label] = str(conn.execute(sql).fetchone()[0])
            except sqlite3.Error as exc:
                out[label] = f"({exc})"
        return out
    finally:
        conn.close()


def _copy_tree(src: Any, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for item in src.iterdir():
        if item.is_dir():
            _copy_tree(item, dest / item.name)
        elif item.name.endswith(".sql"):
            (dest / item.name).write_text(item.read_text(encoding="utf-8"), encoding="utf-8")


def run_demo(workdir: str | None = None, console: Console | None = None) -> dict[str, Any]:
    started = time.perf_counter()
    root = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="rollback-demo-"))
    root.mkdir(parents=True, exist_ok=True)
    db_path = root / "crm.db"
    if db_path.exists():
        db_path.unlink()
    url = f"sqlite:///{db_path}"
    migrations = root / "migrations"
    if migrations.exists():
        shutil.rmtree(migrations)
    package = resources.files("rollback_commander.demo") / "migrations"
    say = console.print if console else (lambda *a, **k: None)

    say(f"[bold]Rollback Commander demo[/bold]: a CRM on SQLite at {db_path}\n")
    for phase in ("phase-1", "phase-2", "phase-3", "phase-4"):
        _copy_tree(package / phase, migrations / phase)
    applied = api.apply(url, str(migrations))
    say(f"1. Applied {len(applied.migrations)} migrations in 4 phases, each with a rollback point.")
    conn = sqlite3.connect(db_path)
    conn.executescript((resources.files("rollback_commander.demo") / "seed.sql").read_text(encoding="utf-8"))
    conn.close()
    good = api.fingerprint(url)
    before = _probe(db_path)
    say("2. Seeded the CRM: " + ", ".join(f"{n} {t}" for t, n in _row_counts(db_path).items()) + ".")

    _copy_tree(package / "bad-release", migrations / "bad-release")
    bad = api.apply(url, str(migrations))
    caps = [c for m in bad.migrations for c in m.captures]
    say("3. Applied the bad release [red]011_cleanup[/red]: it drops contacts.phone, hard-deletes "
        "soft-deleted interactions and rewrites every opportunity amount.")
    say("   Guarded apply kept what it destroys: " + ", ".join(f"{c['table']} ({c['rows']} rows)" for c in caps))
    broken = _probe(db_path)

    rolled = api.rollback_to(url, GOOD_POINT)
    say(f"4. [bold]rollback to {GOOD_POINT}[/bold]: reverted {', '.join(rolled.plan.to_dict()['reverts'])} "
        f"in {rolled.seconds:.3f}s.")
    after = _probe(db_path)
    back = api.fingerprint(url)
    schema_ok = back["fingerprint"] == good["fingerprint"]
    tables_ok = {t: back["tables"].get(t) == c for t, c in good["tables"].items()}
    restored = schema_ok and all(tables_ok.values())

    if console:
        table = Table(title="What the bad release did, and what rollback gave back")
        for col in ("measure", "last good point", "after bad release", "after rollback"):
            table.add_column(col)
        for label in PROBES:
            table.add_row(label, before[label], broken[label], after[label])
        console.print(table)
        check = Table(title="Verification against the last good point")
        check.add_column("check")
        check.add_column("result")
        check.add_row("schema fingerprint", _ok(schema_ok) + f" {back['fingerprint'][:16]}")
        for t, ok in tables_ok.items():
            check.add_row(f"data checksum {t}", _ok(ok))
        console.print(check)
        console.print(("[bold green]Schema and data are back.[/bold green]" if restored else "[bold red]NOT restored[/bold red]")
                      + f" Demo took {time.perf_counter() - started:.2f}s. Try: rollback points --db {url}")
    return {
        "database": url,
        "restored": restored,
        "schema_restored": schema_ok,
        "tables": tables_ok,
        "before": before,
        "after_bad_release": broken,
        "after_rollback": after,
        "rollback_seconds": round(rolled.seconds, 4),
        "seconds": round(time.perf_counter() - started, 3),
    }


def _ok(flag: bool) -> str:
    return "[green]ok[/green]" if flag else "[red]differs[/red]"


def _row_counts(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        names = ["organizations", "contacts", "products", "opportunities", "interactions"]
        return {n: int(conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0]) for n in names}
    finally:
        conn.close()

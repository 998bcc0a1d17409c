"""`rollback verify` and `rollback rehearse`: prove a rollback works (integrity checks with stable
codes; a timed up/down/re-apply rehearsal on a disposable copy, against an RTO).

cli/main.py calls `register(cli)` to add them to the command group."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..model.placeholders import parse_assignments
from ..rehearse import RehearsalResult, rehearse
from ..rehearse.rto import RTO_FORMS, format_seconds
from ..verify import VerifyReport, describe_checks, verify
from ..verify.runner import DEFAULT_SOFT_DELETE_COLUMN
from .common import (
    db_option,
    emit_json,
    err,
    handle_errors,
    json_option,
    lock_timeout_option,
    out,
    placeholder_option,
    plain,
    real_console,
)

STATUS_STYLE = {"passed": "green", "failed": "red", "skipped": "dim", "error": "bold red"}


class RichProgress:
    """Transient progress bars on stderr for long steps; silent when stderr is not a terminal."""

    def __init__(self, console: Console):
        self.console = console
        self.bars: Progress | None = None
        self.task: Any = None

    def start(self, label: str, total: float | None = None) -> None:
        self.finish()
        if not self.console.is_terminal:
            return
        self.bars = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
            TimeElapsedColumn(), console=self.console, transient=True,
        )
        self.bars.start()
        self.task = self.bars.add_task(label, total=total)

    def update(self, done: float) -> None:
        if self.bars is not None:
            self.bars.update(self.task, completed=done)

    def finish(self) -> None:
        if self.bars is not None:
            self.bars.stop()
            self.bars = None

    def note(self, message: str) -> None:
        self.finish()
        self.console.print(message)


# -- verify -----------------------------------------------------------------------------------
@click.command("verify")
@db_option
@click.option("--against", metavar="TARGET", help="Compare the schema with this point instead of the current one: a "
              "migration id, base, #id (also of a rolled-back point), previous, last_stable, phase:N, a tag or a time.")
@click.option("--soft-delete-column", default=DEFAULT_SOFT_DELETE_COLUMN, show_default=True, metavar="COLUMN",
              help="The column that marks soft-deleted rows (checked by RC203).")
@click.option("--check", "only", multiple=True, metavar="CODE", help="Run only this check (code or name; repeatable).")
@click.option("--list-checks", is_flag=True, help="List the checks with their codes and descriptions, and exit.")
@json_option
@handle_errors
def verify_cmd(db: str | None, against: str | None, soft_delete_column: str, only: tuple[str, ...],
               list_checks: bool, as_json: bool) -> None:
    """Check integrity: findings with stable codes (exit 0 ok, 1 findings, 2 error).

    Schema drift from the recorded point (RC101), invalid or missing indexes (RC102), sequences
    behind their column (RC103), orphaned rows under every foreign key (RC201), duplicate keys
    (RC202), after a rollback, soft-deleted rows (RC203) and the restored tables' rows and
    checksums (RC204), and tables left in RLS break-glass mode (RC390, PostgreSQL). On SQLite,
    PostgreSQL and MySQL/MariaDB, in one read-only snapshot. Each run is recorded in the event log.
    """
    if list_checks:
        _list_checks(as_json)
        return
    progress = None if as_json else RichProgress(real_console(err))
    report = verify(db, against, soft_delete_column=soft_delete_column, only=only, progress=progress)
    if as_json:
        emit_json(report.to_dict())
    else:
        _render_verify(report)
    if report.exit_code:
        sys.exit(report.exit_code)


def _list_checks(as_json: bool) -> None:
    checks = describe_checks()
    if as_json:
        emit_json({"checks": checks})
        return
    table = Table(title="Checks")
    for col in ("code", "name", "description"):
        table.add_column(col)
    for c in checks:
        table.add_row(c["code"], c["name"], c["description"])
    out.print(table)


def _render_verify(report: VerifyReport) -> None:
    against = report.point
    where = f" against point {against['migration']} (#{against['id']})" if against else " (no rollback points recorded)"
    out.print(f"Verified {report.database}{where} in {report.seconds:.3f}s")
    if report.last_rollback:
        lr = report.last_rollback
        out.print(f"Last rollback: to {lr['to']}, reverted {', '.join(lr['reverted'])}")
    table = Table(title="Checks")
    for col in ("code", "name", "status", "checked", "findings / note"):
        table.add_column(col)
    for c in report.checks:
        style = STATUS_STYLE.get(c.status, "")
        note = str(len(c.findings)) if c.findings else (c.reason or "")
        table.add_row(c.code, c.name, f"[{style}]{c.status}[/{style}]", str(c.checked), note)
    out.print(table)
    if report.findings:
        ft = Table(title="Findings")
        for col in ("code", "table", "object", "finding"):
            ft.add_column(col, overflow="fold")
        for f in report.findings:
            ft.add_row(f.code, f.table or "", f.object or "", f.message)
        out.print(ft)
        hints: dict[str, str] = {}
        for f in report.findings:
            if f.hint and f.hint not in hints.values():
                hints.setdefault(f"{f.code}:{len(hints)}", f.hint)
        for key, hint in hints.items():
            out.print(f"[yellow]hint ({key.split(':')[0]}):[/yellow] {hint}")
    if report.ok and not report.checks_run:
        reasons = sorted({c.reason for c in report.checks if c.reason})
        out.print("[yellow]nothing checked[/yellow]: every check was skipped (" + "; ".join(reasons) + ")")
    elif report.ok:
        out.print("[green]ok[/green]: every check holds")
    else:
        n, e = len(report.findings), len(report.errors)
        out.print(f"[red]{n} finding(s)[/red]" + (f", [bold red]{e} check(s) could not run[/bold red]" if e else ""))


# -- rehearse ---------------------------------------------------------------------------------
@click.command("rehearse")
@db_option
@click.option("--dir", "folder", metavar="DIR", help="Folder of .sql migrations (default: rollback.toml's migrations).")
@click.option("--to", "to", metavar="ID", help="Rehearse the pending migrations up to this one.")
@click.option("--rto", default="15m", show_default=True, metavar="DURATION",
              help="Recovery-time objective the rollback must meet: " + ", ".join(RTO_FORMS) + ".")
@click.option("--report", "report_path", type=click.Path(dir_okay=False), metavar="FILE.md|FILE.html",
              help="Also write a report with a timeline chart (Markdown or HTML, by extension).")
@click.option("--soft-delete-column", default=DEFAULT_SOFT_DELETE_COLUMN, show_default=True, metavar="COLUMN",
              help="The column that marks soft-deleted rows (checked by RC203).")
@lock_timeout_option
@placeholder_option
@json_option
@handle_errors
def rehearse_cmd(db: str | None, folder: str | None, to: str | None, rto: str, report_path: str | None,
                 soft_delete_column: str, lock_timeout: float | None, placeholders: tuple[str, ...], as_json: bool) -> None:
    """Rehearse up, down, re-apply on a disposable copy, against the RTO.

    For each pending migration: up, verify, down (must give back the state before), re-apply,
    verify. Every step is timed; the rollback time is projected to the target's size and compared with the
    RTO. The target is never changed (only a `rehearse` event is added to its journal) and the copy
    is always dropped. Exit 0 when everything held within the RTO, 1 otherwise, 2 on bad input.
    """
    progress = None if as_json else RichProgress(real_console(err))
    with _terminate_as_interrupt():
        result = rehearse(db, folder, to=to, rto=rto, report=report_path, soft_delete_column=soft_delete_column,
                          lock_timeout=lock_timeout, progress=progress, placeholders=parse_assignments(placeholders))
    if as_json:
        emit_json(result.to_dict())
    else:
        _render_rehearsal(result)
    if not result.ok:
        sys.exit(1)


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM unwinds like Ctrl-C, so the disposable copy is dropped either way."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _render_rehearsal(r: RehearsalResult) -> None:
    copy = r.copy
    if copy.fallback_reason:
        err.print(f"[yellow]note:[/yellow] {copy.fallback_reason}")
    if copy.method:
        out.print(f"Copy of {r.database}: {copy.method_label} in {copy.seconds:.3f}s (dropped afterwards)")
    if not r.migrations:
        out.print("Nothing to rehearse: no pending migrations.")
        if r.report_path:
            out.print(f"Report: {r.report_path}")
        return
    table = Table(title="Rehearsal")
    for col in ("migration", "step", "seconds", "verify", "result"):
        table.add_column(col)
    for s in r.steps:
        ok = "[green]ok[/green]" if s.ok else "[red]failed[/red]"
        table.add_row(s.migration, s.step, f"{s.seconds:.3f}", f"{s.verify_seconds:.3f}" if s.verified else "-", ok)
    out.print(table)
    p = r.projection
    out.print(f"Rollback time: {format_seconds(p.rollback_seconds)} on the copy; projected {format_seconds(p.projected_seconds)} "
              f"on the target ({p.method})")
    verdict = "[green]within[/green]" if r.within_rto else "[red]over[/red]"
    out.print(f"RTO {r.rto} ({format_seconds(r.rto_seconds)}): {verdict}; restored: "
              + ("[green]yes[/green]" if r.restored else "[red]no[/red]"))
    if r.failed:
        f = r.failed
        err.print(f"[bold red]failed:[/bold red] {plain(str(f.get('file')))}:{f.get('line')}: {plain(str(f.get('message')))}")
        err.print("[yellow]hint:[/yellow] the target was not touched; fix the migration and rehearse again")
    for f in r.findings:
        where = f" ({f['migration']} {f['step']})" if f.get("migration") else ""
        out.print(f"[red]{f['code']}[/red] {f.get('table') or ''} {f['message']}{where}")
    if r.report_path:
        out.print(f"Report: {r.report_path}")
    out.print("[green]ok[/green]: rehearsal passed" if r.ok else "[red]rehearsal did not pass[/red]")


def register(group: click.Group) -> None:
    """Add `verify` and `rehearse` to the `rollback` command group (idempotent)."""
    for command in (verify_cmd, rehearse_cmd):
        if command.name not in group.commands:
            group.add_command(command)

"""Commands for deciding and acting under pressure: `tag`, `mark`, `plan`, `rls`, `report`,
`runbook`, `deps`, `undo`. cli/main.py calls `register(cli)` to add them to the command group."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.table import Table

from ..config import Settings, load_settings, resolve_database
from ..engine.session import Target, open_target
from ..errors import UsageError
from .common import (
    db_option,
    emit_json,
    err,
    handle_errors,
    json_option,
    lock_timeout_option,
    out,
    plain,
    warn,
)

RISK_STYLE = {"none": "green", "minimal": "yellow", "significant": "bold red"}


@contextmanager
def _target(db: str | None) -> Iterator[tuple[Target, Settings]]:
    """The command's database and settings; expired break-glass sessions are restored when it
    opens (the hook common._install_open_hooks installs for every command)."""
    settings = load_settings()
    with open_target(resolve_database(db, settings)) as target:
        yield target, settings


# -- tag and mark -----------------------------------------------------------------------------
@click.command("tag")
@click.argument("name")
@db_option
@click.option("--at", "at", metavar="TARGET", help="Tag this point instead of the current one (any plan TARGET form).")
@click.option("--move", is_flag=True, help="Move the tag if another point has it.")
@click.option("--dry-run", is_flag=True, help="Check the tag and show what it would do; change nothing.")
@json_option
@handle_errors
def tag_cmd(name: str, db: str | None, at: str | None, move: bool, dry_run: bool, as_json: bool) -> None:
    """Name the current rollback point (a version such as v1.4.2); `plan` shows it and accepts it as a TARGET."""
    from ..ops.marks import add_tag
    from ..ops.targets import resolve

    with _target(db) as (target, settings):
        point = resolve(target, at or "current").point
        result = add_tag(target, name, point.id, move=move, lock_timeout=settings.lock_timeout, dry_run=dry_run)
    if as_json:
        emit_json(result)
        return
    moved = f" (moved from point #{result['moved_from']})" if result["moved_from"] else ""
    out.print(f"{'Would tag' if dry_run else 'Tagged'} point #{result['point_id']} ({plain(result['migration'])}) as "
              f"[bold]{plain(result['tag'])}[/bold]{moved}")


@click.command("mark")
@click.argument("target_spec", metavar="TARGET")
@db_option
@click.option("--stable", "status", flag_value="stable", help="A known-good point: `last_stable` finds it.")
@click.option("--bad", "status", flag_value="bad", help="A bad point: never recommended as a rollback target.")
@click.option("--health", type=click.IntRange(0, 100), default=None, metavar="0-100",
              help="Health score (default 100 for --stable, 0 for --bad).")
@click.option("--note", default=None, help="Why (shown in plans and incident reports).")
@click.option("--dry-run", is_flag=True, help="Check the mark and show what it would record; change nothing.")
@json_option
@handle_errors
def mark_cmd(target_spec: str, db: str | None, status: str | None, health: int | None, note: str | None,
             dry_run: bool, as_json: bool) -> None:
    """Mark a rollback point stable or bad, with a health score: TARGET is any plan TARGET form."""
    from ..ops.marks import add_mark
    from ..ops.targets import resolve

    if status is None:
        raise UsageError("say what the point is: --stable or --bad")
    with _target(db) as (target, settings):
        point = resolve(target, target_spec).point
        result = add_mark(target, point.id, status, health=health, note=note, lock_timeout=settings.lock_timeout,
                          dry_run=dry_run)
    if as_json:
        emit_json(result)
        return
    style = "green" if status == "stable" else "red"
    out.print(f"{'Would mark' if dry_run else 'Marked'} point #{result['point_id']} ({plain(result['migration'])}) [{style}]{status}[/{style}], "
              f"health {result['health_score']}")


# -- plan -------------------------------------------------------------------------------------
@click.command("plan")
@click.argument("target_spec", metavar="[TARGET]", required=False)
@db_option
@json_option
@handle_errors
def plan_cmd(target_spec: str | None, db: str | None, as_json: bool) -> None:
    """Plan a rollback: points, recommended target, downtime, data-loss risk, affected features, steps.

    TARGET: a migration id, base, previous, last_stable, phase:N, #<point id>, a tag, or a time
    (2026-11-21T10:00Z, "1 hour ago"). Default: the newest point marked stable before the current
    one, else the previous point. A point marked bad is never recommended. Changes nothing.
    """
    from ..ops.plan import build_plan

    with _target(db) as (target, settings):
        plan = build_plan(target, target_spec, features=settings.extra.get("features"), db_arg=target.url.masked)
    if as_json:
        emit_json(plan)
        return
    _render_plan(plan)


def _render_plan(plan: dict[str, Any]) -> None:
    table = Table(title=f"Rollback points on {plan['database']}")
    for col in ("id", "migration", "phase", "applied", "version", "git", "health", "status", ""):
        table.add_column(col)
    for p in plan["rollback_points"]:
        flag = "current" if p["current"] else ("[bold]recommended[/bold]" if p.get("recommended") else "")
        table.add_row(str(p["id"]), p["migration"], str(p["phase"] or ""), p["timestamp"] or "", p["version"] or "",
                      (p["git_hash"] or "")[:10], "" if p["health_score"] is None else str(p["health_score"]),
                      p["status"] or "", flag)
    out.print(table)
    out.print(f"Recommended target: [bold]{plan['recommended_target']}[/bold] ({plan['recommendation']})")
    risk = plan["data_loss_risk"]
    out.print(f"Data-loss risk: [{RISK_STYLE[risk]}]{risk}[/{RISK_STYLE[risk]}]")
    for loss in plan["data_loss"]:
        out.print(f"  - {loss['reason']}")
    for d in plan["derived_loss"]:
        out.print(f"  - derived: {d['object']} ({d['kind']})")
    for f in plan["filled"]:
        out.print(f"[yellow]filled:[/yellow] {f['message']}")
    for r in plan["refusals"]:
        out.print(f"[red]would refuse:[/red] {plain(r['message'])} ({plain(r['hint'])})")
    out.print(f"Estimated downtime: [bold]{plan['estimated_downtime']}[/bold] ({plan['estimated_downtime_basis']})")
    out.print("Affected: " + (", ".join(plan["affected_features"]) or "nothing"))
    if plan["steps"]:
        steps = Table(title="Steps")
        for col in ("#", "action", "migration", "restores", "est. seconds"):
            steps.add_column(col)
        for s in plan["steps"]:
            restores = ", ".join(f"{r['table']} ({r['kind']}, {r['rows']} rows)" for r in s.get("restores", [])) or "-"
            est = s.get("estimated_seconds")
            steps.add_row(str(s["order"]), s["action"], s.get("migration", ""), restores if s["action"] == "reverse"
                          else s.get("command", ""), "" if est is None else f"{est:.3f}")
        out.print(steps)
        first = "Once what would refuse is resolved, run" if plan["refusals"] else "Run"
        out.print(f"{first}: [bold]{plan['command']}[/bold]")
    else:
        out.print("Nothing to roll back: the database is at the recommended point.")
    for p in plan["problems"]:
        warn(p)


# -- rls --------------------------------------------------------------------------------------
@click.group("rls")
def rls_group() -> None:
    """Emergency row-level-security break-glass (PostgreSQL): disable, restore, status."""


@rls_group.command("disable")
@click.argument("tables", nargs=-1, required=True, metavar="TABLE...")
@click.option("--reason", required=True, help="Why (recorded in the journal and the incident report).")
@click.option("--for", "duration", default="15m", show_default=True, metavar="DURATION",
              help="Restore automatically after this long (15m, 1h, 900s): the first command after it restores.")
@db_option
@lock_timeout_option
@json_option
@handle_errors
def rls_disable(tables: tuple[str, ...], reason: str, duration: str, db: str | None, lock_timeout: float | None,
                as_json: bool) -> None:
    """Save RLS flags, policies and grants, then turn RLS off and revoke the public-facing roles.

    One transaction: ALTER TABLE ... DISABLE ROW LEVEL SECURITY and REVOKE ALL from PUBLIC and the
    roles of `[rls] public_roles` (default anon, authenticated). Fails closed: if one of those roles
    could still reach a table, nothing changes. Never grants anything.
    """
    from ..ops.rls import disable

    with _target(db) as (target, settings):
        result = disable(target, list(tables), reason=reason, duration=duration, settings=settings,
                         lock_timeout=lock_timeout)
    if as_json:
        emit_json(result)
        return
    out.print(f"[bold red]Break-glass #{result['session']}[/bold red]: RLS off on {', '.join(result['tables'])}; "
              f"revoked from {', '.join(result['revoked_from'])}; restores automatically after {result['expires_at']} "
              "(or run `rollback rls restore`)")
    for w in result["warnings"]:
        warn(w)


@rls_group.command("restore")
@click.option("--session", type=int, default=None, help="Only this break-glass session (default: every active one).")
@db_option
@lock_timeout_option
@json_option
@handle_errors
def rls_restore(session: int | None, db: str | None, lock_timeout: float | None, as_json: bool) -> None:
    """Put back RLS flags, policies and grants exactly as saved, verified against the saved state."""
    from ..ops.rls import restore

    with _target(db) as (target, settings):
        results = restore(target, session=session, settings=settings, lock_timeout=lock_timeout)
    if as_json:
        emit_json({"restored": results})
        return
    if not results:
        out.print("No table is in break-glass mode.")
    for r in results:
        out.print(f"[green]restored[/green] break-glass #{r['session']} on {', '.join(r.get('tables', []))}: "
                  "flags, policies and grants verified")
        for line in r.get("changed_meanwhile", []):
            err.print(f"[yellow]changed meanwhile (kept):[/yellow] {line}")


@rls_group.command("status")
@db_option
@json_option
@handle_errors
def rls_status(db: str | None, as_json: bool) -> None:
    """Tables in break-glass mode now, and past sessions."""
    from ..ops.rls import status

    with _target(db) as (target, _settings):
        result = status(target)
    if as_json:
        emit_json(result)
        return
    if not result["active"]:
        out.print("No table is in break-glass mode.")
    table = Table(title="Break-glass sessions")
    for col in ("#", "tables", "reason", "by", "since", "until", "state"):
        table.add_column(col)
    for s in result["active"] + result["history"]:
        state = (f"[red]active[/red], {s['remaining_seconds']}s left" if s["active"]
                 else f"restored {s['restored_at']} ({s['restore_note']})")
        table.add_row(str(s["id"]), ", ".join(s["tables"]), s["reason"], s["actor"] or "", s["started_at"] or "",
                      s["expires_at"] or "", state)
    if result["active"] or result["history"]:
        out.print(table)


# -- report and runbook -----------------------------------------------------------------------
@click.command("report")
@click.argument("incident", type=int, required=False)
@click.option("--last", is_flag=True, help="The most recent incident (the default when INCIDENT is not given).")
@click.option("--list", "list_only", is_flag=True, help="List the incidents (rollbacks and break-glass sessions).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True,
              help="Markdown (a mermaid chart) or HTML (an inline SVG chart, no external assets).")
@click.option("--output", type=click.Path(dir_okay=False), default=None, help="Write the report here (default: stdout).")
@db_option
@json_option
@handle_errors
def report_cmd(incident: int | None, last: bool, list_only: bool, fmt: str, output: str | None, db: str | None,
               as_json: bool) -> None:
    """Post-incident report: timeline with a chart, what was rolled back, verification, data loss, RTO.

    INCIDENT is the event id of a rollback (`rollback-done`) or a break-glass (`rls-disable`); see --list.
    """
    from ..ops.report import build_incident, list_incidents, render, write

    if incident is not None and last:
        raise UsageError("give INCIDENT or --last, not both")
    with _target(db) as (target, settings):
        if list_only:
            found = list_incidents(target)
            if as_json:
                emit_json({"incidents": found})
                return
            table = Table(title="Incidents")
            for col in ("incident", "kind", "at", "summary"):
                table.add_column(col)
            for i in found:
                table.add_row(str(i["incident"]), i["kind"], i["at"] or "", i["summary"])
            out.print(table)
            return
        inc = build_incident(target, incident, settings)
    text = render(inc, fmt)
    written = write(text, output) if output else None
    if as_json:
        emit_json({**inc, "report": written, "format": fmt})
    elif written:
        out.print(f"Wrote the report of incident #{inc['incident']} to {written}")
    else:
        click.echo(text, nl=False)


@click.command("runbook")
@db_option
@click.option("--format", "fmt", type=click.Choice(["md"]), default="md", show_default=True,
              help="Markdown, with the commands in bash blocks.")
@click.option("--output", type=click.Path(dir_okay=False), default=None, help="Write the runbook here (default: stdout).")
@json_option
@handle_errors
def runbook_cmd(db: str | None, fmt: str, output: str | None, as_json: bool) -> None:
    """A step-by-step runbook for this database: partial and complete rollback, backup recovery, RLS
    emergency, with the exact commands for its points, phases and tables (password masked)."""
    from ..ops.report import write
    from ..ops.runbook import build_runbook, render_markdown

    with _target(db) as (target, _settings):
        book = build_runbook(target)
    text = render_markdown(book)
    written = write(text, output) if output else None
    if as_json:
        emit_json({**book, "runbook": written})
    elif written:
        out.print(f"Wrote the runbook to {written}")
    else:
        click.echo(text, nl=False)


# -- deps -------------------------------------------------------------------------------------
@click.command("deps")
@db_option
@click.option("--undo", "undo", metavar="ID|phase:N", default=None,
              help="Check whether this migration (or phase) could be reversed alone: exit 1 when later ones depend on it.")
@click.option("--with-dependents", is_flag=True, help="With --undo: include the migrations that depend on it.")
@json_option
@handle_errors
def deps_cmd(db: str | None, undo: str | None, with_dependents: bool, as_json: bool) -> None:
    """The map of what each applied migration creates, alters, drops, reads and writes, and which
    migrations depend on which (from the recorded schema models and captures)."""
    from ..ops.deps import build_deps, undo_check

    if with_dependents and not undo:
        raise UsageError("--with-dependents goes with --undo", hint="rollback deps --undo ID --with-dependents")
    with _target(db) as (target, _settings):
        deps = build_deps(target)
    check = undo_check(deps, undo, with_dependents) if undo else None
    if as_json:
        emit_json({**deps, "undo": check} if check else deps)
    else:
        table = Table(title=f"Dependencies on {deps['database']}")
        for col in ("migration", "creates", "alters", "drops", "reads", "writes", "depends on"):
            table.add_column(col)
        for m in deps["migrations"]:
            table.add_row(m["migration"], *("\n".join(m[k]) for k in ("creates", "alters", "drops", "reads", "writes")),
                          ", ".join(m["depends_on"]))
        out.print(table)
        if check:
            if check["ok"]:
                out.print(f"undo {undo}: would reverse {', '.join(check['undo'])}" + (f" ({check['note']})" if check.get("note") else ""))
            else:
                err.print(f"[red]undo {undo} refused:[/red] {check['hint']}")
    if check and not check["ok"]:
        sys.exit(1)


# -- undo -------------------------------------------------------------------------------------
@click.command("undo")
@click.argument("spec", metavar="ID|phase:N")
@db_option
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option("--with-dependents", is_flag=True,
              help="Also undo the later migrations that depend on it (newest first).")
@click.option("--dry-run", is_flag=True,
              help="Run the whole undo and its checks in a transaction that is rolled back; change nothing.")
@click.option("--on-conflict", type=click.Choice(["fail", "keep-current", "restore-old"]), default="fail",
              show_default=True,
              help="Rows changed after the point: stop (fail), keep them (keep-current), or put the old rows back.")
@click.option("--allow-irreversible", is_flag=True, help="Also undo points marked irreversible (pruned or unproven).")
@lock_timeout_option
@json_option
@handle_errors
def undo_cmd(spec: str, db: str | None, yes: bool, with_dependents: bool, dry_run: bool, on_conflict: str,
             allow_irreversible: bool, lock_timeout: float | None, as_json: bool) -> None:
    """Reverse one migration (ID) or a phase (phase:N) in the middle of the history, keeping the later ones.

    Refused (exit 1) when later migrations depend on its objects (see `rollback deps`), unless
    --with-dependents. One transaction under the run lock; the schema and the restored data are
    checked before it commits. The undone migrations show as undone in `rollback points`, and
    `rollback apply` applies them again. PostgreSQL and SQLite only.
    """
    from .. import api
    from ..engine.undo import undo_plan
    from ..ops.plan import read_snapshot

    if not dry_run and not yes:  # ask first, from the dependency map (the undo itself runs once, below)
        if not _can_ask():
            raise UsageError("refusing to undo without confirmation", hint="pass --yes (or --dry-run to see what it would do)")
        with _target(db) as (target, _settings), read_snapshot(target):
            check, database = undo_plan(target, spec, with_dependents), target.url.masked
        if not click.confirm(f"Undo {', '.join(check['undo'])} on {database}?", default=False):
            raise click.exceptions.Exit(1)
    result = api.undo(db, spec, with_dependents=with_dependents, dry_run=dry_run, on_conflict=on_conflict,
                      allow_irreversible=allow_irreversible, lock_timeout=lock_timeout)
    if as_json:
        emit_json(result.to_dict())
        return
    table = Table(title=("Would undo" if dry_run else "Undid") + f" {spec} on {result.database}")
    for col in ("point", "migration", "statements", "restores", "data checked"):
        table.add_column(col)
    for s in result.steps:
        table.add_row(str(s.point_id), s.migration, str(len(s.statements)),
                      ", ".join(f"{r['table']} ({r['kind']}, {r['rows']} rows)" for r in s.restores) or "-",
                      ", ".join(s.data_checked) or "-")
    out.print(table)
    for c in (c for s in result.steps for c in s.conflicts):
        err.print(f"[yellow]conflict ({on_conflict}):[/yellow] {c['table']}: {c['rows']} row(s) changed since {c['migration']}")
    for f in (f for s in result.steps for f in s.filled):
        out.print(f"[yellow]filled:[/yellow] {f['message']}")
    if dry_run:
        out.print(f"Dry run: checks passed, nothing was changed ({result.seconds:.3f}s).")
    else:
        out.print(f"[green]done[/green] in {result.seconds:.3f}s; schema fingerprint verified "
                  f"({(result.fingerprint or '')[:12]}); undo point #{result.point_id}. "
                  f"`rollback apply` applies {', '.join(result.undo)} again.")


def _can_ask() -> bool:
    """Whether a confirmation can be asked (stdin is a terminal)."""
    return sys.stdin.isatty()


def register(group: click.Group) -> None:
    for command in (tag_cmd, mark_cmd, plan_cmd, rls_group, report_cmd, runbook_cmd, deps_cmd, undo_cmd):
        if command.name not in group.commands:
            group.add_command(command)

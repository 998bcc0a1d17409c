"""The `rollback` command line: parse arguments, call the library, render. Errors are handled once."""

from __future__ import annotations

import importlib
import json
import sys
from typing import TYPE_CHECKING, Any

import click

from .. import __version__, api
from ..engine.foresee import human_bytes
from ..errors import Refused, UsageError
from ..model.placeholders import parse_assignments
from ..urls import mask_password
from .common import (
    db_option,
    emit_json,
    err,
    fresh_consoles,
    handle_errors,
    json_option,
    lock_timeout_option,
    out,
    placeholder_option,
    plain,
    warn,
)

if TYPE_CHECKING:
    from ..engine.apply import StatementPlan
    from ..engine.rollback import RollbackResult

#: Commands defined in other modules, imported only when one of them runs (or help lists them), so
#: that `rollback to` / `apply` start without loading verify, rehearse and the ops commands. Each
#: module's register() adds its commands to the group (tests/test_cli checks this map is complete).
LAZY_COMMANDS = {
    "verify": "prove_cmds", "rehearse": "prove_cmds",
    "tag": "ops_cmds", "mark": "ops_cmds", "plan": "ops_cmds", "rls": "ops_cmds", "report": "ops_cmds",
    "runbook": "ops_cmds", "deps": "ops_cmds", "undo": "ops_cmds",
}


class _CliUsageError(click.UsageError):
    """A command-line usage error (an unknown option, a bad value, a missing argument) as every other
    error is shown: with --json, the JSON error object on stdout; without, click's usage text on
    stderr. Both with passwords masked (`rollback points postgresql://u:pw@h/db`, --db forgotten,
    quotes the URL as an unexpected argument). Exit 2 either way."""

    def __init__(self, cause: click.UsageError, as_json: bool):
        super().__init__(cause.format_message(), cause.ctx)
        self.as_json = as_json

    def show(self, file: Any = None) -> None:
        if self.as_json:
            path = self.ctx.command_path.split(" ", 1) if self.ctx else []
            hint = f"see rollback {path[1]} --help" if len(path) > 1 else "see rollback --help"
            emit_json(UsageError(self.format_message(), hint=hint).to_dict())
            return
        import io

        buffer = io.StringIO()
        super().show(buffer)
        click.echo(mask_password(buffer.getvalue()), nl=False, err=True)


def _wants_json(args: list[str]) -> bool:
    """Whether the command line asks for --json (before a `--` that ends the options)."""
    return "--json" in (args[: args.index("--")] if "--" in args else args)


class _LazyGroup(click.Group):
    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        as_json = _wants_json(args)
        try:
            ctx = super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            raise exc if isinstance(exc, _CliUsageError) else _CliUsageError(exc, as_json) from None
        ctx.meta["rollback.json"] = as_json
        return ctx

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:  # a command's own arguments, parsed after the group's
            if isinstance(exc, _CliUsageError):
                raise
            raise _CliUsageError(exc, bool(ctx.meta.get("rollback.json"))) from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            module = importlib.import_module(f"{__package__}.{LAZY_COMMANDS[cmd_name]}")
            module.register(self)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]}, invoke_without_command=True)
@click.version_option(__version__, prog_name="rollback")
@click.option("--emergency", is_flag=True, help="Roll back now, without prompts, to --target; verify; record an incident.")
@click.option("--target", "emergency_target", default="last_stable", show_default=True, metavar="TARGET",
              help="With --emergency: where to go (last_stable, previous, a migration id, phase:N, a tag, a time).")
@click.option("--accept-data-loss", is_flag=True, help="With --emergency: roll back even when rows written since would be lost.")
@click.option("--reason", default=None, help="With --emergency: why, for the incident record.")
@db_option
@json_option
@click.pass_context
def cli(ctx: click.Context, emergency: bool, emergency_target: str, accept_data_loss: bool, reason: str | None,
        db: str | None, as_json: bool) -> None:
    """Rollback Commander: guarded SQL migrations with automatic, verified rollback.

    Apply a folder of plain .sql migrations; every destructive statement is captured first,
    a reverse script is generated and proven, and a rollback point is recorded in the database.
    In an emergency: rollback --emergency --target last_stable --db URL
    """
    fresh_consoles()
    misplaced = _misplaced_group_options(ctx, emergency=emergency)
    if misplaced:
        _refuse_misplaced(misplaced, ctx.invoked_subcommand, as_json=as_json or bool(ctx.meta.get("rollback.json")))
    if ctx.invoked_subcommand is not None:
        return
    if not emergency:
        click.echo(ctx.get_help())
        return
    _emergency(db=db, target=emergency_target, accept_data_loss=accept_data_loss, reason=reason, as_json=as_json)


#: The options of the command group itself, as the user spells them; all but --version and --help
#: belong to --emergency, so they must not be given before another command (where they would be
#: dropped silently: `rollback --db A to base` would roll back $DATABASE_URL's database).
_GROUP_OPTIONS = {"emergency": "--emergency", "emergency_target": "--target", "accept_data_loss": "--accept-data-loss",
                  "reason": "--reason", "db": "--db", "as_json": "--json"}


def _misplaced_group_options(ctx: click.Context, *, emergency: bool) -> list[str]:
    """The group options given where they do nothing: any of them before a command, and the
    --emergency ones without --emergency."""
    given = [flag for name, flag in _GROUP_OPTIONS.items()
             if ctx.get_parameter_source(name) not in (None, click.core.ParameterSource.DEFAULT)]
    if ctx.invoked_subcommand is not None:
        return given
    return [] if emergency else [f for f in given if f not in ("--db", "--json")]


@handle_errors
def _refuse_misplaced(flags: list[str], command: str | None, *, as_json: bool) -> None:
    if command is None:
        raise UsageError(f"{', '.join(flags)} only {'goes' if len(flags) == 1 else 'go'} with --emergency",
                         hint="rollback --emergency --target last_stable --db URL (or see rollback --help)")
    moved = [f for f in flags if f in ("--db", "--json")]
    raise UsageError(
        f"{', '.join(flags)} given before the command {command!r}, where {'it does' if len(flags) == 1 else 'they do'} nothing",
        hint=(f"put {' and '.join(moved)} after the command: rollback {command} "
              + " ".join("--db URL" if f == "--db" else f for f in moved) + " ...; " if moved else "")
        + "--emergency, --target, --accept-data-loss and --reason belong to `rollback --emergency` alone",
    )


@handle_errors
def _emergency(*, db: str | None, target: str, accept_data_loss: bool, reason: str | None, as_json: bool) -> None:
    from ..ops.emergency import emergency as run_emergency

    result = run_emergency(db, target, accept_data_loss=accept_data_loss, reason=reason)
    if as_json:
        emit_json(result)
    else:
        out.print(f"[bold]Emergency rollback[/bold] to {result['rolled_back_to']} on {result['database']}: reverted "
                  f"{', '.join(result['reverted']) or 'nothing'} in {result['rollback_seconds']:.3f}s "
                  f"(total {result['seconds']:.3f}s); {_verification(result['verify'])}.")
    if not result["ok"]:
        sys.exit(1)


def _verification(report: dict[str, Any]) -> str:
    """How `rollback verify` ended, in words: a run whose every check was skipped is not a pass."""
    if not report["ok"]:
        return "verification [red]has findings[/red]"
    if not report["checks_run"]:
        reasons = sorted({str(c.get("reason")) for c in report["checks"] if c.get("reason")})
        return (f"verification [yellow]checked nothing[/yellow] (every check was skipped: {'; '.join(reasons) or 'none ran'}; "
                "the rollback's own schema fingerprint check passed)")
    return "verification [green]passed[/green]"


@cli.command()
@db_option
@click.option("--dir", "folder", metavar="DIR", help="Folder of .sql migrations (default: rollback.toml's migrations).")
@click.option("--to", "to", metavar="ID", help="Stop after this migration.")
@click.option("--dry-run", is_flag=True, help="Show what would run and what would be captured; change nothing.")
@click.option("--allow-irreversible", is_flag=True, help="Apply even when the reverse cannot be proven (logged).")
@click.option("--no-prove", is_flag=True, help="Skip proving each reverse script inside a savepoint.")
@lock_timeout_option
@placeholder_option
@json_option
@handle_errors
def apply(db: str | None, folder: str | None, to: str | None, dry_run: bool, allow_irreversible: bool,
          no_prove: bool, lock_timeout: float | None, placeholders: tuple[str, ...], as_json: bool) -> None:
    """Apply pending migrations, guarded, each with its rollback point."""
    progress = None if as_json else (lambda msg: err.print(f"[dim]… {msg}[/dim]"))
    result = api.apply(db, folder, to=to, dry_run=dry_run, allow_irreversible=allow_irreversible,
                       prove=not no_prove, lock_timeout=lock_timeout, progress=progress,
                       placeholders=parse_assignments(placeholders))
    if as_json:
        emit_json(result.to_dict())
        return
    for w in result.warnings:
        warn(w)
    if not result.migrations:
        out.print("Nothing to apply: the database is up to date.")
        return
    from rich.table import Table

    table = Table(title=("Would apply" if dry_run else "Applied") + f" on {result.database}")
    for col in ("migration", "statements", "captures", "seconds" if not dry_run else "plan"):
        table.add_column(col)
    for m in result.migrations:
        if dry_run:
            lines = [_plan_line(p) for p in m.plan if p.capture or p.probe]
            table.add_row(m.id, str(m.statements), "-", "\n".join(lines) or "no data at risk")
        else:
            caps = ", ".join(_kept(c) for c in m.captures) or "-"
            table.add_row(m.id, str(m.statements), caps, f"{m.seconds:.3f}")
    out.print(table)
    for m in result.migrations:
        for w in m.warnings:
            warn(w, f"warning ({plain(m.id)})")


def _kept(c: dict[str, Any]) -> str:
    """One capture of a point, as the apply and rollback tables list it."""
    if c.get("kind") == "rename-table":
        return f"{c['table']} (renamed to {c.get('capture')})"
    if c.get("kind") == "rename-columns":
        return f"{c['table']} (renamed: {', '.join(f'{a} to {b}' for a, b in (c.get('hidden') or {}).items())})"
    return f"{c['table']} ({c['rows']} rows)"


def _plan_line(p: StatementPlan) -> str:
    """One dry-run line: the tables a statement's capture keeps, or, when only running it can tell
    (a probe), that it is probed and why."""
    if p.strategy:
        from ..engine.foresee import describe

        return "\n".join(f"L{p.line}: {describe(e)}" for e in p.strategy) + (" (probed first)" if p.probe else "")
    if p.capture:
        return f"L{p.line}: capture {', '.join(p.capture)}" + (" (probe)" if p.probe else "")
    return f"L{p.line}: probed when run ({p.reason or 'effect known only by running it'})"


@cli.command()
@db_option
@json_option
@handle_errors
def points(db: str | None, as_json: bool) -> None:
    """List rollback points (base, then one per applied migration)."""
    rows = api.points(db)
    if as_json:
        emit_json({"points": rows})
        return
    if not rows:
        out.print("No rollback points yet: run `rollback apply` first.")
        return
    from rich.table import Table

    table = Table(title="Rollback points")
    for col in ("id", "migration", "phase", "applied at", "state", "version", "mark", "captures", "rows kept", "size",
                "fingerprint"):
        table.add_column(col)
    for p in rows:
        state = ("active" if p["active"] else f"undone (#{p['undone_by']})" if p["undone_by"] else "rolled back")
        state += "" if p["reversible"] else ", irreversible"
        state += f", undid {', '.join(p['undone'])}" if p["undone"] else ""
        state += ", pruned" if p["pruned"] else ""
        size = human_bytes(p["capture_bytes"]) if p["capture_bytes"] else "-"
        mark = "" if p["status"] is None else f"{p['status']} ({p['health_score']})"
        table.add_row(str(p["id"]), p["migration"], str(p["phase"] or ""), p["applied_at"][:19], state,
                      p["version"] or "", mark, str(p["captures"]), str(p["capture_rows"]), size, (p["fingerprint"] or "")[:12])
    out.print(table)


@cli.command("sql")
@click.argument("target", required=False)
@db_option
@json_option
@handle_errors
def sql_cmd(target: str | None, db: str | None, as_json: bool) -> None:
    """Print the stored reverse SQL back to TARGET (default: the previous point)."""
    text = api.reverse_sql(db, target)
    if as_json:
        emit_json({"target": target or "previous", "sql": text})
        return
    click.echo(text, nl=False)


@cli.command("to")
@click.argument("target")
@db_option
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option("--dry-run", is_flag=True,
              help="Show the plan; change nothing. Exits 1 when it foresees the rollback refusing (as the rollback would).")
@click.option("--allow-irreversible", is_flag=True, help="Also roll back points marked irreversible.")
@click.option("--on-conflict", type=click.Choice(["fail", "keep-current", "restore-old"]), default="fail", show_default=True,
              help="Rows changed after the point: stop (fail), keep them (keep-current), or put the old rows back.")
@lock_timeout_option
@json_option
@handle_errors
def to_cmd(target: str, db: str | None, yes: bool, dry_run: bool, allow_irreversible: bool, on_conflict: str,
           lock_timeout: float | None, as_json: bool) -> None:
    """Roll the database back to TARGET: a migration id, base, #id, previous, last_stable, phase:N, a tag or a time."""
    if not dry_run and not yes:  # ask first (with --yes the rollback plans it once, itself)
        asked = api.plan(db, target)
        if asked.steps:
            if not sys.stdin.isatty():
                raise UsageError("refusing to roll back without confirmation", hint="pass --yes (or --dry-run to see the plan)")
            names = ", ".join(s.migration for s in asked.steps)
            if not click.confirm(f"Roll back {names} on {asked.database}?", default=False):
                raise click.exceptions.Exit(1)
    result = api.rollback_to(db, target, dry_run=dry_run, allow_irreversible=allow_irreversible,
                             on_conflict=on_conflict, lock_timeout=lock_timeout)
    if as_json:
        emit_json(result.to_dict())
    else:
        _print_rollback(result, target, on_conflict)
    if result.refusals:  # a dry run foreseeing a refusal exits as the rollback would
        raise click.exceptions.Exit(Refused.exit_code)


def _print_rollback(result: RollbackResult, target: str, on_conflict: str) -> None:
    plan, dry_run = result.plan, result.dry_run
    if not plan.steps:
        out.print(f"Already at {target}: nothing to roll back.")
        return
    from rich.table import Table

    from ..engine.rollback import conflict_size

    table = Table(title=("Would roll back" if dry_run else "Rolled back") + f" to {target} on {plan.database}")
    for col in ("point", "migration", "statements", "restores"):
        table.add_column(col)
    for s in plan.steps:
        table.add_row(str(s.point_id), s.migration, str(s.statements),
                      ", ".join(_kept(c) for c in s.captures) or "-")
    out.print(table)
    if dry_run:
        for c in result.conflicts:
            out.print(f"[yellow]conflict:[/yellow] {c.get('reason') or str(c['rows']) + ' row(s) of ' + c['table'] + ' changed since ' + c['migration']}")
        for line in result.filled:
            out.print(f"[yellow]{'would delete' if line.get('deleted') else 'would fill'}:[/yellow] {line['message']}")
        for r in result.refusals:
            out.print(f"[red]would refuse:[/red] {plain(r['message'])} ({plain(r['hint'])})")
        for problem in result.problems:
            out.print(f"[yellow]not checked:[/yellow] {problem}")
        return
    for c in result.conflicts:  # kept or overwritten, as --on-conflict said
        how = "kept as they are now" if on_conflict == "keep-current" else "put back as they were"
        if c.get("kind") == "table" and "rows_then" in c:  # compared whole: row counts, not rows changed
            out.print(f"[yellow]conflict:[/yellow] {c['table']} changed since {c['migration']} ({conflict_size(c)}): "
                      f"{'put back as it was' if how.startswith('put') else how}")
            continue
        out.print(f"[yellow]conflict:[/yellow] {c['rows']} row(s) of {c['table']} changed since {c['migration']}: {how}")
    for line in result.filled:
        out.print(f"[yellow]{'deleted' if line.get('deleted') else 'filled'}:[/yellow] {line['message']}")
    out.print(f"[green]done[/green] in {result.seconds:.3f}s; schema fingerprint verified ({(result.fingerprint or '')[:12]})")


@cli.command("prune")
@db_option
@click.option("--keep", type=click.IntRange(min=0), default=None, metavar="N", help="Keep the captures of the newest N points.")
@click.option("--older-than", default=None, metavar="AGE", help="Prune captures older than AGE (90s, 30m, 12h, 7d, 2w).")
@click.option("--dry-run", is_flag=True, help="Show what would be dropped; change nothing.")
@json_option
@handle_errors
def prune_cmd(db: str | None, keep: int | None, older_than: str | None, dry_run: bool, as_json: bool) -> None:
    """Drop old captures and quarantined objects for good; their points become irreversible."""
    result = api.prune(db, keep=keep, older_than=older_than, dry_run=dry_run)
    if as_json:
        emit_json(result.to_dict())
        return
    data = result.to_dict()
    if not result.points:
        out.print("Nothing to prune.")
        return
    verb = "Would prune" if dry_run else "Pruned"
    out.print(f"{verb} {data['captures_dropped']} capture(s) of {len(result.points)} point(s), "
              f"{human_bytes(data['bytes_freed'])}: " + ", ".join(p["migration"] for p in result.points))
    if not dry_run:
        out.print("Those points are now irreversible: rolling back past them needs --allow-irreversible.")


@cli.command()
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N", help="Only the last N events.")
@click.option("--jsonl", is_flag=True, help="Print one JSON object per line (for export).")
@json_option
@handle_errors
def log(db: str | None, limit: int | None, jsonl: bool, as_json: bool) -> None:
    """Show the event log: applies, rollbacks, undos, adoption."""
    if jsonl and as_json:
        raise UsageError("--json and --jsonl: choose one", hint="--json prints one document, --jsonl one event per line")
    events = api.log(db, limit)
    if jsonl:
        for e in events:
            click.echo(json.dumps(e, default=str))
        return
    if as_json:
        emit_json({"events": events})
        return
    from rich.table import Table

    table = Table(title="Event log")
    for col in ("id", "at", "event", "migration", "point", "by"):
        table.add_column(col)
    for e in events:
        table.add_row(str(e["id"]), e["at"][:19], e["kind"], e["migration"] or "", str(e["point_id"] or ""), e["actor"] or "")
    out.print(table)


@cli.command()
@click.option("--workdir", type=click.Path(file_okay=False), default=None, help="Keep the demo database in this folder.")
@json_option
@handle_errors
def demo(workdir: str | None, as_json: bool) -> None:
    """Run the CRM demo on the embedded SQLite default: apply, break, roll back, check."""
    from ..demo.runner import run_demo

    report = run_demo(workdir, console=None if as_json else out)
    if as_json:
        emit_json(report)
    if not report["restored"]:
        sys.exit(1)


def main() -> None:
    cli(prog_name="rollback")


if __name__ == "__main__":  # pragma: no cover
    main()
